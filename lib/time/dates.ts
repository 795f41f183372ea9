import { readDateForm } from './date-forms';

/**
 * Dates in every output are ISO 8601 with an offset. Inputs come as Twilio's RFC 2822
 * ("Sun, 29 Nov 2026 14:03:00 +0000"), ISO with or without a zone, the forms of `date-forms.ts`, or epoch
 * seconds / milliseconds.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** `2026-11-29T14:03:00Z`: seconds precision, UTC. */
export function isoString(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The offset of `timeZone` from UTC at `instant`, in minutes (e.g. -360 for Chicago in winter). */
export function zoneOffsetMinutes(timeZone: string, instant: Date): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / MINUTE_MS);
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const DAY_MS = 86400000;

/**
 * A wall-clock time in `timeZone` as an instant. Around a DST change a wall time can happen twice (the autumn
 * overlap) or never (the spring gap); both are read as the earlier instant, like Temporal's `earlier`: 1:30 AM on
 * the night New York falls back is the first 1:30 (EDT), and 2:30 AM on the night it springs forward, which no
 * clock showed, is 1:30 AM EST. The earlier reading makes a call older, never newer: no promise it cannot keep.
 */
export function fromWallClock(
  wall: { year: number; month: number; day: number; hour: number; minute: number; second?: number },
  timeZone: string,
): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  // The zone's offsets around that day (zones change offset at most once in two days).
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => zoneOffsetMinutes(timeZone, new Date(asUtc + shift))));
  const candidates = [...offsets].map((offset) => asUtc - offset * MINUTE_MS);
  const real = candidates.filter(
    (instant) => zoneOffsetMinutes(timeZone, new Date(instant)) * MINUTE_MS === asUtc - instant,
  );
  return new Date(Math.min(...(real.length ? real : candidates)));
}

/**
 * Parses any date the app meets into a Date, or null: the forms of `date-forms.ts`, or epoch seconds (milliseconds
 * when that large). A time written without its zone is read in `timeZone` (UTC by default); `null` there means
 * no zone is known, and such a time is unreadable (contract: never read as UTC by default).
 */
export function parseDate(value: unknown, timeZone: string | null = 'UTC'): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,13}(\.\d+)?$/.test(value.trim()))) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) return null;
    return new Date(n >= 1e12 ? n : n * 1000);
  }
  if (typeof value !== 'string') return null;
  const reading = readDateForm(value.trim());
  if (!reading) return null;
  const { wall, offsetMinutes } = reading;
  if (offsetMinutes !== null) {
    return new Date(
      Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - offsetMinutes * MINUTE_MS,
    );
  }
  if (timeZone === null) return null;
  return fromWallClock(wall, isTimeZone(timeZone) ? timeZone : 'UTC');
}

/** True when the text is a time written without its zone ("2026-12-06 11:40"), which needs a zone to be read. */
export function isZonelessTime(value: unknown): boolean {
  return typeof value === 'string' && readDateForm(value.trim())?.offsetMinutes === null;
}

/** ISO 8601 string of any accepted date, or null. */
export function toIso(value: unknown, timeZone = 'UTC'): string | null {
  const date = parseDate(value, timeZone);
  return date ? isoString(date) : null;
}
