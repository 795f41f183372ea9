import { fromWallClock, parseDate } from '../../../lib/time/dates';
import { localTimeZone, readLocalTime } from '../../../lib/time/local-time';

const iso = (value: unknown, zone?: string) => parseDate(value, zone)?.toISOString().replace('.000Z', 'Z') ?? null;

describe('the forms of a date and time the app reads (contract: Times and promises)', () => {
  test.each<[string, string, string | null]>([
    // Zapier Formatter's local forms, read in the zone given
    ['2026-12-06 11:40', 'America/Los_Angeles', '2026-12-06T19:40:00Z'],
    ['2026-12-06T11:40:00', 'America/Los_Angeles', '2026-12-06T19:40:00Z'],
    ['2026-12-06T11:40:00.250', 'Europe/Berlin', '2026-12-06T10:40:00Z'],
    ['12/06/2026 11:40 AM', 'America/Los_Angeles', '2026-12-06T19:40:00Z'],
    ['12/06/2026 11:40 PM', 'America/New_York', '2026-12-07T04:40:00Z'],
    ['12/6/2026 12:05 am', 'UTC', '2026-12-06T00:05:00Z'],
    ['12/06/2026 23:40', 'UTC', '2026-12-06T23:40:00Z'],
    ['December 6, 2026 11:40 AM', 'America/Chicago', '2026-12-06T17:40:00Z'],
    ['Dec 6 2026 11:40', 'Asia/Tokyo', '2026-12-06T02:40:00Z'],
    // a zone in the text wins over the zone given
    ['2026-12-06T11:40:00Z', 'America/Los_Angeles', '2026-12-06T11:40:00Z'],
    ['2026-12-06T11:40:00-08:00', 'Europe/Berlin', '2026-12-06T19:40:00Z'],
    ['2026-12-06 11:40:00+0530', 'UTC', '2026-12-06T06:10:00Z'],
    ['Sun, 06 Dec 2026 11:40:00 +0000', 'America/Los_Angeles', '2026-12-06T11:40:00Z'],
    ['Sun, 06 Dec 2026 11:40:00 GMT', 'America/Los_Angeles', '2026-12-06T11:40:00Z'],
    ['06 Dec 2026 11:40:00 PST', 'UTC', '2026-12-06T19:40:00Z'],
    ['Sun Dec 06 11:40:00 +0100 2026', 'UTC', '2026-12-06T10:40:00Z'],
    // epoch seconds and milliseconds carry no zone to read
    ['1796557200', 'America/Los_Angeles', '2026-12-06T11:40:00Z'],
    ['1796557200000', 'America/Los_Angeles', '2026-12-06T11:40:00Z'],
    // what a lenient parser would turn into some date, and nobody can read
    ['hello 1', 'UTC', null],
    ['call 5 maybe', 'UTC', null],
    ['06.12.2026 11:40', 'UTC', null],
    ['13/06/2026 11:40', 'UTC', null],
    ['12/06/2026 13:40 PM', 'UTC', null],
    ['2026-02-30 11:40', 'UTC', null],
    ['2026-12-06 24:10', 'UTC', null],
    ['2026-12-06', 'UTC', null],
    ['11:40', 'UTC', null],
    ['yesterday', 'UTC', null],
    ['2026-12-06T11:40:00+25:00', 'UTC', null],
  ])('%p in %s is %p', (text, zone, expected) => {
    expect(iso(text, zone)).toBe(expected);
  });

  test('a long hostile string is refused at once', () => {
    expect(iso(`2026-12-06 11:40${' '.repeat(5000)}x`)).toBeNull();
  });
});

describe('DST gaps and overlaps are read the same way every time: the earlier instant', () => {
  const wall = (day: number, hour: number, minute: number) => ({ year: 2026, month: 3, day, hour, minute });

  test('a time in the spring gap (2:30 AM on March 8 in New York never happened) is read as 1:30 AM EST', () => {
    expect(fromWallClock(wall(8, 2, 30), 'America/New_York').toISOString()).toBe('2026-03-08T06:30:00.000Z');
    expect(iso('2026-03-08 02:30', 'America/New_York')).toBe('2026-03-08T06:30:00Z');
  });

  test('a time in the autumn overlap (1:30 AM on November 1 happened twice) is its first occurrence, EDT', () => {
    expect(iso('2026-11-01 01:30', 'America/New_York')).toBe('2026-11-01T05:30:00Z');
    expect(iso('2026-11-01 00:59', 'America/New_York')).toBe('2026-11-01T04:59:00Z');
    expect(iso('2026-11-01 02:00', 'America/New_York')).toBe('2026-11-01T07:00:00Z');
  });

  test('times next to a transition, and zones with half-hour offsets, keep their plain offset', () => {
    expect(iso('2026-03-08 01:59', 'America/New_York')).toBe('2026-03-08T06:59:00Z');
    expect(iso('2026-03-08 03:00', 'America/New_York')).toBe('2026-03-08T07:00:00Z');
    expect(iso('2026-10-04 02:30', 'Australia/Lord_Howe')).toBe('2026-10-03T15:30:00Z');
    expect(iso('2026-12-06 11:40', 'Asia/Kolkata')).toBe('2026-12-06T06:10:00Z');
  });
});

describe("the zone a local time is read in: the step's, else the Zap's, else the From number's country", () => {
  test.each<[string, Parameters<typeof localTimeZone>[0], string | null]>([
    [
      "the step's Time Zone first",
      { typed: 'America/Denver', zap: 'Europe/Paris', number: '+442079460018' },
      'America/Denver',
    ],
    ["else the Zap's", { zap: 'Europe/Paris', number: '+15125550100' }, 'Europe/Paris'],
    ['an unknown Zap zone is passed over', { zap: 'Mars/Olympus', number: '+442079460018' }, 'Europe/London'],
    ["else the From number's country, when it has one zone", { number: '+442079460018' }, 'Europe/London'],
    ['UTC only when one of them says UTC', { zap: 'UTC', number: '+15125550100' }, 'UTC'],
    ['a country with several zones tells none', { number: '+15125550100' }, null],
    ['nothing at all tells none', {}, null],
  ])('%s', (_name, facts, zone) => {
    expect(localTimeZone(facts)).toBe(zone);
  });
});

describe('readLocalTime: an instant, or the plain reason there is none', () => {
  test('a local Called At in the Zap zone', () => {
    expect(readLocalTime('Called At', '2026-12-06 11:40', { zap: 'America/Los_Angeles' })).toEqual({
      at: '2026-12-06T19:40:00Z',
      problem: null,
    });
  });

  test('blank is simply not given', () => {
    expect(readLocalTime('Called At', undefined, {})).toEqual({ at: null, problem: null });
    expect(readLocalTime('Called At', '  ', {})).toEqual({ at: null, problem: null });
  });

  test('a time with its own zone needs no zone from the step', () => {
    expect(readLocalTime('Called At', '2026-12-06T11:40:00-08:00', {})).toEqual({
      at: '2026-12-06T19:40:00Z',
      problem: null,
    });
  });

  test('a time nobody can read is no time, and says why (never "now")', () => {
    const read = readLocalTime('Called At', 'right after lunch', { zap: 'America/Chicago' });
    expect(read.at).toBeNull();
    expect(read.problem).toBe(
      'Called At "right after lunch" is not a date and time the app can read (write it like 2026-12-06 11:40, or with its offset, 2026-12-06T11:40:00-06:00), so it is no evidence of a call.',
    );
  });

  test('a local time with no zone anywhere is never guessed as UTC', () => {
    const read = readLocalTime('Called At', '2026-12-06 11:40', { number: '+15125550100' });
    expect(read.at).toBeNull();
    expect(read.problem).toBe(
      "Called At \"2026-12-06 11:40\" has no time zone, and neither the step's Time Zone, the Zap's time zone nor the From number's country tells one, so it is no evidence of a call. Set Time Zone, or map the time with its offset.",
    );
  });

  test('what the owner mapped is quoted clipped', () => {
    const read = readLocalTime('Called At', 'x'.repeat(80), {});
    expect(read.problem).toContain(`"${'x'.repeat(37)}..."`);
  });
});
