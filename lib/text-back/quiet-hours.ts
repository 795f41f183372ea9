import { clip } from '../errors/clip';
import { InputError } from '../errors/input-error';
import { type BusinessHours, isOpenAt, parseBusinessHours } from '../time/business-hours';
import { clockTime } from '../time/next-opening';
import { numberZones } from '../time/number-zones';
import type { Skip } from './checks';
import type { QuietClock } from './sentences';

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
      `Quiet Hours "${clip(typed)}" is not a time range. Write it like ${DEFAULT_QUIET_HOURS} (9 PM to 8 AM), or leave it blank to text at any hour.`,
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
  /** The caller: quiet hours hold on the clocks of its number's zones too. */
  customer?: { e164: string } | null;
}

const timeIn = (zone: string, now: Date) =>
  new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(now);

/**
 * The caller's clock that is in quiet hours now, if any: the first of its number's zones that is (a region that
 * spans zones is quiet when any of them is). A number whose region nobody can tell may be anywhere, so it counts as
 * quiet (`zone: null`): a late text can wait for the owner's call, a text at someone's 5 AM cannot be unsent.
 */
function quietCallerClock(quietHours: BusinessHours, now: Date, e164: string): QuietClock | null {
  const zones = numberZones(e164);
  if (!zones) return { zone: null, time: null };
  const zone = zones.find((candidate) => isOpenAt(quietHours, now, candidate));
  return zone ? { zone, time: timeIn(zone, now) } : null;
}

/**
 * A text for a call more than an hour old waits out quiet hours, on the business's clock and on the caller's (it is
 * skipped: the owner calls in the morning); a text within the hour answers the call and ignores them (contract:
 * Promises the business can keep; Times and promises).
 */
export function quietHoursCheck(facts: QuietHoursFacts): Skip | null {
  const { quietHours, now } = facts;
  if (!facts.lateCall || !quietHours) return null;
  const businessQuiet = isOpenAt(quietHours, now, facts.timeZone);
  const callerClock = businessQuiet || !facts.customer ? null : quietCallerClock(quietHours, now, facts.customer.e164);
  if (!businessQuiet && !callerClock) return null;
  const [range] = quietHours.ranges;
  const shownRange = `${clockTime(range.start)} to ${clockTime(range.end % MINUTES_PER_DAY)}`;
  return {
    reason: 'quiet_hours',
    facts: {
      number: facts.shown,
      at: facts.callStartedAt,
      detail: shownRange,
      ...(callerClock ? { clock: callerClock } : {}),
    },
  };
}
