import { InputError } from '../errors/input-error';
import { isTimeZone } from './dates';
import { localTimeZone } from './local-time';

/**
 * The zone business hours are read in: the one the owner typed, else the Zap's, else the business number's
 * country when it has a single zone (the rule of `localTimeZone`), else UTC.
 */
export function resolveTimeZone(
  typed: string | undefined,
  zapTimeZone: string | undefined,
  businessNumber?: string | null,
): string {
  if (typed && !isTimeZone(typed)) {
    throw new InputError(`"${typed}" is not a time zone. Use a name like America/Chicago or Europe/London.`);
  }
  return localTimeZone({ typed, zap: zapTimeZone, number: businessNumber }) ?? 'UTC';
}
