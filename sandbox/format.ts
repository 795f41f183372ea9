import { createHash, randomBytes } from 'node:crypto';

/** Twilio's dates: RFC 2822 in UTC, e.g. `Sun, 29 Nov 2026 14:03:00 +0000`. */
export function rfc2822(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

export function rfc2822OrNull(date: Date | null): string | null {
  return date ? rfc2822(date) : null;
}

/** A SID that stays the same for the same seed, so scenario entries keep their SIDs from run to run. */
export function stableSid(prefix: string, seed: string): string {
  return prefix + createHash('sha256').update(seed).digest('hex').slice(0, 32);
}

export function randomSid(prefix: string): string {
  return prefix + randomBytes(16).toString('hex');
}

/** Twilio's `from_formatted` / `to_formatted`: national format inside +1, E.164 abroad, addresses as they are. */
export function formattedNumber(value: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(value);
  return nanp ? `(${nanp[1]}) ${nanp[2]}-${nanp[3]}` : value;
}

/** Twilio writes counts and durations as strings (`"duration": "42"`). */
export function countString(value: number | null): string | null {
  return value === null ? null : String(value);
}
