import { InputError } from '../../../lib/errors/input-error';
import { afterHoursFor, type BusinessHours, isOpenAt, parseBusinessHours } from '../../../lib/time/business-hours';

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The parsed hours as one readable line, Monday first; an overnight range shows its end past 24:00. */
function render(hours: BusinessHours): string {
  const mondayFirst = (day: number) => (day + 6) % 7;
  return [...hours.ranges]
    .sort((a, b) => mondayFirst(a.day) - mondayFirst(b.day) || a.start - b.start)
    .map((range) => `${DAY_NAMES[range.day]} ${clock(range.start)}-${clock(range.end)}`)
    .join(', ');
}

const WEEKDAYS_9_TO_5 = 'Mon 09:00-17:00, Tue 09:00-17:00, Wed 09:00-17:00, Thu 09:00-17:00, Fri 09:00-17:00';

describe('parseBusinessHours reads the ways owners write their hours', () => {
  test.each<[string, string]>([
    [
      'Mon-Fri 08:00-17:00, Sat 09:00-12:00',
      'Mon 08:00-17:00, Tue 08:00-17:00, Wed 08:00-17:00, Thu 08:00-17:00, Fri 08:00-17:00, Sat 09:00-12:00',
    ],
    ['Mon-Fri 9:00-17:00', WEEKDAYS_9_TO_5],
    ['mon-fri 9am-5pm', WEEKDAYS_9_TO_5],
    ['Monday-Friday 9 AM - 5 PM', WEEKDAYS_9_TO_5],
    ['Mon–Fri 9am–5pm', WEEKDAYS_9_TO_5],
    ['Mon—Fri 09:00—17:00', WEEKDAYS_9_TO_5],
    ['Weekdays 9-5pm', WEEKDAYS_9_TO_5],
    ['Hours: Monday through Friday from 9 a.m. to 5 p.m.', WEEKDAYS_9_TO_5],
    ['Mon-Fri: 09:00-17:00', WEEKDAYS_9_TO_5],
    ['Mon,Wed,Fri 8am-5:30pm', 'Mon 08:00-17:30, Wed 08:00-17:30, Fri 08:00-17:30'],
    ['Mon, Wed & Fri 08:00-12:00', 'Mon 08:00-12:00, Wed 08:00-12:00, Fri 08:00-12:00'],
    ['Tue and Thu 10:00-14:00', 'Tue 10:00-14:00, Thu 10:00-14:00'],
    ['Sat 9am-noon', 'Sat 09:00-12:00'],
    ['Sat noon-4pm', 'Sat 12:00-16:00'],
    ['Sun 1-5pm', 'Sun 13:00-17:00'],
    ['Sun 12-5pm', 'Sun 12:00-17:00'],
    ['Thursday 7:15am-6:45pm', 'Thu 07:15-18:45'],
    ['Sun-Thu 10:00-18:00', 'Mon 10:00-18:00, Tue 10:00-18:00, Wed 10:00-18:00, Thu 10:00-18:00, Sun 10:00-18:00'],
    ['Fri-Mon 10:00-14:00', 'Mon 10:00-14:00, Fri 10:00-14:00, Sat 10:00-14:00, Sun 10:00-14:00'],
    [
      'Mon-Fri 08:00-12:00, 13:00-17:00',
      'Mon 08:00-12:00, Mon 13:00-17:00, Tue 08:00-12:00, Tue 13:00-17:00, Wed 08:00-12:00, Wed 13:00-17:00, ' +
        'Thu 08:00-12:00, Thu 13:00-17:00, Fri 08:00-12:00, Fri 13:00-17:00',
    ],
    ['Mon 08:00-12:00 13:00-17:00', 'Mon 08:00-12:00, Mon 13:00-17:00'],
    ['Mon 08:00-12:00; Tue 13:00-17:00', 'Mon 08:00-12:00, Tue 13:00-17:00'],
    ['Mon 08:00-12:00\nTue 13:00-17:00', 'Mon 08:00-12:00, Tue 13:00-17:00'],
    ['Mon 8-12 Tue 13-17', 'Mon 08:00-12:00, Tue 13:00-17:00'],
    ['Fri 22:00-02:00', 'Fri 22:00-26:00'],
    ['Sat 8pm-2am', 'Sat 20:00-26:00'],
    ['Sat 11-1am', 'Sat 23:00-25:00'],
    ['Fri 8pm-12am', 'Fri 20:00-24:00'],
    ['Fri 8pm-midnight', 'Fri 20:00-24:00'],
    ['Sat midnight-6am', 'Sat 00:00-06:00'],
    ['Sun 00:00-24:00', 'Sun 00:00-24:00'],
    ['Sun 00:00-00:00', 'Sun 00:00-24:00'],
    ['Sun 24h', 'Sun 00:00-24:00'],
    ['Sun open 24 hours', 'Sun 00:00-24:00'],
    ['Sat all day', 'Sat 00:00-24:00'],
    [
      '24/7',
      'Mon 00:00-24:00, Tue 00:00-24:00, Wed 00:00-24:00, Thu 00:00-24:00, Fri 00:00-24:00, Sat 00:00-24:00, Sun 00:00-24:00',
    ],
    [
      'Daily 07:00-19:00',
      'Mon 07:00-19:00, Tue 07:00-19:00, Wed 07:00-19:00, Thu 07:00-19:00, Fri 07:00-19:00, Sat 07:00-19:00, Sun 07:00-19:00',
    ],
    ['Weekends 10:00-14:00', 'Sat 10:00-14:00, Sun 10:00-14:00'],
    ['Mon-Fri 9-5pm, Sat closed, Sun off', WEEKDAYS_9_TO_5],
    ['Mon 9.30-17.30', 'Mon 09:30-17:30'],
    ['Mon 8a-5p', 'Mon 08:00-17:00'],
    ['Tues 09:00-17:00, Weds 09:00-17:00, Thurs 09:00-17:00', 'Tue 09:00-17:00, Wed 09:00-17:00, Thu 09:00-17:00'],
    ['Mon. 9am to 5pm', 'Mon 09:00-17:00'],
  ])('%j', (text, expected) => {
    expect(render(parseBusinessHours(text))).toBe(expected);
  });
});

describe('parseBusinessHours explains bad input in plain words, with an example', () => {
  test.each<[string, string]>([
    ['', 'Business hours: they are empty.'],
    ['   ', 'Business hours: they are empty.'],
    ['Mnday 09:00-17:00', 'Business hours: `Mnday` is not a day or a time.'],
    ['Mon-Fry 09:00-17:00', 'Business hours: `Fry` is not a day or a time.'],
    ['Mon-Fri 08:00-25:00', 'Business hours: `25:00` is not a time of day.'],
    ['Mon 08:75-17:00', 'Business hours: `08:75` is not a time of day.'],
    ['Mon 13pm-5pm', 'Business hours: `13pm` is not a time of day.'],
    ['Mon 24:00-05:00', 'Business hours: `24:00` is not a time of day.'],
    ['Mon-Fri 08:00-17:00, Sat', 'Business hours: `Sat` has no opening times.'],
    ['Mon, Wed', 'Business hours: `Mon, Wed` has no opening times.'],
    ['09:00-17:00', 'Business hours: `09:00-17:00` has no day before it.'],
    ['Sun closed, 10:00-12:00', 'Business hours: `10:00-12:00` has no day before it.'],
    ['Mon 9am', 'Business hours: `9am` has no closing time (like 9am-5pm).'],
    ['Mon 9am-', 'Business hours: `9am` has no closing time (like 9am-5pm).'],
    [
      'Mon-Fri 9-5',
      'Business hours: `9-5` could mean two things; add am or pm (like 8am-5pm) or use 24-hour times (like 08:00-17:00).',
    ],
    [
      'Mon 9am-5',
      'Business hours: `9am-5` could mean two things; add am or pm (like 8am-5pm) or use 24-hour times (like 08:00-17:00).',
    ],
    ['Mon 09:00-09:00', 'Business hours: `09:00-09:00` opens and closes at the same time.'],
    ['Sun closed', 'Business hours: they have no opening times.'],
    ['Mon-Weekends 9-17', 'Business hours: `Mon-Weekends` is not a range of days.'],
    ['open when we feel like it', 'Business hours: `when` is not a day or a time.'],
  ])('%j', (text, message) => {
    let error: unknown;
    try {
      parseBusinessHours(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`${message} Write them like Mon-Fri 08:00-17:00, Sat 09:00-12:00.`);
  });
});

// 2026-11-27 is a Friday; Chicago is UTC-6 in winter and UTC-5 in summer (DST: Mar 8 - Nov 1, 2026).
const SHOP = 'Mon-Fri 08:00-17:00, Sat 09:00-12:00';

describe('isOpenAt reads the wall clock of the time zone', () => {
  test.each<[string, string, string, boolean, string]>([
    [SHOP, '2026-11-30T13:59:00Z', 'America/Chicago', false, 'Mon 07:59, before opening'],
    [SHOP, '2026-11-30T14:00:00Z', 'America/Chicago', true, 'Mon 08:00, opening minute'],
    [SHOP, '2026-11-30T22:59:59Z', 'America/Chicago', true, 'Mon 16:59:59, last second'],
    [SHOP, '2026-11-30T23:00:00Z', 'America/Chicago', false, 'Mon 17:00, closing is exclusive'],
    [SHOP, '2026-11-28T16:00:00Z', 'America/Chicago', true, 'Sat 10:00'],
    [SHOP, '2026-11-28T18:00:00Z', 'America/Chicago', false, 'Sat 12:00'],
    [SHOP, '2026-11-29T16:00:00Z', 'America/Chicago', false, 'Sun 10:00, closed all day'],
    [SHOP, '2026-11-30T20:00:00Z', 'America/Chicago', true, 'Mon 14:00 in Chicago'],
    [SHOP, '2026-11-30T20:00:00Z', 'Europe/London', false, 'Mon 20:00 in London'],
    [SHOP, '2026-11-30T20:00:00Z', 'Asia/Kolkata', false, 'Tue 01:30 in India'],
    [SHOP, '2026-11-30T03:00:00Z', 'Asia/Kolkata', true, 'Mon 08:30 in India (UTC+5:30)'],
    [SHOP, '2026-11-29T22:00:00Z', 'Australia/Sydney', true, 'Mon 09:00 in Sydney'],
    [SHOP, '2026-11-29T22:00:00Z', 'America/Chicago', false, 'the same instant is Sun 16:00 in Chicago'],
    [SHOP, '2026-07-01T07:30:00Z', 'Europe/London', true, 'Wed 08:30 BST'],
    [SHOP, '2026-12-02T07:30:00Z', 'Europe/London', false, 'Wed 07:30 GMT'],
    [SHOP, '2026-11-30T14:00:00Z', 'UTC', true, 'Mon 14:00 UTC'],
    [SHOP, '2026-11-30T14:00:00Z', '', true, 'a blank zone reads as UTC'],
    // Overnight ranges belong to the day they open
    ['Fri 22:00-02:00', '2026-11-28T03:59:00Z', 'America/Chicago', false, 'Fri 21:59'],
    ['Fri 22:00-02:00', '2026-11-28T05:00:00Z', 'America/Chicago', true, 'Fri 23:00'],
    ['Fri 22:00-02:00', '2026-11-28T07:00:00Z', 'America/Chicago', true, 'Sat 01:00'],
    ['Fri 22:00-02:00', '2026-11-28T08:00:00Z', 'America/Chicago', false, 'Sat 02:00'],
    ['Fri 22:00-02:00', '2026-11-29T07:00:00Z', 'America/Chicago', false, 'Sun 01:00: Saturday has no range'],
    ['Sat 23:00-01:00', '2026-11-29T06:30:00Z', 'America/Chicago', true, 'Sun 00:30, across the week boundary'],
    ['Sun 22:00-02:00', '2026-11-30T07:30:00Z', 'America/Chicago', true, 'Mon 01:30'],
    ['Mon-Fri 08:00-12:00, 13:00-17:00', '2026-11-30T18:30:00Z', 'America/Chicago', false, 'Mon 12:30, lunch'],
    ['Mon-Fri 08:00-12:00, 13:00-17:00', '2026-11-30T19:30:00Z', 'America/Chicago', true, 'Mon 13:30'],
    ['24/7', '2026-11-29T09:00:00Z', 'America/Chicago', true, 'Sun 03:00'],
    // Spring forward, Sun 2026-03-08: 02:00 CST jumps to 03:00 CDT; ranges keep their wall clock
    ['Sun 08:00-17:00', '2026-03-08T12:59:00Z', 'America/Chicago', false, 'DST day 07:59 CDT'],
    ['Sun 08:00-17:00', '2026-03-08T13:30:00Z', 'America/Chicago', true, 'DST day 08:30 CDT (07:30 in CST)'],
    ['Sun 08:00-17:00', '2026-03-08T21:59:00Z', 'America/Chicago', true, 'DST day 16:59 CDT'],
    ['Sun 08:00-17:00', '2026-03-08T22:00:00Z', 'America/Chicago', false, 'DST day 17:00 CDT'],
    ['Sat 22:00-02:00', '2026-03-08T07:59:00Z', 'America/Chicago', true, 'Sun 01:59 CST, just before the jump'],
    ['Sat 22:00-02:00', '2026-03-08T08:00:00Z', 'America/Chicago', false, 'Sun 03:00 CDT, right after the jump'],
    // Fall back, Sun 2026-11-01: 02:00 CDT falls back to 01:00 CST; 01:xx happens twice
    ['Sun 08:00-17:00', '2026-11-01T13:30:00Z', 'America/Chicago', false, 'fall-back day 07:30 CST'],
    ['Sun 08:00-17:00', '2026-11-01T14:00:00Z', 'America/Chicago', true, 'fall-back day 08:00 CST'],
    ['Sun 08:00-17:00', '2026-11-01T22:59:00Z', 'America/Chicago', true, 'fall-back day 16:59 CST'],
    ['Sun 08:00-17:00', '2026-11-01T23:00:00Z', 'America/Chicago', false, 'fall-back day 17:00 CST'],
    ['Sat 22:00-01:30', '2026-11-01T06:15:00Z', 'America/Chicago', true, 'first 01:15 (CDT)'],
    ['Sat 22:00-01:30', '2026-11-01T06:45:00Z', 'America/Chicago', false, 'first 01:45 (CDT)'],
    ['Sat 22:00-01:30', '2026-11-01T07:15:00Z', 'America/Chicago', true, 'second 01:15 (CST)'],
    ['Sat 22:00-01:30', '2026-11-01T07:30:00Z', 'America/Chicago', false, 'second 01:30 (CST)'],
    // Europe's own DST dates (2026-03-29)
    ['Sun 09:00-17:00', '2026-03-29T08:00:00Z', 'Europe/London', true, 'Sun 09:00 BST on the change day'],
    ['Sun 09:00-17:00', '2026-03-29T16:30:00Z', 'Europe/London', false, 'Sun 17:30 BST on the change day'],
  ])('%s at %s in %j: open %s (%s)', (hours, instant, zone, open) => {
    expect(isOpenAt(parseBusinessHours(hours), new Date(instant), zone)).toBe(open);
  });
});

describe('time zones are checked', () => {
  test.each(['America/Chicgo', 'Central', 'GMT+25'])('%j is refused with a plain message', (zone) => {
    const check = () => isOpenAt(parseBusinessHours(SHOP), new Date('2026-11-30T14:00:00Z'), zone);
    expect(check).toThrow(InputError);
    expect(check).toThrow(`\`${zone}\` is not a time zone. Use a name like America/Chicago.`);
  });
});

describe('afterHoursFor gives the after_hours output', () => {
  const monday8amChicago = new Date('2026-11-30T14:00:00Z');
  const sunday10amChicago = new Date('2026-11-29T16:00:00Z');

  test.each<[string | undefined | null, Date, string, boolean | null]>([
    [undefined, monday8amChicago, 'America/Chicago', null],
    [null, monday8amChicago, 'America/Chicago', null],
    ['', monday8amChicago, 'America/Chicago', null],
    ['  ', monday8amChicago, 'America/Chicago', null],
    ['', monday8amChicago, 'America/Chicgo', null],
    [SHOP, monday8amChicago, 'America/Chicago', false],
    [SHOP, sunday10amChicago, 'America/Chicago', true],
    [SHOP, monday8amChicago, 'Europe/London', false],
    [SHOP, monday8amChicago, 'Asia/Tokyo', true],
  ])('%j at %s in %s: %s', (hours, instant, zone, expected) => {
    expect(afterHoursFor(hours, instant, zone)).toBe(expected);
  });

  test('bad hours and bad zones are owner errors', () => {
    expect(() => afterHoursFor('Mon-Fry 9-17', monday8amChicago, 'America/Chicago')).toThrow(InputError);
    expect(() => afterHoursFor(SHOP, monday8amChicago, 'America/Chicgo')).toThrow(
      '`America/Chicgo` is not a time zone. Use a name like America/Chicago.',
    );
  });
});
