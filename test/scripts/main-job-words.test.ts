import { callerWords, dateAndTime, duration, missedReasonWords, rate, skipWords } from '../../scripts/main-job/words';

describe('the report says things in words', () => {
  test.each([
    [0, '0 s'],
    [41, '41 s'],
    [76, '1 min 16 s'],
    [120, '2 min'],
    [3600, '1 h'],
    [3660, '1 h 1 min'],
    [41100, '11 h 25 min'],
    [86400, '1 day'],
    [90000, '1 day 1 h'],
    [200000, '2 days 7 h'],
    [null, 'not known'],
  ])('%p seconds read "%s"', (seconds, words) => {
    expect(duration(seconds)).toBe(words);
  });

  test('rates say what they are a rate of', () => {
    expect(rate(2, 9, 'texted callers', 'replied or called back')).toBe(
      '2 of 9 texted callers replied or called back (22%)',
    );
    expect(rate(0, 0, 'texted callers', 'replied or called back')).toBe('0 of 0 texted callers replied or called back');
  });

  test('calls carry their date', () => {
    expect(dateAndTime('2026-11-29T07:08:00Z', 'America/Chicago')).toBe('Sun, Nov 29, 1:08 AM');
  });

  test('codes become words', () => {
    expect(['no_answer', 'busy', 'hung_up', 'voicemail', 'constructor'].map(missedReasonWords)).toEqual([
      'nobody answered',
      'the line was busy',
      'hung up before anyone answered',
      'left a voicemail',
      'the call was missed',
    ]);
    expect(callerWords({ caller_number_national: null, caller_id_withheld: true })).toBe('Caller ID withheld');
    expect(callerWords({ caller_number_national: '(512) 555-0112', caller_first_name: 'Maria' })).toBe(
      '(512) 555-0112 (Maria)',
    );
    expect(skipWords('quiet_hours')).toMatch(/quiet hours/);
    expect(skipWords('__proto__')).toBe('not sent');
  });
});
