import { latestTextBack } from '../history/text-backs';
import { POLL_WINDOW_HOURS } from '../missed-calls/poll';
import { watchedNumbers } from '../phone/watched-numbers';
import { HOUR_MS, MINUTE_MS } from '../time/dates';
import { since, type TwilioClient } from '../twilio/client';
import { type Message, messageTime } from '../twilio/resources';
import { type ReplyEvidenceKind, replyEvidence } from './evidence';
import { classifyReply, type ReplyIntent } from './intent';

/** One customer text to the business (contract: `text_reply`). */
export interface TextReply {
  id: string;
  from_number: string;
  business_number: string;
  body: string;
  received_at: string;
  intent: ReplyIntent;
  is_opt_out: boolean;
  last_text_back_sid: string | null;
  last_text_back_at: string | null;
  minutes_since_text_back: number | null;
  /** One plain line a log can keep after Twilio's records are gone (evidence.ts). */
  evidence_record: string;
  evidence_kind: ReplyEvidenceKind;
}

/** How far back a reply is linked to the text-back it answers; one query covers it, not one per reply. */
export const TEXT_BACK_LOOKBACK_DAYS = 7;

/** Inbound texts in the polling window, newest first, each linked to the latest text-back before it. */
/** `businessNumbers` null: every account number (inbound texts reach only those). */
export function repliesFromMessages(
  messages: Message[],
  businessNumbers: string[] | null,
  windowStart: Date,
): TextReply[] {
  const windowIso = windowStart.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return messages
    .filter(
      (message) =>
        message.direction === 'inbound' &&
        (!businessNumbers || businessNumbers.includes(message.to)) &&
        messageTime(message) >= windowIso,
    )
    .sort((a, b) => messageTime(b).localeCompare(messageTime(a)))
    .map((message) => {
      const received = messageTime(message);
      const textBack = latestTextBack(
        messages.filter((sent) => sent.to === message.from),
        received,
      );
      const textBackAt = textBack ? messageTime(textBack) : null;
      const verdict = classifyReply(message.body);
      const reply = {
        id: message.sid,
        from_number: message.from,
        business_number: message.to,
        body: message.body,
        received_at: received,
      };
      return {
        ...reply,
        intent: verdict.intent,
        is_opt_out: verdict.isOptOut,
        last_text_back_sid: textBack?.sid ?? null,
        last_text_back_at: textBackAt,
        minutes_since_text_back: textBackAt
          ? Math.max(0, Math.round((Date.parse(received) - Date.parse(textBackAt)) / MINUTE_MS))
          : null,
        ...replyEvidence(reply, verdict),
      };
    });
}

/** One poll: the last week's messages (for linking), and the picked number when one is. */
export async function pollTextReplies(
  twilio: TwilioClient,
  businessNumber: string | undefined,
  now = new Date(),
): Promise<TextReply[]> {
  const lookback = new Date(now.getTime() - TEXT_BACK_LOOKBACK_DAYS * 86400000);
  const [messages, businessNumbers] = await Promise.all([
    twilio.listMessages(since('DateSent', lookback)),
    businessNumber ? watchedNumbers(twilio, businessNumber) : Promise.resolve(null),
  ]);
  const windowStart = new Date(now.getTime() - POLL_WINDOW_HOURS * HOUR_MS);
  return repliesFromMessages(messages, businessNumbers, windowStart);
}
