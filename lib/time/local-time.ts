import { clip } from '../errors/clip';
import { countryOf } from '../phone/parse';
import { isoString, isTimeZone, isZonelessTime, parseDate } from './dates';

/** What tells the zone of a local time: the step's Time Zone, the Zap's, and the From number. */
export interface LocalZoneFacts {
  typed?: string;
  zap?: string | null;
  /** The number whose country's zone is the last resort (Send Text-Back's From number). */
  number?: string | null;
}

/** The zones of a country, as this runtime's ICU (CLDR) knows them (`['America/Jamaica']` for JM). */
export function countryZones(country: string): string[] {
  const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[] };
  return locale.timeZones ?? [];
}

/**
 * The zone a time written without one is read in (contract: Times and promises): the step's Time Zone, else the
 * Zap's, else the number's country when it has a single zone. Null when none of them tells: such a time is not
 * guessed, least of all as UTC.
 */
export function localTimeZone({ typed, zap, number }: LocalZoneFacts): string | null {
  if (typed && isTimeZone(typed)) return typed;
  if (zap && isTimeZone(zap)) return zap;
  const country = countryOf(number);
  const zones = country ? countryZones(country) : [];
  return zones.length === 1 ? zones[0] : null;
}

/** An instant read from a user's or a webhook's time, or the plain reason there is none. */
export interface LocalTimeReading {
  at: string | null;
  problem: string | null;
}

/**
 * Reads a time a person mapped (`Called At`): with its own zone as written, without one in `localTimeZone`'s
 * zone. A time nobody can read is no time at all, never "now", and `problem` says why in one sentence.
 */
export function readLocalTime(label: string, value: string | undefined, facts: LocalZoneFacts): LocalTimeReading {
  const text = value?.trim() ?? '';
  if (!text) return { at: null, problem: null };
  const zone = localTimeZone(facts);
  const date = parseDate(text, zone);
  if (date) return { at: isoString(date), problem: null };
  const quoted = `${label} "${clip(text)}"`;
  if (isZonelessTime(text)) {
    return {
      at: null,
      problem: `${quoted} has no time zone, and neither the step's Time Zone, the Zap's time zone nor the From number's country tells one, so it is no evidence of a call. Set Time Zone, or map the time with its offset.`,
    };
  }
  return {
    at: null,
    problem: `${quoted} is not a date and time the app can read (write it like 2026-12-06 11:40, or with its offset, 2026-12-06T11:40:00-06:00), so it is no evidence of a call.`,
  };
}
