import { watchedNumbers } from '../phone/watched-numbers';
import { HOUR_MS } from '../time/dates';
import { since, type TwilioClient } from '../twilio/client';
import { missedCallsInWindow } from './call-log';
import type { MissedCall } from './item';
import { transcriptsByRecording } from './transcript';

/** Polling triggers look back this far every time; Zapier drops the ids it has already seen. */
export const POLL_WINDOW_HOURS = 24;

export interface MissedCallSettings {
  businessNumber?: string;
  countVoicemailAsMissed: boolean;
  includeWithheldCallers: boolean;
}

/** Calls that started inside the window (a Twilio-compatible host may ignore the `StartTime>` filter). */
export const startedSince = (start: Date) => (call: { start_time: string | null }) =>
  call.start_time !== null && Date.parse(call.start_time) >= start.getTime();

/**
 * One poll: the window's calls (callers' and forwarded legs together), its recordings, the account's newest page
 * of transcriptions and the account's numbers, fetched concurrently (the numbers only when needed). Requests grow
 * with pages of 1,000 calls, never with the number of calls or voicemails.
 */
export async function pollMissedCalls(
  twilio: TwilioClient,
  settings: MissedCallSettings,
  now = new Date(),
): Promise<MissedCall[]> {
  const start = new Date(now.getTime() - POLL_WINDOW_HOURS * HOUR_MS);
  const [calls, recordings, transcriptions, businessNumbers] = await Promise.all([
    twilio.listCalls(since('StartTime', start)),
    twilio.listRecordings(since('DateCreated', start)),
    twilio.listRecentTranscriptions(),
    watchedNumbers(twilio, settings.businessNumber),
  ]);
  return missedCallsInWindow(
    calls.filter(startedSince(start)),
    recordings,
    {
      businessNumbers,
      countVoicemailAsMissed: settings.countVoicemailAsMissed,
      includeWithheldCallers: settings.includeWithheldCallers,
    },
    transcriptsByRecording(transcriptions),
  );
}
