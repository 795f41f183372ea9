import { type BusinessHours, parseBusinessHours } from './business-hours';
import { MINUTE_MS, zoneOffsetMinutes } from './dates';

/**
 * When the business next opens, as the after-hours text says it (contract: `{opens_at}`): "at 8:00 AM" later
 * today, "tomorrow at 8:00 AM", "on Monday at 8:00 AM". Read on the wall clock of the business's zone, so a
 * range keeps its wall-clock time across DST. Holidays are out of scope.
 */

const MINUTES_PER_DAY = 24 * 60;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "8:00 AM", "12:30 PM", "12:00 AM" for midnight. */
export function clockTime(minuteOfDay: number): string {
  const hour = Math.floor(minuteOfDay / 60) % 24;
  const minute = String(minuteOfDay % 60).padStart(2, '0');
  return `${hour % 12 === 0 ? 12 : hour % 12}:${minute} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** The next opening after `instant`: days ahead (0 = later today) and the minute of that day. */
export function nextOpening(
  hours: BusinessHours,
  instant: Date,
  timeZone: string,
): { daysAhead: number; weekday: number; minute: number } | null {
  const local = new Date(instant.getTime() + zoneOffsetMinutes(timeZone, instant) * MINUTE_MS);
  const today = local.getUTCDay();
  const now = local.getUTCHours() * 60 + local.getUTCMinutes();
  let best: { daysAhead: number; weekday: number; minute: number } | null = null;
  for (const range of hours.ranges) {
    // A range that opened today at or before now opens next a week later.
    let daysAhead = (range.day - today + 7) % 7;
    if (daysAhead === 0 && range.start <= now) daysAhead = 7;
    const at = daysAhead * MINUTES_PER_DAY + range.start;
    if (!best || at < best.daysAhead * MINUTES_PER_DAY + best.minute)
      best = { daysAhead, weekday: range.day, minute: range.start };
  }
  return best;
}

/** The `{opens_at}` phrase for business hours as the owner typed them. */
export function opensAt(businessHours: string, instant: Date, timeZone: string): string | undefined {
  const next = nextOpening(parseBusinessHours(businessHours), instant, timeZone);
  if (!next) return undefined;
  const time = clockTime(next.minute);
  if (next.daysAhead === 0) return `at ${time}`;
  if (next.daysAhead === 1) return `tomorrow at ${time}`;
  return `on ${WEEKDAYS[next.weekday]} at ${time}`;
}
