import { watchedNumbers } from '../phone/watched-numbers';
import { HOUR_MS } from '../time/dates';
import { since, type TwilioClient } from '../twilio/client';
import type { Call } from '../twilio/resources';
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

/** The window a poll reads: its calls (callers' and forwarded legs together) and the missed calls among them. */
export interface MissedCallWindow {
  inWindow: Call[];
  missed: MissedCall[];
}

/**
 * One poll's reading of the window since `start`: its calls, its recordings, the account's newest page of
 * transcriptions and the watched numbers, fetched concurrently (the numbers only when needed). Requests grow with
 * pages of 1,000 calls, never with the number of calls or voicemails. Both missed-call polls read it.
 */
export async function readMissedCallWindow(
  twilio: TwilioClient,
  settings: MissedCallSettings,
  start: Date,
): Promise<MissedCallWindow> {
  const [calls, recordings, transcriptions, businessNumbers] = await Promise.all([
    twilio.listCalls(since('StartTime', start)),
    twilio.listRecordings(since('DateCreated', start)),
    twilio.listRecentTranscriptions(),
    watchedNumbers(twilio, settings.businessNumber),
  ]);
  const inWindow = calls.filter(startedSince(start));
  const missed = missedCallsInWindow(
    inWindow,
    recordings,
    {
      businessNumbers,
      countVoicemailAsMissed: settings.countVoicemailAsMissed,
      includeWithheldCallers: settings.includeWithheldCallers,
    },
    transcriptsByRecording(transcriptions),
  );
  return { inWindow, missed };
}

/** New Missed Call's poll: the missed calls of the last `POLL_WINDOW_HOURS`. */
export async function pollMissedCalls(
  twilio: TwilioClient,
  settings: MissedCallSettings,
  now = new Date(),
): Promise<MissedCall[]> {
  const start = new Date(now.getTime() - POLL_WINDOW_HOURS * HOUR_MS);
  return (await readMissedCallWindow(twilio, settings, start)).missed;
}
