import { classifyReply } from '../replies/intent';
import { messageTime, type Message } from '../twilio/resources';

export interface OptOutState {
  opted_out: boolean;
  /** The latest opt-out, kept even after an opt-in (contract: find_consent). */
  opted_out_at: string | null;
  opt_out_message: string | null;
  /** The latest opt-in that came after the latest opt-out. */
  opted_in_at: string | null;
}


/**
 * The latest opt-out message from the customer stands unless a later opt-in (START, UNSTOP, YES) lifts it.
 * A later call does not undo an opt-out: only the customer's words do.
 */
export function optOutState(inboundMessages: Message[]): OptOutState {
  const ordered = [...inboundMessages].sort((a, b) => messageTime(a).localeCompare(messageTime(b)));
  let lastOptOut: Message | null = null;
  let lastOptIn: Message | null = null;
  for (const message of ordered) {
    const reply = classifyReply(message.body);
    if (reply.is_opt_out) {
      lastOptOut = message;
      lastOptIn = null;
    } else if (reply.lifts_opt_out && lastOptOut) {
      lastOptIn = message;
    }
  }
  return {
    opted_out: lastOptOut !== null && lastOptIn === null,
    opted_out_at: lastOptOut ? messageTime(lastOptOut) : null,
    opt_out_message: lastOptOut?.body ?? null,
    opted_in_at: lastOptIn ? messageTime(lastOptIn) : null,
  };
}
