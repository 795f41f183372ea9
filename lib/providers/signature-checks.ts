import { createHmac, timingSafeEqual } from 'node:crypto';

/** Deliveries signed more than this long ago (or this far in the future) are replays (the contract's 5 minutes). */
export const REPLAY_WINDOW_MS = 5 * 60 * 1000;

/** Constant-time string comparison; different lengths are simply unequal (timingSafeEqual would throw). */
export function safeEqual(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || !expected) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * True when a signed timestamp (epoch seconds or milliseconds, as number or digits) is within the replay window
 * of `now`. Providers disagree on the unit, so 12+ digits are read as milliseconds.
 */
export function isFresh(timestamp: unknown, now: Date = new Date()): boolean {
  const digits = typeof timestamp === 'number' ? String(Math.trunc(timestamp)) : String(timestamp ?? '').trim();
  if (!/^\d{9,16}$/.test(digits)) return false;
  const value = Number(digits);
  const ms = digits.length >= 12 ? value : value * 1000;
  return Math.abs(now.getTime() - ms) <= REPLAY_WINDOW_MS;
}

export function hmacSha256(key: string | Buffer, message: string, encoding: 'hex' | 'base64' | 'base64url'): string {
  return createHmac('sha256', key).update(message, 'utf8').digest(encoding);
}
