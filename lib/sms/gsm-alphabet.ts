/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet, as data.
 *
 * BASIC lists the 128 septets in code order; 0x1B is the escape to the extension table, not a character.
 * EXTENSION holds the characters reached through that escape: each costs two septets (escape + code).
 * 0x09 is the capital Ç: the lower-case ç is not in the alphabet (Twilio's calculator agrees).
 */
const ESCAPE = '\u001b';

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅå' +
  'Δ_ΦΓΛΩΠΨΣΘΞ' +
  ESCAPE +
  'ÆæßÉ' +
  ' !"#¤%&\'()*+,-./' +
  '0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNO' +
  'PQRSTUVWXYZÄÖÑÜ§' +
  '¿abcdefghijklmno' +
  'pqrstuvwxyzäöñüà';

/** Form feed, ^ { } \ [ ~ ] | and the euro sign. */
const EXTENSION = '\f^{}\\[~]|€';

export const GSM_BASIC: ReadonlySet<string> = new Set([...BASIC].filter((char) => char !== ESCAPE));
export const GSM_EXTENSION: ReadonlySet<string> = new Set(EXTENSION);

/** Septets a character takes in GSM-7, or null when GSM-7 cannot carry it. */
export function gsmSeptets(char: string): 1 | 2 | null {
  if (GSM_BASIC.has(char)) return 1;
  if (GSM_EXTENSION.has(char)) return 2;
  return null;
}
