import { InputError } from '../errors/input-error';
import { isTimeZone, MINUTE_MS, zoneOffsetMinutes } from './dates';

/**
 * Business hours as an owner types them: `Mon-Fri 08:00-17:00, Sat 09:00-12:00`.
 * A range is kept in wall-clock minutes of its opening day, so it keeps its wall clock on DST days, and an
 * overnight range (`Fri 22:00-02:00`) simply ends past 24:00 (here 26:00, covering Saturday 01:00).
 * Holidays are out of scope.
 */

/** 0 = Sunday ... 6 = Saturday, as `Date#getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface OpenRange {
  day: Weekday;
  /** Minutes after the opening day's midnight, 0..1439. */
  start: number;
  /** Minutes after the opening day's midnight, exclusive; above 1440 when the range runs past midnight. */
  end: number;
}

export interface BusinessHours {
  ranges: readonly OpenRange[];
}

const EXAMPLE = 'Mon-Fri 08:00-17:00, Sat 09:00-12:00';
const MINUTES_PER_DAY = 24 * 60;
const EVERY_DAY: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/** Day words, each with the days it names. A new spelling is a new row. */
const DAY_WORDS: Record<string, readonly Weekday[]> = {
  sun: [0],
  sunday: [0],
  mon: [1],
  monday: [1],
  tue: [2],
  tues: [2],
  tuesday: [2],
  wed: [3],
  weds: [3],
  wednesday: [3],
  thu: [4],
  thur: [4],
  thurs: [4],
  thursday: [4],
  fri: [5],
  friday: [5],
  sat: [6],
  saturday: [6],
  weekdays: [1, 2, 3, 4, 5],
  weekends: [6, 0],
  weekend: [6, 0],
  daily: EVERY_DAY,
  everyday: EVERY_DAY,
  'every day': EVERY_DAY,
  'all week': EVERY_DAY,
  '7 days': EVERY_DAY,
};

/** Words that name a time of day on their own. `midnight` opens at 00:00 and closes at 24:00. */
const TIME_WORDS: Record<string, { start: number; end: number }> = {
  noon: { start: 720, end: 720 },
  midday: { start: 720, end: 720 },
  midnight: { start: 0, end: MINUTES_PER_DAY },
};

// Longest first so `monday` wins over `mon`.
const DAY = `(?:${Object.keys(DAY_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(' ', '\\s+'))
  .join('|')})(?![a-z])\\.?`;
const TIME = '(?:\\d{1,2}(?:[:.]\\d{2})?(?:\\s*(?:a\\.?m\\.?|p\\.?m\\.?|a|p)(?![a-z]))?|noon|midday|midnight)';
const TO = '\\s*(?:-|to|until|till|thru|through)\\s*';

type Token =
  | { kind: 'days'; days: readonly Weekday[]; text: string }
  | { kind: 'range'; start: number; end: number; text: string }
  | { kind: 'closed' }
  | { kind: 'skip' };

/** What each piece of the text can be, tried in order at each position. */
const LEXICON: ReadonlyArray<{ pattern: RegExp; read: (match: RegExpExecArray) => Token[] }> = [
  // Separators: `,` `;` new lines, `&`, `and`, `/` all just separate days or ranges
  { pattern: /\s+|[,;&/]|and(?![a-z])/iy, read: () => [{ kind: 'skip' }] },
  { pattern: /24\s*\/\s*7(?![0-9])/y, read: (m) => [{ kind: 'days', days: EVERY_DAY, text: m[0] }, fullDay(m[0])] },
  {
    pattern: /(?:open\s+)?(?:24\s*(?:h|hrs?|hours)(?![a-z])|all\s+day|around\s+the\s+clock)/iy,
    read: (m) => [fullDay(m[0])],
  },
  { pattern: /(?:closed|off)(?![a-z])/iy, read: () => [{ kind: 'closed' }] },
  { pattern: /(?:open|from|hours?)(?![a-z])|:/iy, read: () => [{ kind: 'skip' }] },
  {
    pattern: new RegExp(`(${DAY})(?:${TO}(${DAY}))?`, 'iy'),
    read: (m) => [{ kind: 'days', days: dayRange(m[1], m[2]), text: m[0] }],
  },
  { pattern: new RegExp(`(${TIME})${TO}(${TIME})(?![0-9a-z])`, 'iy'), read: (m) => [timeRange(m[0], m[1], m[2])] },
];

function fail(why: string): never {
  throw new InputError(`Business hours: ${why}. Write them like ${EXAMPLE}.`);
}

function fullDay(text: string): Token {
  return { kind: 'range', start: 0, end: MINUTES_PER_DAY, text };
}

function dayWord(word: string): readonly Weekday[] {
  return DAY_WORDS[word.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ')];
}

/** `Mon-Fri`, and wrap-around ranges such as `Fri-Mon` (Fri, Sat, Sun, Mon). */
function dayRange(from: string, to: string | undefined): readonly Weekday[] {
  const first = dayWord(from);
  if (to === undefined) return first;
  const last = dayWord(to);
  if (first.length !== 1 || last.length !== 1) fail(`\`${from}-${to}\` is not a range of days`);
  const days: Weekday[] = [first[0]];
  for (let day = first[0]; day !== last[0]; ) {
    day = ((day + 1) % 7) as Weekday;
    days.push(day);
  }
  return days;
}

interface ClockTime {
  text: string;
  hour: number;
  minute: number;
  meridiem: 'am' | 'pm' | null;
  word: string | null;
  /** Written like a 12-hour clock with no am/pm (`5`, `5:30`), so `9-5` may mean 9am-5pm. */
  bare12: boolean;
}

function readTime(text: string): ClockTime {
  const word = text.toLowerCase();
  if (TIME_WORDS[word]) return { text, hour: 0, minute: 0, meridiem: null, word, bare12: false };
  const [, hours, minutes, mark] =
    /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?/i.exec(text) ?? fail(`\`${text}\` is not a time of day`);
  const hour = Number(hours);
  const meridiem = mark ? (mark.toLowerCase() === 'a' ? 'am' : 'pm') : null;
  const minute = Number(minutes ?? 0);
  const bare12 = !meridiem && !hours.startsWith('0') && hour >= 1 && hour <= 12;
  return { text, hour, minute, meridiem, word: null, bare12 };
}

/** Minutes after midnight; `role` decides what midnight and 24:00 mean. */
function minutesOf(time: ClockTime, role: 'start' | 'end', meridiem = time.meridiem): number {
  if (time.word) return TIME_WORDS[time.word][role];
  const invalid = () => fail(`\`${time.text}\` is not a time of day`);
  if (time.minute > 59) invalid();
  if (meridiem) {
    if (time.hour < 1 || time.hour > 12) invalid();
    return (time.hour % 12) * 60 + (meridiem === 'pm' ? 720 : 0) + time.minute;
  }
  if (time.hour === 24 && time.minute === 0 && role === 'end') return MINUTES_PER_DAY;
  if (time.hour > 23) invalid();
  return time.hour * 60 + time.minute;
}

/** One opening range; an end at or before the start runs past midnight (`22:00-02:00`, `8pm-12am`). */
function timeRange(text: string, startText: string, endText: string): Token {
  const from = readTime(startText.trim());
  const to = readTime(endText.trim());
  const end = minutesOf(to, 'end');
  let start = minutesOf(from, 'start');
  // `9-5pm` means 9am-5pm and `1-5pm` means 1pm-5pm: the start borrows the end's am/pm unless that puts it later.
  if (!from.meridiem && !from.word && to.meridiem && from.hour >= 1 && from.hour <= 12) {
    const borrowed = minutesOf(from, 'start', to.meridiem);
    start = borrowed <= end ? borrowed : minutesOf(from, 'start', to.meridiem === 'am' ? 'pm' : 'am');
  }
  if (to.bare12 && end < start && (from.bare12 || from.meridiem)) {
    fail(`\`${text}\` could mean two things; add am or pm (like 8am-5pm) or use 24-hour times (like 08:00-17:00)`);
  }
  if (start === end % MINUTES_PER_DAY) {
    if (start !== 0) fail(`\`${text}\` opens and closes at the same time`);
    return fullDay(text);
  }
  return { kind: 'range', start, end: end > start ? end : end + MINUTES_PER_DAY, text };
}

function tokenize(text: string): Token[] {
  // Every kind of dash becomes `-`, one character for one, so positions still point into the owner's text.
  const source = text.replace(/[\u2010-\u2015\u2212]/g, '-');
  const tokens: Token[] = [];
  for (let at = 0; at < source.length; ) {
    const entry = LEXICON.find(({ pattern }) => {
      pattern.lastIndex = at;
      return pattern.test(source);
    });
    if (!entry) {
      const piece = /[^\s,;]+/y;
      piece.lastIndex = at;
      const chunk = (piece.exec(source)?.[0] ?? source.slice(at)).replace(/^-+|-+$/g, '');
      const lone = new RegExp(`^${TIME}$`, 'i').test(chunk);
      fail(lone ? `\`${chunk}\` has no closing time (like 9am-5pm)` : `\`${chunk}\` is not a day or a time`);
    }
    entry.pattern.lastIndex = at;
    const match = entry.pattern.exec(source) as RegExpExecArray;
    tokens.push(...entry.read(match));
    at = entry.pattern.lastIndex;
  }
  return tokens;
}

/**
 * Reads business hours such as `Mon-Fri 08:00-12:00, 13:00-17:00; Sat 9am-noon` or `Fri 22:00-02:00`.
 * Ranges after a comma belong to the days before them; days listed with commas (`Mon, Wed, Fri 9-17`) share
 * the ranges that follow. Throws InputError naming the part it could not read.
 */
export function parseBusinessHours(text: string): BusinessHours {
  if (!String(text ?? '').trim()) fail('they are empty');
  const ranges: OpenRange[] = [];
  let pending: { days: readonly Weekday[]; text: string }[] = [];
  let lastDays: readonly Weekday[] = [];
  for (const token of tokenize(String(text))) {
    if (token.kind === 'days') pending.push({ days: token.days, text: token.text.trim() });
    if (token.kind === 'closed') {
      pending = [];
      lastDays = [];
    }
    if (token.kind === 'range') {
      const days = pending.length ? pending.flatMap((group) => group.days) : lastDays;
      if (!days.length) fail(`\`${token.text.trim()}\` has no day before it`);
      for (const day of new Set(days)) ranges.push({ day, start: token.start, end: token.end });
      lastDays = days;
      pending = [];
    }
  }
  if (pending.length) fail(`\`${pending.map((group) => group.text).join(', ')}\` has no opening times`);
  if (!ranges.length) fail('they have no opening times');
  return { ranges };
}

function checkedTimeZone(timeZone: string): string {
  const zone = String(timeZone ?? '').trim();
  // Blank means UTC, the zone the contract uses for timestamps that carry none.
  if (!zone) return 'UTC';
  if (!isTimeZone(zone)) throw new InputError(`\`${zone}\` is not a time zone. Use a name like America/Chicago.`);
  return zone;
}

/** True when `instant` falls inside the hours, read on the wall clock of `timeZone` (an IANA name). */
export function isOpenAt(hours: BusinessHours, instant: Date, timeZone: string): boolean {
  const zone = checkedTimeZone(timeZone);
  if (Number.isNaN(instant.getTime())) throw new RangeError('isOpenAt needs a valid date');
  const local = new Date(instant.getTime() + zoneOffsetMinutes(zone, instant) * MINUTE_MS);
  const day = local.getUTCDay();
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  const yesterday = (day + 6) % 7;
  return hours.ranges.some(
    (range) =>
      (range.day === day && range.start <= minute && minute < range.end) ||
      (range.day === yesterday && minute + MINUTES_PER_DAY < range.end),
  );
}

/** The `after_hours` output: null when no hours are set, else whether `instant` is outside them. */
export function afterHoursFor(text: string | undefined | null, instant: Date, timeZone: string): boolean | null {
  if (!String(text ?? '').trim()) return null;
  return !isOpenAt(parseBusinessHours(String(text)), instant, timeZone);
}
