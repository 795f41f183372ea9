import { type ReadReply, readReply } from './normalise';
import { isPlainOptOut } from './opt-out-rules';
import { hasUnexplainedOptOutWord } from './opt-out-words';
import {
  OPT_IN_ONLY_KEYWORDS,
  OTHER_OPT_OUT_MESSAGES,
  POLITE_WORDS,
  TWILIO_OPT_IN_KEYWORDS,
  TWILIO_OPT_OUT_KEYWORDS,
} from './vocabulary';

/**
 * What a caller's text reply means. The one source of truth for "opted out" across the app:
 * `text_reply`, `find_consent`, `send_text_back` and the recovery report all ask this module.
 *
 * The reply is folded first (normalise.ts: NFKC, invisible characters, case, accents, punctuation, emoji,
 * look-alike letters, at most 1,600 characters), then judged in four layers:
 * - Twilio's own keywords as the whole message (help.twilio.com "Twilio support for opt-out keywords (SMS STOP
 *   filtering)"): Twilio blocks on the opt-out ones and lifts the block on START, UNSTOP and YES. The Spanish
 *   keywords ALTO, PARAR, PARA, PARE, BAJA, CANCELAR, DETENER, NO MAS count the same way (contract).
 * - Plain-language requests to stop (opt-out-rules.ts). The FCC's 2024 TCPA order (FCC 24-24) lets a consumer
 *   revoke consent "by any reasonable means", so "please stop texting me" counts though Twilio would not block.
 * - Opt-out words anywhere (opt-out-words.ts): STOP, CANCEL, END, "don't call"... make the reply an opt-out unless
 *   a known harmless use explains each of them ("stop by", "cancel my appointment"); unknown words never do.
 * - Callback requests ("call me", "yes please").
 * An opt-out outranks everything ("Yes, stop" is an opt-out): when in doubt the app does not text.
 */

export type ReplyIntent = 'opt_out' | 'opt_in' | 'callback_request' | 'other';

export interface ReplyVerdict {
  intent: ReplyIntent;
  /** The reply asks the business to stop texting (keyword or plain language). */
  isOptOut: boolean;
  /** Twilio lifts an earlier opt-out on this reply (START, UNSTOP, YES as the whole message). */
  liftsOptOut: boolean;
}

/**
 * Asking for a call: "call me", "please call back", "can someone call me", "yes please". Run on each clause's
 * folded words joined by single spaces; each pattern is a fixed sequence of alternatives with no nested quantifiers,
 * so it runs in linear time.
 */
const CALLBACK_PATTERNS: readonly RegExp[] = [
  // A reply that starts with yes answers the text-back's "reply YES" ("yes please", "Yes call me asap")
  /^(?:yes+|yea|yeah|yep|yup|ya|yas|yessir)\b/,
  // "call me", "cal me", "call back", "call us at 3", "call asap", "call my cell"
  /\bcal+ ?(?:me|us|back|bak|my (?:cell|phone|number|wife|husband|mobile)|this number|asap|now|today|tomorrow|any ?time|when|whenever|at|after|before|please|pls|plz)\b/,
  /\bcallback\b/,
  // "can someone call me", "could you please call", "will u call"
  /\b(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody|yall|ya) (?:please |pls |plz )?(?:give (?:me|us) a )?cal+\b/,
  // "please call", "pls call", "plz give me a call"
  /\b(?:please|pls|plz) (?:give (?:me|us) a )?cal+\b/,
  // "give me a call", "give us a ring"
  /\bgive (?:me|us) a (?:call|ring)\b/,
  // "need a call", "waiting for your call", "want a callback"
  /\b(?:need|want|like|waiting for|waiting on) (?:a|your|the) (?:call|callback|call ?back)\b/,
  // "ring me", "phone me"
  /\b(?:ring|phone) me\b/,
  // A lone "y" answers "reply YES" too
  /^y$/,
];

/** "don't call me before 5", "no need to call": a mention of a call that is not a request for one. */
const NOT_A_CALLBACK = /\b(?:do not|dont|never|no need to|no need for a) (?:[a-z0-9]+ )?cal+/;

function isWholeMessageOptOut(reply: ReadReply): boolean {
  if (TWILIO_OPT_OUT_KEYWORDS.has(reply.letters) || OTHER_OPT_OUT_MESSAGES.has(reply.letters)) return true;
  return OTHER_OPT_OUT_MESSAGES.has(reply.words.filter((word) => !POLITE_WORDS.has(word)).join(''));
}

/** A clause that asks for a call and does not turn it down ("I don't text, call me" asks in its second clause). */
function isCallbackRequest(reply: ReadReply): boolean {
  return reply.clauses.some((clause) => {
    const text = clause.join(' ');
    return CALLBACK_PATTERNS.some((pattern) => pattern.test(text)) && !NOT_A_CALLBACK.test(text);
  });
}

function verdictOf(reply: ReadReply): ReplyVerdict {
  const optOut = isWholeMessageOptOut(reply) || isPlainOptOut(reply) || hasUnexplainedOptOutWord(reply);
  const intent: ReplyIntent = optOut
    ? 'opt_out'
    : OPT_IN_ONLY_KEYWORDS.has(reply.letters)
      ? 'opt_in'
      : isCallbackRequest(reply)
        ? 'callback_request'
        : 'other';
  return { intent, isOptOut: optOut, liftsOptOut: !optOut && TWILIO_OPT_IN_KEYWORDS.has(reply.letters) };
}

/** The reply's intent; opt-out outranks everything ("Yes, stop" is an opt-out). */
export function classifyReply(body: string): ReplyVerdict {
  return verdictOf(readReply(body));
}

/** True when the reply asks the business to stop texting: a keyword or a plain request. */
export function isOptOut(body: string): boolean {
  return classifyReply(body).isOptOut;
}

/** True when Twilio lifts an earlier opt-out on this reply: START, UNSTOP or YES as the whole message. */
export function isOptIn(body: string): boolean {
  return classifyReply(body).liftsOptOut;
}
