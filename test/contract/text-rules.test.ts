/** The text rules the integration checks use: title case, Markdown links, ISO 8601 dates in samples. */
import {
  isIsoDateTimeWithOffset,
  markdownLinkProblems,
  sampleDateProblem,
  titleCaseViolations,
} from '../helpers/text-rules';

describe('text rules', () => {
  test.each([
    ['Send Text-Back', []],
    ['New Missed Call (Instant)', []],
    ['Duration (Seconds)', []],
    ['Phone Number (E.164)', []],
    ['Caller Number (National Format)', []],
    ['Only Text People Who Called', []],
    ['New Missed Call from Another Phone System', []],
    ['Count Voicemails as Missed', []],
    ['A Call to the Business', []],
    ['Consent Window (Hours)', []],
    ['Send text-back', ['text-back']],
    ['business name', ['business', 'name']],
    ['the Business', ['the']],
    ['Duration (seconds)', ['(seconds)']],
    ['Opt-out Text', ['Opt-out']],
    ['SMS/MMS Count', []],
    ['Yes/no Answer', ['Yes/no']],
  ])('title case of %j', (label, violations) => {
    expect(titleCaseViolations(label)).toEqual(violations);
  });

  test.each([
    ['Find it in the [Twilio Console](https://console.twilio.com).', 0],
    ['Two: [one](https://a.example.com/x) and [two](https://b.example.com/y?q=1).', 0],
    ['Code stays code: `[0-9]` and `Mon-Fri 08:00-17:00`.', 0],
    ['No links at all, just (parentheses).', 0],
    ['[Console](http://console.twilio.com)', 1],
    ['[Console](https://console twilio.com)', 1],
    ['[Console] (https://console.twilio.com)', 1],
    ['[](https://console.twilio.com)', 1],
    ['See [Console(https://console.twilio.com)', 1],
    ['See Console](https://console.twilio.com)', 1],
  ])('markdown links in %j', (text, count) => {
    expect(markdownLinkProblems(text)).toHaveLength(count);
  });

  test.each([
    ['2026-11-29T14:03:00Z', true],
    ['2026-11-29T14:03:00.250Z', true],
    ['2026-11-29T08:03:00-06:00', true],
    ['2026-11-29T08:03:00-0600', true],
    ['2026-11-29T14:03:00', false],
    ['2026-11-29', false],
    ['2026-13-45T14:03:00Z', false],
    ['Sun, 29 Nov 2026 14:03:00 +0000', false],
  ])('%j is an ISO 8601 date-time with an offset: %s', (value, expected) => {
    expect(isIsoDateTimeWithOffset(value)).toBe(expected);
  });

  test.each([
    ['called_at', '2026-11-29T14:03:00Z', null],
    ['called_at', null, null],
    ['period_start', '2026-11-22', 'not ISO 8601'],
    ['last_call_at', 1795960980, 'not an ISO 8601'],
    ['body', 'Call us back at 5pm.', null],
    ['id', 'report:2026-11-22T14:00:00Z:2026-11-29T14:00:00Z:all', null],
    ['label', '2026-11-29 14:03', 'not ISO 8601'],
  ])('sample %s = %j', (sampleKey, value, problem) => {
    const found = sampleDateProblem(sampleKey, value);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});
