import { watchedNumbers } from '../missed-calls/poll';
import { since, type TwilioClient } from '../twilio/client';
import {
  LAST_CALL_HOURS,
  UNDELIVERED_WINDOW_HOURS,
  type UndeliveredTextBack,
  undeliveredTextBacks,
} from './undelivered';

const HOUR_MS = 3_600_000;

/**
 * `YYYY-MM-DD` of the UTC day the window starts on: Twilio's `DateSent` filter compares whole days, so the poll asks
 * from that day on (yesterday's or the day before, 48 hours back) and keeps the window itself.
 */
export function windowStartDay(windowStart: Date): string {
  return windowStart.toISOString().slice(0, 10);
}

/**
 * One poll of New Undelivered Text-Back, all queries at once (one round trip, then pages):
 * - texts sent since the window's first day (`DateSent>=` that day: the filter is by day; the 48-hour window is kept here);
 * - the newest texts without a date filter, paged back only to the window's start, because a text that failed before
 *   Twilio sent it has no `date_sent` and no `DateSent` filter returns it;
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
    twilio.listMessages({ 'DateSent>': windowStartDay(windowStart) }),
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
