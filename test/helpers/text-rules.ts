/**
 * Text rules of Zapier's integration checks as data: Title Case labels (D018), well-formed markdown links (D008)
 * and ISO 8601 dates in samples (D023).
 */

/** Words Title Case leaves in lower case unless they open the label (AP and Chicago agree on these). */
export const SMALL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'per',
  'to',
  'via',
  'vs',
  'with',
]);

/**
 * The words of `label` that break Title Case: every word starts with a capital, except small words after
 * the first. Each part of a hyphenated or slashed word counts ("Opt-Out", "Text-Back", "SMS/MMS").
 * Tokens that do not start with a letter ("(E.164)", "24", "%") pass; units in parentheses are words
 * like any other ("(Seconds)").
 */
export function titleCaseViolations(label: string): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  return words.filter((word, index) =>
    word.split(/[-/]/).some((part, partIndex) => {
      const bare = part.replace(/^[("'“‘[]+|[)"'”’\].,:;!?]+$/g, '');
      if (!/^\p{L}/u.test(bare)) return false;
      if (bare[0] === bare[0].toLocaleUpperCase() && bare[0] !== bare[0].toLocaleLowerCase()) return false;
      const opensLabel = index === 0 && partIndex === 0;
      return opensLabel || !SMALL_WORDS.has(bare.toLowerCase());
    }),
  );
}

/** What is wrong with the markdown links in `text` (inline code is left alone), one sentence each. */
export function markdownLinkProblems(text: string): string[] {
  const prose = text.replace(/`[^`]*`/g, ' ');
  const problems: string[] = [];
  const linkShaped = /\[([^[\]]*)\]\s*\(([^()]*)\)/g;
  for (const [whole, label, url] of prose.matchAll(linkShaped)) {
    if (!label.trim()) problems.push(`link ${whole} has no text`);
    else if (/\]\s+\(/.test(whole)) problems.push(`link ${whole} has a space between ] and (`);
    else if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(url))
      problems.push(`link ${whole} needs an https:// address with no spaces`);
  }
  const rest = prose.replace(linkShaped, ' ');
  if (/[[\]]/.test(rest)) problems.push('a bracket is not part of a well-formed [text](https://...) link');
  return problems;
}

/** ISO 8601 date-time with a zone: `2026-11-29T14:03:00Z`, `2026-11-29T08:03:00-06:00`. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** Keys whose values are dates by the contract's naming. */
const DATE_KEY = /(?:_at|^period_start|^period_end)$/;
/** Values that read as a date or date-time in some format (ISO, RFC 2822, US, epoch-looking keys aside). */
const LOOKS_LIKE_DATE = [
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/,
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4}/,
  /^\d{1,2}\/\d{1,2}\/\d{2,4}(?:\s|$)/,
];

/**
 * A line that opens with an ISO date-time with an offset and goes on in words is a sentence that dates itself
 * (the contract's `evidence_record`), not a date value; a date-time without an offset before the words is not.
 */
const SENTENCE_AFTER_DATE = /^(\S+) \S/;
const isDatedSentence = (value: string) => {
  const first = SENTENCE_AFTER_DATE.exec(value)?.[1];
  return first !== undefined && isIsoDateTimeWithOffset(first);
};

export function isIsoDateTimeWithOffset(value: string): boolean {
  return ISO_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value));
}

/** A sample value's problem as a date, or null: date keys must hold ISO date-times, and so must date-looking values. */
export function sampleDateProblem(key: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const dateKey = DATE_KEY.test(key);
  if (typeof value !== 'string')
    return dateKey ? `is ${JSON.stringify(value)}, not an ISO 8601 date-time string` : null;
  if (!dateKey && (!LOOKS_LIKE_DATE.some((pattern) => pattern.test(value)) || isDatedSentence(value))) return null;
  return isIsoDateTimeWithOffset(value)
    ? null
    : `"${value}" is not ISO 8601 with an offset (e.g. 2026-11-29T14:03:00Z)`;
}
