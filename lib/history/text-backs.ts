import { type Message, messageTime } from '../twilio/resources';

/**
 * The first words of every team alert (Alert Team by Text). Twilio's message log has no field an app can tag a
 * text with, so the body is the only mark an alert can carry; Send Text-Back refuses a text that begins with
 * these words, so the mark tells the two apart both ways.
 */
export const TEAM_ALERT_MARKER = 'TEAM ALERT:';

/** An alert the app sent to the owner's team about a missed call: never a text-back (contract: `send_team_alert`). */
export function isTeamAlert(message: Message): boolean {
  return message.direction === 'outbound-api' && message.body.startsWith(TEAM_ALERT_MARKER);
}

/**
 * What counts as a text-back, in one place (consent, replies, reports and Send Text-Back's checks all ask here).
 *
 * The contract: "A text-back is an `outbound-api` message from an account number", and the cooldown "counts
 * texts from released numbers". Both hold with one test, the direction alone: Twilio's message log belongs to
 * the account, so every `outbound-api` message in it was sent by this account through the API, from a number it
 * has now, a number it has since released, or a Messaging Service. Checking the sender against the account's
 * current numbers (as three copies of this rule once did) would forget the texts from released numbers.
 * Not text-backs: Twilio's automatic answers to STOP/START/HELP (`outbound-reply`), anything inbound, and the
 * app's alerts to the team (they go out through the API too, and would otherwise count for a cooldown or a report).
 */
export function isTextBack(message: Message): boolean {
  return message.direction === 'outbound-api' && !isTeamAlert(message);
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
