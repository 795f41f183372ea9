import { InputError } from './errors';
import type { MissedCall } from './missed-call';
import { missedCallsInWindow } from './missed-calls';
import { countryOf, displayNumber, parsePhone } from './phone';
import { since, type TwilioClient } from './twilio/client';
import type { IncomingNumber } from './twilio/resources';

/** Polling triggers look back this far every time; Zapier drops the ids it has already seen. */
export const POLL_WINDOW_HOURS = 24;

export interface MissedCallSettings {
  businessNumber?: string;
  countVoicemailAsMissed: boolean;
  includeWithheldCallers: boolean;
}

/**
 * The business numbers a trigger watches: the one picked (any format, read in the account's country),
 * or every number of the account when none is.
 */
export function watchedNumbers(accountNumbers: IncomingNumber[], picked: string | undefined): string[] {
  const all = accountNumbers.map((number) => number.phone_number);
  if (!picked) return all;
  const parsed = parsePhone(picked, countryOf(all[0]) ?? 'US');
  if (!parsed) throw new InputError(`"${picked}" is not a phone number. Pick one of your Twilio numbers in Business Number.`);
  if (!all.includes(parsed.e164)) {
    throw new InputError(`${displayNumber(parsed.e164)} is not a number in this Twilio account. Pick one of your Twilio numbers in Business Number.`);
  }
  return [parsed.e164];
}

/**
 * One poll: the window's calls (callers' and forwarded legs together), its recordings and the account's numbers,
 * fetched concurrently. Requests grow with pages of 1,000 calls, never with the number of calls.
 */
export async function pollMissedCalls(twilio: TwilioClient, settings: MissedCallSettings, now = new Date()): Promise<MissedCall[]> {
  const start = new Date(now.getTime() - POLL_WINDOW_HOURS * 3600 * 1000);
  const [calls, recordings, numbers] = await Promise.all([
    twilio.listCalls(since('StartTime', start)),
    twilio.listRecordings(since('DateCreated', start)),
    twilio.listNumbers(),
  ]);
  return missedCallsInWindow(calls, recordings, {
    businessNumbers: watchedNumbers(numbers, settings.businessNumber),
    countVoicemailAsMissed: settings.countVoicemailAsMissed,
    includeWithheldCallers: settings.includeWithheldCallers,
  });
}
