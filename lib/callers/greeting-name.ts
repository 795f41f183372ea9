import { plainLine } from '../errors/plain-line';
import { CARRIER_WORDS, PLACE_STARTS, TRADE_WORDS } from './caller-id-words';

/**
 * The name a text greets a caller by (contract: "Greeting names"), from a caller ID name as a phone system gives
 * it. Caller ID (CNAM) is at most 15 characters, all capitals, LAST FIRST MIDDLE ("JOHNSON MARIA J"), or a label
 * the carrier puts in when it has no name ("WIRELESS CALLER", "AUSTIN TX"). Greeting a label reads as spam, so
 * anything that is not plainly a person's name gives null and the template's fallback ("there") is used.
 */

/** Words carriers use in place of a name. A caller ID made only of these is a label. */
// biome-ignore format: a word list, packed so it reads as data
const LABEL_WORDS = new Set([
  'wireless', 'caller', 'cell', 'cellular', 'phone', 'mobile', 'unavailable', 'anonymous', 'private', 'unknown',
  'restricted', 'blocked', 'toll', 'free', 'out', 'of', 'area', 'no', 'id', 'name', 'not', 'provided', 'unlisted',
  'number', 'spam', 'risk', 'scam', 'likely', 'potential', 'telemarketer', 'pay', 'payphone', 'withheld', 'info',
  'call', 'calling', 'voip', 'landline', 'nomorobo', 'suspected', 'fraud', 'international', 'intl', 'unk',
  'requested',
]);

/** Words that mark a business or an institution, wherever they stand. */
const BUSINESS_WORDS = new Set([
  'llc',
  'inc',
  'corp',
  'co',
  'ltd',
  'lp',
  'llp',
  'pllc',
  'pc',
  'plc',
  'gmbh',
  'company',
  'corporation',
  'incorporated',
  'services',
  'service',
  'svc',
  'svcs',
  'plumbing',
  'hvac',
  'electric',
  'electrical',
  'roofing',
  'heating',
  'cooling',
  'construction',
  'contracting',
  'contractors',
  'landscaping',
  'cleaning',
  'repair',
  'repairs',
  'auto',
  'motors',
  'group',
  'holdings',
  'enterprises',
  'associates',
  'assoc',
  'partners',
  'solutions',
  'systems',
  'tech',
  'technologies',
  'insurance',
  'realty',
  'bank',
  'credit',
  'union',
  'pharmacy',
  'dental',
  'medical',
  'clinic',
  'hospital',
  'health',
  'church',
  'school',
  'college',
  'university',
  'academy',
  'county',
  'city',
  'state',
  'dept',
  'department',
  'office',
  'center',
  'ctr',
  'hotel',
  'restaurant',
  'pizza',
  'cafe',
  'store',
  'shop',
  'market',
  'delivery',
  'logistics',
  'foods',
  'farms',
  'global',
  'national',
  'american',
  'usa',
  'us',
  'govt',
  'government',
  'police',
  'sheriff',
  'agency',
  'firm',
  'attorney',
  'attorneys',
  'the',
  'and',
  ...TRADE_WORDS,
]);

/** US state, district and territory codes: "AUSTIN TX" is where the phone is registered, not who calls. */
// biome-ignore format: a word list, packed so it reads as data
const STATE_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME',
  'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA',
  'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC', 'PR', 'VI', 'GU', 'AS', 'MP',
]);

/** Titles that stand in front of a name in speaking order ("DR JOHN SMITH"). */
const LEADING_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'rev', 'sir']);

/** Titles and suffixes around a name, never the name itself. */
// biome-ignore format: a word list, packed so it reads as data
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'rev', 'sir', 'jr', 'sr', 'ii', 'iii', 'iv', 'md', 'dds', 'phd', 'esq',
]);

/** Surname particles: "DE LA CRUZ MARIA" is Maria of the De La Cruz family. */
// biome-ignore format: a word list, packed so it reads as data
const PARTICLES = new Set([
  'de', 'la', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'le', 'st', 'mac', 'mc',
  'bin', 'ibn', 'al', 'el',
]);

/** Words in a mapped field that show it holds a sentence, not a name ("Visit our site now"). */
// biome-ignore format: a word list, packed so it reads as data
const NOT_NAME_WORDS = new Set([
  'visit', 'click', 'text', 'reply', 'go', 'win', 'winner', 'now', 'www', 'http', 'https', 'stop', 'help', 'hello',
  'hi', 'test', 'yes', 'customer', 'client', 'home', 'work', 'mom', 'dad', 'me', 'you', 'your', 'our', 'please',
]);

const MAX_WORDS = 5;
const MAX_NAME_LENGTH = 20;

/** Letters with an apostrophe or hyphen inside ("O'BRIEN", "MARY-JANE"), optionally one trailing period ("J."). */
const WORD = /^\p{L}\p{M}*(?:['-]?\p{L}\p{M}*)*\.?$/u;

/** One plain line (`plainLine`), curly apostrophes made straight. */
function plain(value: string): string {
  return plainLine(value).replace(/[\u2018\u2019\u02BC`\u00B4]/g, "'");
}

const bare = (word: string) => word.replace(/\.$/, '').toLowerCase();

/** "MARY-JANE" → "Mary-Jane", "D'ANDRE" → "D'Andre". */
const capitalised = (word: string) =>
  word.toLowerCase().replace(/(^|['-])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());

/** The name to greet, or null when the caller ID is a label, a place, a business or not a name at all. */
export function greetingName(callerName: unknown): string | null {
  if (typeof callerName !== 'string') return null;
  const text = plain(callerName);
  // Digits ("V1234567890", "CALLER 42"), links, symbols: not a name.
  if (!text || !/^[\p{L}\p{M}' .,-]+$/u.test(text)) return null;
  const [beforeComma, afterComma, ...more] = text.split(',').map((part) => part.trim());
  if (more.length) return null;
  const words = text.split(/[ ,]+/).filter(Boolean);
  if (words.length > MAX_WORDS || !words.every((word) => WORD.test(word))) return null;
  const lower = words.map(bare);
  if (lower.every((word) => LABEL_WORDS.has(word)) || lower.some((word) => CARRIER_WORDS.has(word))) return null;
  if (lower.some((word) => BUSINESS_WORDS.has(word) || NOT_NAME_WORDS.has(word))) return null;
  if (words.length > 1 && STATE_CODES.has(words[words.length - 1].toUpperCase())) return null;
  const allCapitals = !/\p{Ll}/u.test(text);
  if (allCapitals && afterComma === undefined && PLACE_STARTS.has(lower[0])) return null;
  if (!allCapitals && !words.every((word) => /^\p{Lu}/u.test(word) || PARTICLES.has(bare(word)))) {
    // "Dana smith" is a typo; "Visit evil example" is a sentence. Only all-lower names pass as given.
    if (/\p{Lu}/u.test(text)) return null;
  }
  const candidate =
    afterComma !== undefined
      ? givenNames(afterComma)[0]
      : allCapitals && !LEADING_TITLES.has(lower[0])
        ? afterSurname(givenNames(beforeComma))
        : firstAfterTitles(beforeComma);
  if (!candidate || candidate.replace(/['-]/g, '').length < 2 || candidate.length > MAX_NAME_LENGTH) return null;
  if (LABEL_WORDS.has(bare(candidate))) return null;
  // All capitals and all lower case are re-cased ("dana" → "Dana"); a mixed-case name is used as given.
  return allCapitals || !/\p{Lu}/u.test(text) ? capitalised(candidate) : candidate;
}

/** The words of a name without titles ("DR", "JR") or trailing periods. */
const givenNames = (part: string) =>
  part
    .split(' ')
    .filter((word) => word && !TITLES.has(bare(word)))
    .map((word) => word.replace(/\.$/, ''));

/**
 * The first name in speaking order: mixed case, or capitals after a title ("DR JOHN SMITH" → JOHN). A title
 * before one word ("MR SMITH", "Mrs. Lopez") names the surname alone, and greets nobody.
 */
function firstAfterTitles(part: string): string | undefined {
  const names = givenNames(part);
  const titled = LEADING_TITLES.has(bare(part.split(' ')[0]));
  return titled && names.length < 2 ? undefined : names[0];
}

/**
 * LAST FIRST MIDDLE: the word after the surname (and the surname's particles). A lone surname ("SMITH") greets
 * nobody, and neither does a leading initial ("J SMITH" is FIRST LAST with the first name cut to a letter).
 */
function afterSurname(words: string[]): string | undefined {
  if (words[0]?.length === 1) return undefined;
  let at = 0;
  while (at < words.length - 1 && PARTICLES.has(words[at].toLowerCase())) at += 1;
  return words[at + 1];
}
