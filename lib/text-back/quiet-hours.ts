import { InputError } from '../errors/input-error';
import { type BusinessHours, isOpenAt, parseBusinessHours } from '../time/business-hours';
import { clockTime } from '../time/next-opening';
import type { Skip } from './checks';

const MINUTES_PER_DAY = 24 * 60;

/** Send Text-Back's default: no text for an old call between 9 PM and 8 AM in the business's zone. */
export const DEFAULT_QUIET_HOURS = '21:00-08:00';

/** Words that turn quiet hours off, besides a blank field. */
const OFF_WORDS = new Set(['off', 'none', 'no', 'never']);

/**
 * Quiet hours as the owner typed them (`21:00-08:00`, `9pm-8am`): every night, read like one range of business
 * hours. Null when turned off.
 */
export function parseQuietHours(text: string | undefined): BusinessHours | null {
  const typed = text?.trim() ?? '';
  if (!typed || OFF_WORDS.has(typed.toLowerCase())) return null;
  try {
    return parseBusinessHours(`daily ${typed}`);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      `Quiet Hours "${typed.length > 40 ? `${typed.slice(0, 37)}...` : typed}" is not a time range. Write it like ${DEFAULT_QUIET_HOURS} (9 PM to 8 AM), or leave it blank to text at any hour.`,
    );
  }
}

export interface QuietHoursFacts {
  quietHours: BusinessHours | null;
  lateCall: boolean;
  callStartedAt: string | null;
  now: Date;
  timeZone: string;
  shown: string;
}

/**
 * A text for a call more than an hour old waits out quiet hours (it is skipped: the owner calls in the morning);
 * a text within the hour answers the call and ignores them (contract: Promises the business can keep).
 */
export function quietHoursCheck(facts: QuietHoursFacts): Skip | null {
  if (!facts.lateCall || !facts.quietHours) return null;
  if (!isOpenAt(facts.quietHours, facts.now, facts.timeZone)) return null;
  const [range] = facts.quietHours.ranges;
  const shownRange = `${clockTime(range.start)} to ${clockTime(range.end % MINUTES_PER_DAY)}`;
  return { reason: 'quiet_hours', facts: { number: facts.shown, at: facts.callStartedAt, detail: shownRange } };
}
