import type { CountryCode, NumberType } from 'libphonenumber-js/max';

type PhoneLibrary = typeof import('libphonenumber-js/max');
let library: PhoneLibrary | undefined;
/**
 * libphonenumber-js with its full metadata (number types need it) is loaded on first use: it is the largest part of
 * a cold start, and steps such as the connection test or a dropdown never read a phone number.
 */
function phoneLibrary(): PhoneLibrary {
  library ??= require('libphonenumber-js/max') as PhoneLibrary;
  return library;
}

/** A phone number as the app reports it: E.164 plus what a person reads. */
export interface ParsedPhone {
  e164: string;
  national: string;
  country: string | null;
  type: NumberType;
}

/**
 * Caller IDs that mean "withheld". Twilio spells the carrier's words on a keypad
 * (ANONYMOUS = +266696687, RESTRICTED = +7378742833, ...), and SIP or client calls carry an address.
 */
const WITHHELD_SENTINELS = new Set([
  '266696687', // ANONYMOUS
  '7378742833', // RESTRICTED
  '86282452253', // UNAVAILABLE
  '2562533', // BLOCKED
  '8656696', // UNKNOWN
  '7748283', // PRIVATE
]);
/** What carriers and phone systems write where a caller ID is withheld or missing: in the number or the name. */
const WITHHELD_WORDS = new Set([
  'anonymous',
  'restricted',
  'unavailable',
  'blocked',
  'unknown',
  'private',
  'withheld',
  'no caller id',
  'wireless caller',
]);

/** True when a caller ID (number or name) is one of the words that mean it was withheld. */
export const isWithheldWord = (raw: string): boolean => WITHHELD_WORDS.has(raw.trim().toLowerCase());

export function isWithheldSentinel(raw: string): boolean {
  const value = raw.trim();
  if (isWithheldWord(value)) return true;
  return WITHHELD_SENTINELS.has(value.replace(/^\+/, ''));
}

/** True for an ISO 3166-1 alpha-2 code that has phone numbers (libphonenumber-js knows it). */
export function isCountryCode(value: string): value is CountryCode {
  return /^[A-Z]{2}$/.test(value) && phoneLibrary().isSupportedCountry(value);
}

/**
 * Parses what a person typed (or a provider sent) into a valid number, or null.
 * Digits without `+` are tried against the default country first, then as international
 * (providers such as Vonage send `15125550123`).
 */
export function parsePhone(raw: unknown, defaultCountry: string = 'US'): ParsedPhone | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const text = String(raw).trim();
  if (!text || text.length > 40 || /^(client|sip|sips):/i.test(text) || isWithheldSentinel(text)) return null;
  if (/[a-z]{2,}/i.test(text.replace(/\b(ext|x)\.?\s*\d+$/i, ''))) return null; // words, not a number
  const country = (/^[A-Z]{2}$/i.test(defaultCountry) ? defaultCountry.toUpperCase() : 'US') as CountryCode;
  const candidates = text.startsWith('+') ? [text] : [text, `+${text.replace(/\D/g, '')}`];
  for (const candidate of candidates) {
    const parsed = phoneLibrary().parsePhoneNumberFromString(candidate, country);
    if (parsed?.isValid()) {
      parsed.ext = undefined; // an extension is dialled after the call connects; texts ignore it
      return {
        e164: parsed.number,
        national: parsed.formatNational(),
        country: parsed.country ?? null,
        type: parsed.getType() ?? ('UNKNOWN' as NumberType),
      };
    }
  }
  return null;
}

/** The country an E.164 number belongs to, e.g. to parse typed numbers the way its owner would. */
export function countryOf(e164: string | null | undefined): string | null {
  return e164 ? (parsePhone(e164)?.country ?? null) : null;
}

/** "(555) 123-4567" for home numbers, "+44 20 7946 0018" for numbers abroad. */
export function displayNumber(e164: string, homeCountry: string | null = 'US'): string {
  const parsed = parsePhone(e164);
  if (!parsed) return e164;
  return parsed.country === homeCountry
    ? parsed.national
    : phoneLibrary().parsePhoneNumberFromString(parsed.e164)!.formatInternational();
}

/** The caller fields of the missed-call shape; withheld or unparseable caller IDs become nulls. */
export interface CallerIdentity {
  caller_number: string | null;
  caller_number_national: string | null;
  caller_country: string | null;
  caller_id_withheld: boolean;
}

export function callerIdentity(raw: unknown, defaultCountry: string = 'US'): CallerIdentity {
  const parsed = parsePhone(raw, defaultCountry);
  if (!parsed) {
    return { caller_number: null, caller_number_national: null, caller_country: null, caller_id_withheld: true };
  }
  return {
    caller_number: parsed.e164,
    caller_number_national: parsed.national,
    caller_country: parsed.country,
    caller_id_withheld: false,
  };
}
