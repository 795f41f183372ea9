/**
 * The written forms of a date and time the app reads, one row each. Anything else is unreadable: a lenient parser
 * (JavaScript's `new Date`) turns "hello 1" into January 2001 and "06.12.2026" into June, and such a time would
 * count as evidence of a call. Every pattern is anchored and free of nested repeats (linear time).
 */

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A wall-clock reading and the offset the text carried (minutes east of UTC), or null when it carried none. */
export interface DateReading {
  wall: WallClock;
  offsetMinutes: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Zone words RFC 2822 allows (and US abbreviations JavaScript prints), as minutes east of UTC. */
const ZONE_WORDS: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

/** `Z`, `+05:30`, `-0800`, `+05`, `GMT`, `PST`: minutes east of UTC; undefined for what is not a zone. */
function offsetOf(zone: string | undefined): number | null | undefined {
  if (!zone) return null;
  const word = zone.toLowerCase();
  if (Object.hasOwn(ZONE_WORDS, word)) return ZONE_WORDS[word];
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!numeric) return undefined;
  const hours = Number(numeric[2]);
  const minutes = Number(numeric[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const monthOf = (name: string) => {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 || (name.length > 3 && !name.toLowerCase().startsWith(MONTHS[index])) ? 0 : index + 1;
};

/** 12-hour clocks: 12 AM is midnight, 12 PM noon; an hour past 12 with AM or PM is a mistake, not a time. */
function hourOf(hour: string, meridiem: string | undefined): number {
  const value = Number(hour);
  if (!meridiem) return value;
  if (value < 1 || value > 12) return Number.NaN;
  return (value % 12) + (/^p/i.test(meridiem) ? 12 : 0);
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?`;
const MERIDIEM = String.raw`\s*([ap]\.?m\.?)?`;
const ZONE = String.raw`\s*(z|[+-]\d{2}(?::?\d{2})?|utc|gmt|ut|[ecmp][sd]t)?`;

interface Form {
  pattern: RegExp;
  read: (match: string[]) => { wall: Omit<WallClock, 'second'> & { second?: string }; zone?: string };
}

const FORMS: readonly Form[] = [
  {
    // ISO 8601, with or without its offset: 2026-12-06T11:40:00-08:00, 2026-12-06 11:40 (Zapier's Formatter)
    pattern: new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})[t ]${TIME}${ZONE}$`, 'i'),
    read: ([, y, mo, d, h, mi, s, zone]) => ({
      wall: { year: +y, month: +mo, day: +d, hour: +h, minute: +mi, second: s },
      zone,
    }),
  },
  {
    // RFC 2822, as Twilio writes it: Sun, 06 Dec 2026 11:40:00 +0000
    pattern: new RegExp(String.raw`^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3,9})\s+(\d{4})\s+${TIME}${ZONE}$`, 'i'),
    read: ([, d, mo, y, h, mi, s, zone]) => ({
      wall: { year: +y, month: monthOf(mo), day: +d, hour: +h, minute: +mi, second: s },
      zone,
    }),
  },
  {
    // US month/day/year, as the Formatter's MM/DD/YYYY writes it: 12/06/2026 11:40 AM
    pattern: new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}),?\s+${TIME}${MERIDIEM}$`, 'i'),
    read: ([, mo, d, y, h, mi, s, meridiem]) => ({
      wall: { year: +y, month: +mo, day: +d, hour: hourOf(h, meridiem), minute: +mi, second: s },
    }),
  },
  {
    // A month's name first: December 6, 2026 11:40 AM; Sun, Dec 6 2026 at 11:40
    pattern: new RegExp(
      String.raw`^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}),?\s+(?:at\s+)?${TIME}${MERIDIEM}$`,
      'i',
    ),
    read: ([, mo, d, y, h, mi, s, meridiem]) => ({
      wall: { year: +y, month: monthOf(mo), day: +d, hour: hourOf(h, meridiem), minute: +mi, second: s },
    }),
  },
  {
    // The Formatter's "ddd MMM DD HH:mm:ss Z YYYY": Sun Dec 06 11:40:00 +0100 2026
    pattern: new RegExp(String.raw`^[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+${TIME}\s+([+-]\d{4}|utc|gmt)\s+(\d{4})$`, 'i'),
    read: ([, mo, d, h, mi, s, zone, y]) => ({
      wall: { year: +y, month: monthOf(mo), day: +d, hour: +h, minute: +mi, second: s },
      zone,
    }),
  },
];

/** A real calendar date and clock time (no February 30th, no 24:10). */
function isRealTime(wall: WallClock): boolean {
  const { year, month, day, hour, minute, second } = wall;
  if (![year, month, day, hour, minute, second].every(Number.isInteger)) return false;
  if (year < 1970 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The wall clock and offset a text names, or null when it is none of the forms above. */
export function readDateForm(text: string): DateReading | null {
  if (text.length > 64) return null;
  for (const form of FORMS) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    const { wall, zone } = form.read(match);
    const reading = { ...wall, second: Number(wall.second ?? 0) };
    const offsetMinutes = offsetOf(zone);
    if (offsetMinutes === undefined || !isRealTime(reading)) return null;
    return { wall: reading, offsetMinutes };
  }
  return null;
}
