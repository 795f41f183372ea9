import { parseQuietHours, quietHoursCheck } from '../../../lib/text-back/quiet-hours';

/** A late call (over an hour old) checked at `now`, for a business in `timeZone` and a caller at `caller`. */
const check = (now: string, caller: string, timeZone = 'America/New_York', typed = '21:00-08:00') =>
  quietHoursCheck({
    quietHours: parseQuietHours(typed),
    lateCall: true,
    callStartedAt: '2026-12-07T09:00:00Z',
    now: new Date(now),
    timeZone,
    shown: caller,
    customer: { e164: caller },
  });

const CALIFORNIA = '+14155550123';

describe("quiet hours hold on the caller's clock too (contract: Times and promises)", () => {
  test("a New York business does not text a California caller at the caller's 6 AM (9 AM in New York)", () => {
    const skip = check('2026-12-07T14:05:00Z', CALIFORNIA);
    expect(skip).toEqual({
      reason: 'quiet_hours',
      facts: {
        number: CALIFORNIA,
        at: '2026-12-07T09:00:00Z',
        detail: '9:00 PM to 8:00 AM',
        clock: { zone: 'America/Los_Angeles', time: '6:05 AM' },
      },
    });
  });

  test('once it is 8 AM in California (11 AM in New York), the text may go', () => {
    expect(check('2026-12-07T16:00:00Z', CALIFORNIA)).toBeNull();
  });

  test("the business's own quiet hours still hold (a New York caller at 10 PM)", () => {
    expect(check('2026-12-08T03:00:00Z', '+12125550123')?.facts.clock).toBeUndefined();
    expect(check('2026-12-08T03:00:00Z', '+12125550123')?.reason).toBe('quiet_hours');
  });

  test('an area code that spans zones is quiet when any of them is: Labrador (Atlantic) before Newfoundland', () => {
    // A London business. 12:10 UTC: 8:40 AM in St. John's, 8:10 AM Atlantic: both awake
    expect(check('2026-12-07T12:10:00Z', '+17095550123', 'Europe/London')).toBeNull();
    // 11:40 UTC: 8:10 AM in St. John's but 7:40 AM Atlantic (Labrador): quiet
    expect(check('2026-12-07T11:40:00Z', '+17095550123', 'Europe/London')?.facts.clock).toEqual({
      zone: 'America/Puerto_Rico',
      time: '7:40 AM',
    });
  });

  test('an Idaho prefix split between Mountain and Pacific time waits for Pacific', () => {
    // 15:30 UTC: 8:30 AM in Boise, 7:30 AM in the Panhandle
    expect(check('2026-12-07T15:30:00Z', '+12083205555')?.facts.clock?.zone).toBe('America/Los_Angeles');
    expect(check('2026-12-07T16:05:00Z', '+12083205555')).toBeNull();
  });

  test('outside +1 the whole country counts: a Sydney business and an Australian mobile at 7:45 AM in Eucla', () => {
    // 23:00 UTC: 10 AM in Sydney (AEDT), 7:45 AM in Eucla, 7 AM in Perth; the first quiet zone is named
    const skip = check('2026-12-06T23:00:00Z', '+61412345678', 'Australia/Sydney');
    expect(skip?.reason).toBe('quiet_hours');
    expect(skip?.facts.clock).toEqual({ zone: 'Australia/Eucla', time: '7:45 AM' });
    // 01:00 UTC: noon in Sydney, 9 AM in Perth, and after 8 AM on every Australian clock... but Lord Howe and
    // Macquarie are east of Sydney, so the night there has long ended too.
    expect(check('2026-12-07T01:00:00Z', '+61412345678', 'Australia/Sydney')).toBeNull();
  });

  test('a Brazilian caller: 8:30 AM in Sao Paulo is still 7:30 AM in Roraima and 6:30 AM in Acre', () => {
    expect(check('2026-12-07T11:30:00Z', '+5511987654321', 'America/Sao_Paulo')?.facts.clock).toEqual({
      zone: 'America/Boa_Vista',
      time: '7:30 AM',
    });
    expect(check('2026-12-07T12:30:00Z', '+5511987654321', 'America/Sao_Paulo')?.facts.clock?.zone).toBe(
      'America/Eirunepe',
    );
    expect(check('2026-12-07T13:30:00Z', '+5511987654321', 'America/Sao_Paulo')).toBeNull();
  });

  test('a number whose region nobody can tell fails closed: it may be night there, so the late text waits', () => {
    const skip = check('2026-12-07T17:00:00Z', '+38344123456');
    expect(skip?.reason).toBe('quiet_hours');
    expect(skip?.facts.clock).toEqual({ zone: null, time: null });
  });

  test('a call within the hour, or quiet hours off, ignores every clock', () => {
    const recent = quietHoursCheck({
      quietHours: parseQuietHours('21:00-08:00'),
      lateCall: false,
      callStartedAt: '2026-12-07T14:00:00Z',
      now: new Date('2026-12-07T14:05:00Z'),
      timeZone: 'America/New_York',
      shown: CALIFORNIA,
      customer: { e164: CALIFORNIA },
    });
    expect(recent).toBeNull();
    expect(check('2026-12-07T14:05:00Z', CALIFORNIA, 'America/New_York', '')).toBeNull();
  });
});
