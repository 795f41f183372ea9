/**
 * A reply as the classifier reads it. Anyone who knows the business number can text it anything, so the
 * text is read at most 1,600 characters far (Twilio's longest message) and folded before it is judged:
 * - Unicode compatibility forms folded (NFKC: fullwidth "ＳＴＯＰ", math bold "𝐒𝐓𝐎𝐏", circled "Ⓢⓣⓞⓟ");
 * - invisible and format characters removed (\p{Cf} and the other default-ignorable code points: soft hyphen,
 *   zero-width space and joiners, word joiner, BOM, bidi controls, variation selectors), so "ST\u2060OP" is STOP;
 * - case, accents ("NO MÁS"), apostrophes ("don't" = "dont"), spaces, punctuation and emoji ignored;
 * - Cyrillic and Greek letters that look Latin read as Latin ("ЅТОР" is STOP).
 * Every step is one linear pass; nothing here backtracks.
 */

export const MAX_REPLY_CHARACTERS = 1600;

export interface ReadReply {
  /** Words in order, lower case, letters and digits only. */
  words: string[];
  /** The words cut at sentence punctuation (, . ! ? ; : … brackets, dashes, new lines). */
  clauses: string[][];
  /** Every letter and digit of the message run together: how a whole-message keyword is compared. */
  letters: string;
}

const IGNORABLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4\u2032]/g;
/** A word, or a mark that ends a clause. Hyphens, slashes, # and emoji only separate words. */
const TOKEN = /[\p{L}\p{N}]+|[,.!?;:\n\u2026()[\]{}\u2013\u2014]/gu;
const WORD = /^[\p{L}\p{N}]/u;

/** Letters from other scripts that are drawn like Latin ones, after lower-casing (Unicode confusables). */
const LOOK_ALIKES = new Map<string, string>([
  ['а', 'a'],
  ['в', 'b'],
  ['с', 'c'],
  ['ԁ', 'd'],
  ['е', 'e'],
  ['һ', 'h'],
  ['н', 'h'],
  ['і', 'i'],
  ['ј', 'j'],
  ['к', 'k'],
  ['ӏ', 'l'],
  ['м', 'm'],
  ['о', 'o'],
  ['р', 'p'],
  ['ԛ', 'q'],
  ['ѕ', 's'],
  ['т', 't'],
  ['у', 'y'],
  ['х', 'x'],
  ['ԝ', 'w'],
  ['ү', 'y'],
  ['α', 'a'],
  ['β', 'b'],
  ['ε', 'e'],
  ['ι', 'i'],
  ['κ', 'k'],
  ['ν', 'v'],
  ['ο', 'o'],
  ['ρ', 'p'],
  ['τ', 't'],
  ['υ', 'u'],
  ['χ', 'x'],
]);

function latinLooking(text: string): string {
  let out = '';
  for (const character of text) out += LOOK_ALIKES.get(character) ?? character;
  return out;
}

/** Folds the reply (see above); anything that is not a string reads as empty (a mapped field may be empty). */
export function readReply(body: unknown): ReadReply {
  const raw = typeof body === 'string' ? body : typeof body === 'number' ? String(body) : '';
  const folded = latinLooking(
    raw
      .slice(0, MAX_REPLY_CHARACTERS)
      .normalize('NFKC')
      // One character can unfold into up to 18 (U+FDFA): the 1,600-character limit holds after folding too.
      .slice(0, MAX_REPLY_CHARACTERS)
      .replace(IGNORABLE, '')
      .toLowerCase()
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(APOSTROPHES, ''),
  );
  const words: string[] = [];
  const clauses: string[][] = [[]];
  for (const [token] of folded.matchAll(TOKEN)) {
    if (WORD.test(token)) {
      words.push(token);
      clauses[clauses.length - 1].push(token);
    } else if (clauses[clauses.length - 1].length) {
      clauses.push([]);
    }
  }
  return { words, clauses: clauses.filter((clause) => clause.length), letters: words.join('') };
}
