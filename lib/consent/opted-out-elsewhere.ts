import { clip } from '../errors/clip';

/**
 * `opted_out_elsewhere` (contract, "Opt-outs, fail closed for real"): an opt-out another system knows (a CRM
 * field, a Zapier Tables lookup, another phone system). Only blank, `false`, `no` and `0` say "not opted out";
 * any other value of any shape (a date, "yes", a JSON blob, a list) is an opt-out and never an error (issue 20),
 * because a mapping nobody can read must not be the reason a customer who said stop is texted.
 */
const NOT_OPTED_OUT = new Set(['', 'false', 'no', '0']);
const SHOWN_CHARACTERS = 40;
/** Characters an owner cannot see in a quoted value (format, control, and spaces other than the plain one). */
const INVISIBLE = /(?! )[\p{Cf}\p{Cc}\p{Z}\p{Default_Ignorable_Code_Point}]/gu;
const named = (character: string) => `<U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

function shown(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? value.trim()
        : typeof value === 'number' && !Number.isFinite(value)
          ? String(value)
          : (JSON.stringify(value) ?? String(value));
  } catch {
    text = 'a value that cannot be shown';
  }
  // "\u200Bfalse" is not false, so the reason must not read as if it were.
  text = text.replace(INVISIBLE, named);
  return clip(text, SHOWN_CHARACTERS);
}

/** The value as an owner would recognise it when it says "opted out"; null when it says "not opted out". */
export function optedOutElsewhere(value: unknown): string | null {
  if (value === undefined || value === null || value === false || value === 0) return null;
  if (typeof value === 'string' && NOT_OPTED_OUT.has(value.trim().toLowerCase())) return null;
  return shown(value);
}

/** The plain words for it, in a skip sentence, a consent reason and an evidence line. */
export const elsewhereWords = (value: string) => `opted out in another system (Opted Out Elsewhere is "${value}")`;

/**
 * Twilio keeps message and call records for 13 months by default (less where the account says so), while a TCPA
 * claim can come four years later: a verdict of "no opt-out" or "no consent" from the log alone says so.
 */
export const TWILIO_LOG_LIMIT =
  "This rests only on Twilio's log, which keeps texts and calls for 13 months by default (less if your account is set so): an older opt-out, or one made elsewhere, is not seen unless you map it into Opted Out Elsewhere.";
