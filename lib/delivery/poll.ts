import { watchedNumbers } from '../phone/watched-numbers';
import { HOUR_MS } from '../time/dates';
import { since, type TwilioClient } from '../twilio/client';
import {
  LAST_CALL_HOURS,
  UNDELIVERED_WINDOW_HOURS,
  type UndeliveredTextBack,
  undeliveredTextBacks,
} from './undelivered';

/**
 * `YYYY-MM-DD` of yesterday (UTC): Twilio's `DateSent` filter compares whole days, so the dated query asks for
 * yesterday and today (contract: Undelivered text-backs); the undated query reaches the rest of the 48 hours.
 */
export function yesterday(now: Date): string {
  return new Date(now.getTime() - 24 * HOUR_MS).toISOString().slice(0, 10);
}

/**
 * One poll of New Undelivered Text-Back, all queries at once (one round trip, then pages):
 * - texts sent yesterday and today (`DateSent>=` yesterday: the filter is by day; the 48-hour window is kept here);
 * - the newest texts without a date filter, paged back only to the window's start, because a text that failed before
 *   Twilio sent it has no `date_sent` and no `DateSent` filter returns it (it also covers the window's first hours);
 * - the calls since 72 hours before the window, for each text's `last_call_*`;
 * - the account's numbers, when no number is picked.
 * Requests grow with pages of 1,000 messages or calls, never with their number.
 */
export async function pollUndeliveredTextBacks(
  twilio: TwilioClient,
  businessNumber: string | undefined,
  now = new Date(),
): Promise<UndeliveredTextBack[]> {
  const windowStart = new Date(now.getTime() - UNDELIVERED_WINDOW_HOURS * HOUR_MS);
  const callsFrom = new Date(windowStart.getTime() - LAST_CALL_HOURS * HOUR_MS);
  const [sent, recent, calls, businessNumbers] = await Promise.all([
    twilio.listMessages({ 'DateSent>': yesterday(now) }),
    twilio.listRecentMessages(windowStart),
    twilio.listCalls(since('StartTime', callsFrom)),
    watchedNumbers(twilio, businessNumber),
  ]);
  return undeliveredTextBacks(
    [...sent, ...recent],
    calls,
    { businessNumbers, wholeAccount: !businessNumber },
    windowStart,
  );
}
