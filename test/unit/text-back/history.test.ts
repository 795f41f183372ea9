import type { NumberHistory } from '../../../lib/history/number-history';
import { checkNumber } from '../../../lib/text-back/checks';
import { answeredCall, isLateCall, withHistory } from '../../../lib/text-back/history';
import { resolveRequest } from '../../../lib/text-back/resolve';
import type { TextBackSettings } from '../../../lib/text-back/settings';
import { CALL_SID, call, history, minutesAgo, NOW, settings } from './records';

const OTHER_CALL = `CA${'2'.repeat(32)}`;
const EVIDENCE = { callId: OTHER_CALL, calledAt: minutesAgo(720) };

describe('the call a text answers (contract: Times and promises)', () => {
  test.each([
    [
      "call_id's Twilio call first",
      { callId: CALL_SID, calledAt: minutesAgo(5) },
      { sid: CALL_SID, at: minutesAgo(90), source: 'call_id' },
    ],
    [
      'then called_at',
      { callId: 'aircall:1', calledAt: minutesAgo(5) },
      { sid: null, at: minutesAgo(5), source: 'called_at' },
    ],
    [
      'a call_id the log does not hold falls to called_at',
      { callId: OTHER_CALL, calledAt: minutesAgo(5) },
      { sid: null, at: minutesAgo(5), source: 'called_at' },
    ],
    ['else the consent call', {}, { sid: OTHER_CALL, at: minutesAgo(720), source: 'consent_call' }],
    [
      'an unreadable called_at is no time: the consent call',
      { calledAt: 'yesterday-ish' },
      { sid: OTHER_CALL, at: minutesAgo(720), source: 'consent_call' },
    ],
  ] as [string, Partial<TextBackSettings>, unknown][])('%s', (_name, given, expected) => {
    expect(answeredCall([call(90)], given, EVIDENCE)).toEqual(expected);
  });

  test('with no call known at all there is none', () => {
    expect(answeredCall([], { callId: 'aircall:1' }, null)).toBeNull();
  });

  test.each([
    [59, false],
    [60, false],
    [61, true],
    [720, true],
    [0, false],
    [-2, false],
    // A call dated more than a clock's drift ahead is of unknown age: old, never recent (fail closed).
    [-3, true],
    [-30, true],
    [-60 * 24 * 365 * 7000, true],
  ])('%p minutes old: late %p', (minutes, late) => {
    expect(isLateCall(minutesAgo(minutes), NOW)).toBe(late);
  });

  test('a time that is no date counts as old, never as recent', () => {
    expect(isLateCall('not a date', NOW)).toBe(true);
  });

  test('a call nobody can date counts as old, never as recent', () => {
    expect(isLateCall(null, NOW)).toBe(true);
  });
});

describe('the request after the history: the call it answers picks the text', () => {
  const seen = (extra: Partial<TextBackSettings>, records: Partial<NumberHistory>) => {
    const request = resolveRequest(settings({ quietHours: '', ...extra }), { now: NOW });
    const number = checkNumber(request);
    if (!('customer' in number)) throw new Error(number.skip.reason);
    return withHistory(request, number.customer, { history: history(records), lineType: null, rememberedSid: null });
  };

  test('without call_id or called_at, a consent call 12 hours old is promised no minutes', () => {
    const request = seen({}, { calls: [call(720)] });
    expect(request).toMatchObject({ lateCall: true, callStartedAt: minutesAgo(720) });
    expect(request.composed.body).toBe(
      "Hi there, sorry Rapid Rooter Plumbing missed your call! We'll call you back as soon as we can. Reply YES to confirm. Reply STOP to opt out.",
    );
  });

  test('a consent call 2 minutes old keeps the promise of minutes', () => {
    const request = seen({}, { calls: [call(2)] });
    expect(request).toMatchObject({ lateCall: false, callStartedAt: minutesAgo(2) });
    expect(request.composed.body).toContain('within 5 min');
  });

  test('consent not required and nothing in the log: the call counts as old', () => {
    const request = seen({ requireCallerConsent: false }, {});
    expect(request).toMatchObject({ answers: null, lateCall: true, callStartedAt: null, evidence: null });
    expect(request.composed.body).toContain('as soon as we can');
  });
});
