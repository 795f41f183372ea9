import { InputError } from '../../../lib/errors/input-error';
import { isLateCall } from '../../../lib/text-back/history';
import { parseQuietHours, quietHoursCheck } from '../../../lib/text-back/quiet-hours';

const NOW = new Date('2026-11-30T05:30:00Z'); // 11:30 PM in Chicago
const minutesBefore = (minutes: number) =>
  new Date(NOW.getTime() - minutes * 60000).toISOString().replace('.000Z', 'Z');

describe('quiet hours', () => {
  const facts = (typed: string | undefined, minutesOld: number, timeZone = 'America/Chicago') => {
    const startedAt = minutesBefore(minutesOld);
    return quietHoursCheck({
      quietHours: parseQuietHours(typed),
      lateCall: isLateCall(startedAt, NOW),
      callStartedAt: startedAt,
      now: NOW,
      timeZone,
      shown: '(512) 555-0112',
    });
  };

  test('an old call at 11:30 PM is held back by the default 21:00-08:00; the skip names the hours', () => {
    expect(facts('21:00-08:00', 90)).toEqual({
      reason: 'quiet_hours',
      facts: { number: '(512) 555-0112', at: minutesBefore(90), detail: '9:00 PM to 8:00 AM' },
    });
  });

  test('a call within the hour ignores quiet hours; outside them nothing is held back', () => {
    expect(facts('21:00-08:00', 30)).toBeNull();
    expect(facts('21:00-08:00', 90, 'UTC')).not.toBeNull(); // 5:30 AM UTC is quiet too...
    expect(facts('06:00-07:00', 90, 'UTC')).toBeNull(); // ...but not inside 06:00-07:00
    expect(facts('9pm-8am', 90)).not.toBeNull();
  });

  test.each([
    ['20:59', '2026-12-01T02:59:00Z', false],
    ['21:00 exactly', '2026-12-01T03:00:00Z', true],
    ['7:59 AM', '2026-11-30T13:59:00Z', true],
    ['8:00 AM exactly', '2026-11-30T14:00:00Z', false],
  ])('21:00-08:00 in Chicago at %s: quiet %p', (_time, instant, quiet) => {
    const check = quietHoursCheck({
      quietHours: parseQuietHours('21:00-08:00'),
      lateCall: true,
      callStartedAt: null,
      now: new Date(instant),
      timeZone: 'America/Chicago',
      shown: '(512) 555-0112',
    });
    expect(check?.reason ?? null).toBe(quiet ? 'quiet_hours' : null);
  });

  test.each(['', '  ', 'off', 'None', undefined])('%p turns quiet hours off', (typed) => {
    expect(parseQuietHours(typed)).toBeNull();
    expect(facts(typed, 600)).toBeNull();
  });

  test("an unreadable range is the owner's plain error", () => {
    expect(() => parseQuietHours('after dinner')).toThrow(InputError);
    expect(() => parseQuietHours('after dinner')).toThrow(
      'Quiet Hours "after dinner" is not a time range. Write it like 21:00-08:00 (9 PM to 8 AM), or leave it blank to text at any hour.',
    );
  });
});
