import { classifyReply } from '../replies/intent';
import { type Message, messageTime } from '../twilio/resources';

export interface OptOutState {
  optedOut: boolean;
  /** The latest opt-out, kept even after an opt-in (contract: find_consent). */
  optedOutAt: string | null;
  optOutMessage: string | null;
  /** The latest opt-in that came after the latest opt-out. */
  optedInAt: string | null;
}

interface Judged {
  message: Message;
  at: string;
  optOut: boolean;
  liftsOptOut: boolean;
}

/**
 * Time order, and within the same second the opt-outs last: an opt-out and an opt-in with the same timestamp
 * leave the customer opted out (contract: fail closed). Twilio's dates have one-second resolution, so such ties
 * happen; neither the list order nor the SIDs may decide them.
 */
const byTimeOptOutsLast = (a: Judged, b: Judged) => a.at.localeCompare(b.at) || Number(a.optOut) - Number(b.optOut);

/**
 * The latest opt-out message from the customer stands unless a later opt-in (START, UNSTOP, YES) lifts it.
 * A later call does not undo an opt-out: only the customer's words do.
 */
export function optOutState(inboundMessages: Message[]): OptOutState {
  const ordered = inboundMessages
    .map((message): Judged => {
      const reply = classifyReply(message.body);
      return { message, at: messageTime(message), optOut: reply.isOptOut, liftsOptOut: reply.liftsOptOut };
    })
    .sort(byTimeOptOutsLast);
  let lastOptOut: Judged | null = null;
  let lastOptIn: Judged | null = null;
  for (const judged of ordered) {
    if (judged.optOut) {
      lastOptOut = judged;
      lastOptIn = null;
    } else if (judged.liftsOptOut && lastOptOut && judged.at > lastOptOut.at) {
      lastOptIn = judged;
    }
  }
  return {
    optedOut: lastOptOut !== null && lastOptIn === null,
    optedOutAt: lastOptOut?.at ?? null,
    optOutMessage: lastOptOut?.message.body ?? null,
    optedInAt: lastOptIn?.at ?? null,
  };
}
