/**
 * Look-alikes that word processors and phones slip into pasted text. One of them switches the whole text to
 * UCS-2 (70 characters a segment instead of 160), so each becomes its plain GSM-7 equivalent. Emoji, accented
 * letters outside GSM-7 and other scripts are meaning, not typography: they stay as they are.
 */
const GSM_FRIENDLY: Readonly<Record<string, string>> = {
  // Single quotes, apostrophes and primes
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201a': "'", // ‚
  '\u201b': "'", // ‛
  '\u2032': "'", // ′
  '\u2035': "'", // ‵
  '\u02bc': "'", // ʼ modifier apostrophe
  '\u00b4': "'", // ´
  '\u0060': "'", // ` (not in GSM-7)
  '\u2039': "'", // ‹
  '\u203a': "'", // ›
  // Double quotes
  '\u201c': '"', // “
  '\u201d': '"', // ”
  '\u201e': '"', // „
  '\u201f': '"', // ‟
  '\u2033': '"', // ″
  '\u00ab': '"', // «
  '\u00bb': '"', // »
  // Hyphens and dashes
  '\u2010': '-', // ‐ hyphen
  '\u2011': '-', // ‑ non-breaking hyphen
  '\u2012': '-', // ‒ figure dash
  '\u2013': '-', // – en dash
  '\u2014': '-', // — em dash
  '\u2015': '-', // ― horizontal bar
  '\u2212': '-', // − minus sign
  // Ellipsis and list marks
  '\u2026': '...', // …
  '\u2022': '-', // • bullet
  '\u2023': '-', // ‣ triangular bullet
  '\u2043': '-', // ⁃ hyphen bullet
  '\u25e6': '-', // ◦ white bullet
  '\u00b7': '-', // · middle dot, used as a bullet
  // Spaces that are not the plain space
  '\t': ' ',
  '\u00a0': ' ', // no-break space
  '\u2000': ' ',
  '\u2001': ' ',
  '\u2002': ' ', // en space
  '\u2003': ' ', // em space
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2007': ' ', // figure space
  '\u2008': ' ',
  '\u2009': ' ', // thin space
  '\u200a': ' ', // hair space
  '\u202f': ' ', // narrow no-break space
  '\u205f': ' ',
  '\u3000': ' ', // ideographic space
  '\u2028': '\n', // line separator
  '\u2029': '\n', // paragraph separator
  // Invisible characters with no meaning in a text (the zero-width joiners stay: emoji need them)
  '\u200b': '', // zero-width space
  '\u2060': '', // word joiner
  '\ufeff': '', // byte-order mark
};

export function toGsmFriendly(text: string): string {
  let result = '';
  for (const char of text) result += GSM_FRIENDLY[char] ?? char;
  return result;
}
