import { type NumberType, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * E.164 as Twilio's API takes To and From (twilio_api_v2010.json: "in E.164 format"): a plus, a first digit 1-9,
 * at most 15 ASCII digits, nothing else (no spaces, dashes, national forms or extensions). The sandbox's own
 * reader, not the app's parser, so that a parser bug sending Twilio anything else meets Twilio's 21211 here.
 */
const E164 = /^\+[1-9][0-9]{1,14}$/;

export interface SandboxNumber {
  e164: string;
  /** The country its numbering plan assigns it to; null for a non-geographic number. */
  country: string | null;
  type: NumberType;
}

/** The number, when `value` is E.164 and a numbering plan assigns it (libphonenumber's data); else null. */
export function readE164(value: unknown): SandboxNumber | null {
  if (typeof value !== 'string' || !E164.test(value)) return null;
  const parsed = parsePhoneNumberFromString(value);
  if (!parsed?.isValid() || parsed.number !== value) return null;
  return { e164: value, country: parsed.country ?? null, type: parsed.getType() };
}

/** The country of an E.164 number, or null. */
export const countryOfNumber = (value: unknown): string | null => readE164(value)?.country ?? null;
