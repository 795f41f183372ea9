import { InputError } from '../../../lib/errors/input-error';
import { clockTime, opensAt } from '../../../lib/time/next-opening';

const HOURS = 'Mon-Fri 08:00-17:00, Sat 09:00-12:00';
const CHICAGO = 'America/Chicago';
/** Wall-clock times in Chicago (UTC-6 in late November, UTC-5 in summer). Nov 30, 2026 is a Monday. */
const at = (iso: string) => new Date(iso);

describe('{opens_at}: when the business next opens, on its own wall clock (contract: After hours)', () => {
  test.each([
    ['Monday 1:08 AM: later today', '2026-11-30T07:08:00Z', 'at 8:00 AM'],
    ['Monday 7:59 AM', '2026-11-30T13:59:00Z', 'at 8:00 AM'],
    ['Monday 8:00 AM, open: tomorrow', '2026-11-30T14:00:00Z', 'tomorrow at 8:00 AM'],
    ['Monday 5:30 PM', '2026-11-30T23:30:00Z', 'tomorrow at 8:00 AM'],
    ['Monday 11:22 PM', '2026-12-01T05:22:00Z', 'tomorrow at 8:00 AM'],
    ['Friday 6 PM: Saturday', '2026-12-05T00:00:00Z', 'tomorrow at 9:00 AM'],
    ['Saturday 1 PM: Monday', '2026-12-05T19:00:00Z', 'on Monday at 8:00 AM'],
    ['Sunday 3:08 AM: tomorrow', '2026-12-06T09:08:00Z', 'tomorrow at 8:00 AM'],
    ['Saturday 12:30 AM: later today', '2026-12-05T06:30:00Z', 'at 9:00 AM'],
    ['summer time, Monday 6 AM CDT', '2026-07-13T11:00:00Z', 'at 8:00 AM'],
  ])('%s', (_case, instant, expected) => {
    expect(opensAt(HOURS, at(instant), CHICAGO)).toBe(expected);
  });

  test('a weekly opening a week away names the weekday', () => {
    // Wednesday 10 AM, open only Wednesdays 9-12: next Wednesday
    expect(opensAt('Wed 09:00-12:00', at('2026-12-02T16:00:00Z'), CHICAGO)).toBe('on Wednesday at 9:00 AM');
  });

  test('afternoon and half-hour openings read as a person says them', () => {
    expect(opensAt('Tue 12:30-18:00', at('2026-11-30T18:00:00Z'), CHICAGO)).toBe('tomorrow at 12:30 PM');
    expect([0, 30, 480, 720, 750, 1020, 1439].map(clockTime)).toEqual([
      '12:00 AM',
      '12:30 AM',
      '8:00 AM',
      '12:00 PM',
      '12:30 PM',
      '5:00 PM',
      '11:59 PM',
    ]);
  });

  test('the zone decides the day: 11 PM in Chicago is already tomorrow in UTC', () => {
    expect(opensAt(HOURS, at('2026-12-01T05:00:00Z'), CHICAGO)).toBe('tomorrow at 8:00 AM');
    expect(opensAt(HOURS, at('2026-12-01T05:00:00Z'), 'UTC')).toBe('at 8:00 AM');
  });

  test('hours past midnight and the night clocks change', () => {
    // Open Friday 10 PM to 2 AM; Saturday 3 AM is closed until next Friday night
    expect(opensAt('Fri 22:00-02:00', at('2026-11-28T09:00:00Z'), CHICAGO)).toBe('on Friday at 10:00 PM');
    // Sunday 1:30 AM CST, half an hour before clocks go forward (March 8, 2026), and CDT on the night they go back
    expect(opensAt(HOURS, at('2026-03-08T07:30:00Z'), CHICAGO)).toBe('tomorrow at 8:00 AM');
    expect(opensAt(HOURS, at('2026-11-01T06:30:00Z'), CHICAGO)).toBe('tomorrow at 8:00 AM');
    // Saturday 11:30 PM CST the night before clocks go forward: Monday, whatever the shorter Sunday
    expect(opensAt(HOURS, at('2026-03-08T05:30:00Z'), CHICAGO)).toBe('on Monday at 8:00 AM');
  });

  test('a business closed all week has no next opening: a plain error', () => {
    expect(() => opensAt('Mon-Sun closed', new Date(), CHICAGO)).toThrow(InputError);
  });

  test("unreadable hours are the owner's plain error", () => {
    expect(() => opensAt('whenever', new Date(), CHICAGO)).toThrow(InputError);
  });
});
