import { MAX_BODY_CHARACTERS } from '../sms/segments';

/**
 * A reply as the classifier reads it. Anyone who knows the business number can text it anything, so the
 * text is read at most 1,600 characters far (Twilio's longest message) and folded before it is judged:
 * - Unicode compatibility forms folded (NFKC: fullwidth "ＳＴＯＰ", math bold "𝐒𝐓𝐎𝐏", circled "Ⓢⓣⓞⓟ");
 * - invisible and format characters removed (\p{Cf} and the other default-ignorable code points: soft hyphen,
 *   zero-width space and joiners, word joiner, BOM, bidi controls, variation selectors), so "ST\u2060OP" is STOP;
 * - case, accents ("NO MÁS"), apostrophes ("don't" = "dont"), spaces, punctuation and emoji ignored;
 * - Cyrillic and Greek letters that look Latin read as Latin ("ЅТОР" is STOP), and the enclosed-letter emoji that
 *   NFKC leaves alone (negative circled "🅢🅣🅞🅟", negative squared "🆂🆃🅾🅿", small capitals "ꜱᴛᴏᴘ", and regional
 *   indicators "🇸🇹🇴🇵" in a text with no other letters);
 * - a word spelt out in single letters is one word ("s t o p please", "S-T-O-P", "s.t.o.p. texting");
 * - digits and $ written for letters inside a word read as those letters ("st0p", "$top", "5TOP", "qu17",
 *   "c4ncel"): only in a word that also holds a letter, so "10", "555-0100" and "$75" stay numbers;
 * - the stop-sign emoji read as the word STOP ("🛑", "⛔ pls").
 * Every step is one linear pass; nothing here backtracks.
 */

/** A reply is read as far as Twilio's longest message body: one limit, the one texts are sent under. */
export const MAX_REPLY_CHARACTERS = MAX_BODY_CHARACTERS;

export interface ReadReply {
  /** Words in order, lower case, letters and digits only. */
  words: string[];
  /** The words cut at sentence punctuation (, . ! ? ; : … brackets, dashes, new lines). */
  clauses: string[][];
  /**
   * The words cut only where a sentence or a list item ends (, . ! ? ; … new lines): the stretch a harmless use
   * of an opt-out word must fit in ("Non - stop leaking" is one phrase, "STOP. By the way" two).
   */
  phrases: string[][];
  /** Every letter and digit of the message run together: how a whole-message keyword is compared. */
  letters: string;
}

const IGNORABLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4\u2032]/g;
/**
 * A word, or a mark that ends a clause. A hyphen between two words only separates them ("non-stop"); a hyphen
 * with a space on either side is a dash ("STOP - John"). Slashes, # and emoji only separate words.
 */
const TOKEN = /[\p{L}\p{N}]+|[,.!?;:\n\u2026()[\]{}\u2013\u2014]|(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}])/gu;
/**
 * Three or more single letters or digits in a row, each set apart by spaces, dots, hyphens, underscores or stars: a word
 * spelt out. Separators and letters are disjoint classes, so the match never backtracks.
 */
const SPELT_OUT = /(?<![\p{L}\p{N}])[\p{L}\p{N}](?:[\s.\-_*]+[\p{L}\p{N}](?![\p{L}\p{N}])){2,}/gu;
const SPELLING_MARKS = /[\s.\-_*]/g;
const WORD = /^[\p{L}\p{N}]/u;
/** A $ written for an S: "$top", "UN$UBSCRIBE" (a price, "$75", keeps its sign). */
const DOLLAR_FOR_S = /\$(?=\p{L})/gu;
const LETTER = /\p{L}/u;
/** The digits and signs people write for letters (leetspeak); 2, 6, 8 and 9 stand for too many things. */
const LEET_CHARACTERS = /[013457]/g;
const LEET_LETTERS: Readonly<Record<string, string>> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't' };
const HAS_LEET = /[013457]/;
/** One pass over the word, and none over a word without digits. */
function readLeet(word: string): string {
  if (!HAS_LEET.test(word) || !LETTER.test(word)) return word;
  return word.replace(LEET_CHARACTERS, (character) => LEET_LETTERS[character]);
}
/** Marks that end a phrase as well as a clause; dashes, colons and brackets only end a clause. */
const PHRASE_ENDS = new Set([',', '.', '!', '?', ';', '\n', '\u2026']);
/** Emoji that say STOP on their own (stop sign, no entry). */
const STOP_EMOJI = /[\u{1F6D1}\u26D4]/gu;

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
  // Latin small capitals, which NFKC leaves alone ("ꜱᴛᴏᴘ")
  ...[...'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ'].map((capital, at): [string, string] => [capital, String.fromCharCode(97 + at)]),
]);

/** Enclosed-letter emoji NFKC does not fold: the first code point of each A-Z run. */
const ENCLOSED_LETTER_RUNS = [0x1f150, 0x1f170];
const REGIONAL_INDICATOR_A = 0x1f1e6;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function latinLooking(text: string): string {
  // A text with no letters at all may be spelt in regional indicators ("🇸🇹🇴🇵"); beside words they are flags
  // ("STOP 🇺🇸" is not "stop us").
  const runs = LETTER_OR_DIGIT.test(text) ? ENCLOSED_LETTER_RUNS : [...ENCLOSED_LETTER_RUNS, REGIONAL_INDICATOR_A];
  let out = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const run = runs.find((first) => code >= first && code < first + 26);
    out += run === undefined ? (LOOK_ALIKES.get(character) ?? character) : String.fromCharCode(97 + code - run);
  }
  return out;
}

/** Folds the reply (see above); anything that is not a string reads as empty (a mapped field may be empty). */
export function readReply(body: unknown): ReadReply {
  const raw = typeof body === 'string' ? body : typeof body === 'number' ? String(body) : '';
  const folded = latinLooking(
    raw
      .slice(0, MAX_REPLY_CHARACTERS)
      .replace(STOP_EMOJI, ' stop ')
      // One character can unfold into up to 18 (U+FDFA), so the folded text is at most 28,800 characters: still
      // linear work, and cutting it again would hide a STOP that stood within the 1,600 characters received.
      .normalize('NFKC')
      .replace(IGNORABLE, '')
      .toLowerCase()
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(APOSTROPHES, ''),
  )
    .replace(DOLLAR_FOR_S, 's')
    .replace(SPELT_OUT, (spelt) => spelt.replace(SPELLING_MARKS, ''));
  const words: string[] = [];
  const clauses: string[][] = [[]];
  const phrases: string[][] = [[]];
  for (const [token] of folded.matchAll(TOKEN)) {
    if (WORD.test(token)) {
      const word = readLeet(token);
      words.push(word);
      clauses[clauses.length - 1].push(word);
      phrases[phrases.length - 1].push(word);
      continue;
    }
    if (clauses[clauses.length - 1].length) clauses.push([]);
    if (PHRASE_ENDS.has(token) && phrases[phrases.length - 1].length) phrases.push([]);
  }
  const filled = (runs: string[][]) => runs.filter((run) => run.length);
  return { words, clauses: filled(clauses), phrases: filled(phrases), letters: words.join('') };
}
