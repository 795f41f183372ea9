import { InputError } from '../errors/input-error';
import { countryOf } from '../phone/parse';
import { isTimeZone } from './dates';

/** The zones of a country, as this runtime's ICU knows them (`['America/Jamaica']` for JM). */
function zonesOf(country: string): string[] {
  const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[] };
  return locale.timeZones ?? [];
}

/**
 * The zone business hours are read in: the one the owner typed, else the Zap's, else the business number's
 * country when it has a single zone, else UTC.
 */
export function resolveTimeZone(
  typed: string | undefined,
  zapTimeZone: string | undefined,
  businessNumber?: string | null,
): string {
  if (typed) {
    if (!isTimeZone(typed)) {
      throw new InputError(`"${typed}" is not a time zone. Use a name like America/Chicago or Europe/London.`);
    }
    return typed;
  }
  if (zapTimeZone && isTimeZone(zapTimeZone)) return zapTimeZone;
  const country = countryOf(businessNumber);
  const zones = country ? zonesOf(country) : [];
  return zones.length === 1 ? zones[0] : 'UTC';
}
