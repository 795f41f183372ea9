import { InputError } from '../errors/input-error';
import { gsmSeptets } from './gsm-alphabet';

export { toGsmFriendly } from './gsm-friendly';

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsMeasure {
  segments: number;
  encoding: SmsEncoding;
  /** Septets for GSM-7 (extension characters count 2); UTF-16 code units for UCS-2. */
  units: number;
}

/**
 * A segment carries 140 octets: 160 septets or 70 UTF-16 units. Once a text needs several segments, each one
 * gives 6 octets to the concatenation header, leaving 153 septets or 67 units.
 */
const CAPACITY: Record<SmsEncoding, { single: number; multi: number }> = {
  'GSM-7': { single: 160, multi: 153 },
  'UCS-2': { single: 70, multi: 67 },
};

/** Twilio refuses longer bodies (error 21617) rather than splitting them further. */
export const MAX_BODY_CHARACTERS = 1600;

/**
 * Encoding, size and segment count of an SMS body, counted the way Twilio bills it (Smart Encoding off).
 * A GSM-7 escape pair or a UTF-16 surrogate pair is never split across segments, so a multi-part text is
 * measured by filling segments one character at a time, not by dividing.
 * The empty text is 0 segments: there is nothing to send (Twilio refuses an empty body).
 */
export function measureSms(text: string): SmsMeasure {
  const characters = [...text]; // code points: a surrogate pair stays whole
  const septets = characters.map(gsmSeptets);
  const encoding: SmsEncoding = septets.every((size) => size !== null) ? 'GSM-7' : 'UCS-2';
  const sizes = encoding === 'GSM-7' ? (septets as number[]) : characters.map((char) => char.length);
  const units = sizes.reduce((sum, size) => sum + size, 0);
  return { segments: countSegments(sizes, units, CAPACITY[encoding]), encoding, units };
}

function countSegments(sizes: number[], units: number, capacity: { single: number; multi: number }): number {
  if (units === 0) return 0;
  if (units <= capacity.single) return 1;
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > capacity.multi) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return segments;
}

/**
 * Refuses a body Twilio would refuse, before anything is sent: it is never truncated, since a cut-off text
 * could lose the opt-out footer or the business name. Characters are UTF-16 code units (an emoji counts 2):
 * Twilio's error 21617 page says emoji and other non-GSM characters count as more than one.
 */
export function assertSmsLength(text: string): void {
  if (text.length > MAX_BODY_CHARACTERS) {
    throw new InputError(
      `This text is ${text.length.toLocaleString('en-US')} characters long, over the ` +
        `${MAX_BODY_CHARACTERS.toLocaleString('en-US')}-character limit for a text message. ` +
        'Shorten the Message in the Send Text-Back step.',
    );
  }
}
