/**
 * What a caller's text reply means. The one source of truth for "opted out" across the app:
 * `text_reply`, `find_consent` and `send_text_back` all ask this module.
 *
 * Two layers:
 * - Twilio's own keywords, matched the way Twilio matches them: the whole message, ignoring case,
 *   surrounding spaces and punctuation. Twilio blocks on the opt-out ones and lifts the block on START,
 *   UNSTOP and YES. (help.twilio.com "Twilio support for opt-out keywords (SMS STOP filtering)")
 * - Plain-language requests to stop. The FCC's 2024 TCPA order (FCC 24-24) lets a consumer revoke consent
 *   "by any reasonable means", so "please stop texting me" counts even though Twilio would not block on it.
 *
 * Not opt-outs on purpose: Spanish "ALTO" / "PARAR" / "PARA" (not Twilio defaults, and "para" also means
 * "for"), "wrong number" on its own, "not interested", and "cancel" / "end" / "quit" inside a sentence
 * ("I'll cancel my other plumber", "end of the day works"); Twilio itself ignores "PLEASE CANCEL".
 */

export type ReplyIntent = 'opt_out' | 'opt_in' | 'callback_request' | 'other';

export interface ReplyVerdict {
  intent: ReplyIntent;
  /** The reply asks the business to stop texting (keyword or plain language). */
  is_opt_out: boolean;
  /** Twilio lifts an earlier opt-out on this reply (START, UNSTOP, YES as the whole message). */
  lifts_opt_out: boolean;
}

/** Twilio's default opt-out keywords (long codes and toll-free). */
const TWILIO_OPT_OUT_KEYWORDS = new Set(['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'revoke', 'optout']);

/** Twilio's default opt-in keywords; YES is also a callback request in this app's templates ("reply YES"). */
const TWILIO_OPT_IN_KEYWORDS = new Set(['start', 'unstop', 'yes']);

/** Opt-in keywords that mean nothing but "opt me back in". */
const OPT_IN_ONLY_KEYWORDS = new Set(['start', 'unstop']);

/**
 * Words that say "stop" on their own inside a short clause ("Stop please", "wrong number, stop", "Yes, stop").
 * "cancel", "end", "quit" are left out: in a sentence they are usually about the job, not the texts.
 */
const CLAUSE_STOP_WORDS = new Set(['stop', 'stopp', 'stopall', 'unsubscribe', 'optout']);

/** Words that may sit next to a stop word without changing its meaning ("please stop", "stop it now"). */
const CLAUSE_FILLER_WORDS = new Set([
  'please', 'pls', 'plz', 'plse', 'pleas', 'now', 'it', 'just', 'ok', 'okay', 'k', 'thanks', 'thank', 'you', 'u',
  'thx', 'ty', 'yes', 'yeah', 'yep', 'no', 'nope', 'nah', 'sorry', 'already', 'asap', 'immediately', 'right',
  'all', 'and', 'wrong', 'number', 'hi', 'hello', 'hey', 'seriously', 'omg', 'man', 'dude', 'again', 'i', 'said',
]);

/** Plain-language requests to stop, each a whole idea; opt-out outranks every other intent. */
const PLAIN_OPT_OUT_PATTERNS: readonly RegExp[] = [
  // "stop texting me", "quit messaging me", "stop contacting me", "stop with the texts"
  /\b(?:stop|stopp|quit|cease)\s+(?:the\s+|these\s+|all\s+|your\s+|with\s+(?:the\s+)?)?(?:text|txt|tex|messag|msg|sms|spam|contact|bother|robo)\w*/,
  // "stop sending me these", "stop calling!", but not "stop sending the guy, we fixed it"
  /\b(?:stop|stopp|quit|cease)\s+(?:send|call|email)\w*(?:\s+(?:me|us|this|these|those|them|it|texts?|txts?|messages?|msgs?|anything|any|more|stuff|spam|again|already|now|please|pls|plz)\b|\s*[^\w\s']|\s*$)/,
  // "don't text me again", "do not contact me", "dont txt", "never message me"; not "I don't text much"
  /(?<!\bi\s)\b(?:do\s*n[o']?t|dont|never)\s+(?:ever\s+|again\s+)?(?:text|txt|tex|messag|msg|sms|contact|spam)\w*/,
  // "don't call me again", "never call me anymore": a call ban with no time attached
  /\b(?:do\s*n[o']?t|dont|never)\s+(?:ever\s+)?call\s+(?:me\s+|this\s+number\s+)?(?:again|anymore|any\s*more|ever)\b/,
  // "I don't want these texts", "don't need any more messages"
  /\bdo\s*n[o']?t\s+(?:want|need)\s+(?:any\s*more\s+|these\s+|your\s+|any\s+|more\s+|the\s+)*(?:text|txt|messag|msg|sms)\w*/,
  // "no more texts", "no more messages please"
  /\bno\s+more\s+(?:text|txt|messag|msg|sms|spam|contact)\w*/,
  // "No text messages please", "no texts": only as the opening words ("I got no text" is not a request)
  /^no\s+(?:texts?|txts?|sms|messages?|msgs?|text\s+messages?)\b/,
  // "please remove me", "remove me from your list", "delete my number"
  /\b(?:remove|delete|erase)\s+(?:me|my\s+(?:number|#|phone|cell|info|details|name|contact))\b/,
  // "take me off your list", "take my number off"
  /\btake\s+(?:me|my\s+(?:number|#|phone|cell|info|name))\s+off\b/,
  // "unsubscribe me", "unsub", "i unsubscribed"
  /\bunsub\w*/,
  // "opt out", "opt-out", "opt me out", "opting out"
  /\bopt(?:ing)?\s*-?\s*(?:me\s+)?out\b/,
  // "I revoke consent"
  /\brevok\w*/,
  // "leave me alone", "lose my number"
  /\bleave\s+me\s+alone\b/,
  /\blose\s+my\s+(?:number|#)\b/,
];

/** Asking for a call: "call me", "please call back", "can someone call me", "yes please". */
const CALLBACK_PATTERNS: readonly RegExp[] = [
  // A reply that starts with yes answers the text-back's "reply YES" ("yes please", "Yes call me asap")
  /^(?:yes+|yea|yeah|yep|yup|ya|yas|yess?ir)\b/,
  // "call me", "cal me", "call back", "call us at 3", "call asap", "call my cell"
  /\bcal+\s*(?:me|us|back|bak|my\s+(?:cell|phone|number|wife|husband|mobile)|this\s+number|asap|now|today|tomorrow|any\s*time|when|whenever|at|after|before|please|pls|plz)\b/,
  /\bcallback\b/,
  // "can someone call me", "could you please call", "will u call"
  /\b(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody|y'?all|ya)\s+(?:please\s+|pls\s+|plz\s+)?(?:give\s+(?:me|us)\s+a\s+)?cal+\b/,
  // "please call", "pls call", "plz give me a call"
  /\b(?:please|pls|plz)\s+(?:give\s+(?:me|us)\s+a\s+)?cal+\b/,
  // "give me a call", "give us a ring"
  /\bgive\s+(?:me|us)\s+a\s+(?:call|ring)\b/,
  // "need a call", "waiting for your call", "want a callback"
  /\b(?:need|want|like|waiting\s+(?:for|on))\s+(?:a|your|the)\s+(?:call|callback|call\s*back)\b/,
  // "ring me", "phone me"
  /\b(?:ring|phone)\s+me\b/,
  // A lone "y" answers "reply YES" too
  /^y$/,
];

/** "don't call me before 5", "no need to call": a mention of a call that is not a request for one. */
const NOT_A_CALLBACK_PATTERNS: readonly RegExp[] = [
  /\b(?:do\s*n[o']?t|dont|never|no\s+need\s+to|no\s+need\s+for\s+a)\s+(?:\w+\s+)?cal+/,
];

/** Lower case, straight apostrophes, single spaces; emoji and punctuation stay for the clause split. */
function plainText(body: unknown): string {
  return String(body ?? '')
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`\u00B4]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The message as Twilio compares it to a keyword: without surrounding spaces, punctuation or emoji. */
function keywordOf(body: unknown): string {
  return plainText(body).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** A short clause that is nothing but "stop" and filler ("Stop please", "STOP!!!", "ok stop it"). */
function hasStopClause(text: string): boolean {
  return text.split(/[,.!?;:\n\u2026()]+|\s[-\u2013\u2014]+\s/).some((clause) => {
    const words = clause.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
    return words.some((word) => CLAUSE_STOP_WORDS.has(word))
      && words.every((word) => CLAUSE_STOP_WORDS.has(word) || CLAUSE_FILLER_WORDS.has(word));
  });
}

/** True when the reply asks the business to stop texting: Twilio's keywords or a plain request. */
export function isOptOut(body: string): boolean {
  const text = plainText(body).replace(/^[^\p{L}\p{N}]+/u, '');
  return TWILIO_OPT_OUT_KEYWORDS.has(keywordOf(body))
    || hasStopClause(text)
    || PLAIN_OPT_OUT_PATTERNS.some((pattern) => pattern.test(text));
}

/** True when Twilio lifts an earlier opt-out on this reply: START, UNSTOP or YES as the whole message. */
export function isOptIn(body: string): boolean {
  return TWILIO_OPT_IN_KEYWORDS.has(keywordOf(body));
}

function isCallbackRequest(body: string): boolean {
  const text = plainText(body).replace(/^[^\p{L}\p{N}]+/u, '');
  return CALLBACK_PATTERNS.some((pattern) => pattern.test(text))
    && !NOT_A_CALLBACK_PATTERNS.some((pattern) => pattern.test(text));
}

/** The reply's intent; opt-out outranks everything ("Yes, stop" is an opt-out). */
export function classifyReply(body: string): ReplyVerdict {
  const text = String(body ?? '');
  const optOut = isOptOut(text);
  const intent: ReplyIntent = optOut
    ? 'opt_out'
    : OPT_IN_ONLY_KEYWORDS.has(keywordOf(text))
      ? 'opt_in'
      : isCallbackRequest(text)
        ? 'callback_request'
        : 'other';
  return { intent, is_opt_out: optOut, lifts_opt_out: !optOut && isOptIn(text) };
}
