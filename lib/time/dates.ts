/**
 * Dates in every output are ISO 8601 with an offset. Inputs come as Twilio's RFC 2822
 * ("Sun, 29 Nov 2026 14:03:00 +0000"), ISO with or without a zone, or epoch seconds / milliseconds.
 */

/** `2026-11-29T14:03:00Z`: seconds precision, UTC. */
export function isoString(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The offset of `timeZone` from UTC at `instant`, in minutes (e.g. -360 for Chicago in winter). */
export function zoneOffsetMinutes(timeZone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
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

/** A wall-clock time in `timeZone` as an instant (the zone's offset is found by two passes, for DST edges). */
export function fromWallClock(
  wall: { year: number; month: number; day: number; hour: number; minute: number; second?: number },
  timeZone: string,
): Date {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  let instant = guess - zoneOffsetMinutes(timeZone, new Date(guess)) * 60000;
  instant = guess - zoneOffsetMinutes(timeZone, new Date(instant)) * 60000;
  return new Date(instant);
}

const ZONELESS_ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * Parses any date the app meets into a Date, or null. Zone-less date-times are read in `timeZone`
 * (UTC by default); bare numbers are epoch seconds, or milliseconds when they are that large.
 */
export function parseDate(value: unknown, timeZone = 'UTC'): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,13}(\.\d+)?$/.test(value.trim()))) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) return null;
    return new Date(n >= 1e12 ? n : n * 1000);
  }
  if (typeof value !== 'string' || !value.trim()) return null;
  const text = value.trim();
  const zoneless = ZONELESS_ISO.exec(text);
  if (zoneless) {
    const [, year, month, day, hour, minute, second] = zoneless.map(Number);
    return fromWallClock(
      { year, month, day, hour, minute, second: second || 0 },
      isTimeZone(timeZone) ? timeZone : 'UTC',
    );
  }
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** ISO 8601 string of any accepted date, or null. */
export function toIso(value: unknown, timeZone = 'UTC'): string | null {
  const date = parseDate(value, timeZone);
  return date ? isoString(date) : null;
}
