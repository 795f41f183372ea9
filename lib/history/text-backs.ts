import { type Message, messageTime } from '../twilio/resources';

/**
 * What counts as a text-back, in one place (consent, replies, reports and Send Text-Back's checks all ask here).
 *
 * The contract: "A text-back is an `outbound-api` message from an account number", and the cooldown "counts
 * texts from released numbers". Both hold with one test, the direction alone: Twilio's message log belongs to
 * the account, so every `outbound-api` message in it was sent by this account through the API, from a number it
 * has now, a number it has since released, or a Messaging Service. Checking the sender against the account's
 * current numbers (as three copies of this rule once did) would forget the texts from released numbers.
 * Not text-backs: Twilio's automatic answers to STOP/START/HELP (`outbound-reply`), and anything inbound.
 */
export function isTextBack(message: Message): boolean {
  return message.direction === 'outbound-api';
}

/** The latest text-back among `messages` (to one customer), optionally at or before a time. */
export function latestTextBack(messages: Message[], before?: string): Message | null {
  let latest: Message | null = null;
  for (const message of messages) {
    if (!isTextBack(message) || (before && messageTime(message) > before)) continue;
    if (!latest || messageTime(message) > messageTime(latest)) latest = message;
  }
  return latest;
}
