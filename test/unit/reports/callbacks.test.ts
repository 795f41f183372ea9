import { buildRecoveryReport } from '../../../lib/reports/recovery-report';
import type { Call } from '../../../lib/twilio/resources';
import { callRecord } from '../../helpers/twilio-records';

/** The report's callback figures, from a week of calls computed by hand. */

const MAIN = '+15125550100';
const STAFF = '+15125550111';
const period = { start: new Date('2026-11-22T00:00:00Z'), end: new Date('2026-11-29T00:00:00Z'), label: 'all' };

const call = (from: string, to: string, at: string, status: string, extra: Partial<Call> = {}): Call =>
  callRecord(at, { from, to, status, duration_seconds: 30, ...extra });
const missed = (from: string, at: string) => call(from, MAIN, at, 'no-answer');
const ourCall = (to: string, at: string, status: string, extra: Partial<Call> = {}) =>
  call(MAIN, to, at, status, { direction: 'outbound-api', ...extra });
/** The caller rings again and a person answers on the forwarded phone. */
function answeredCallFrom(from: string, at: string): Call[] {
  const parent = call(from, MAIN, at, 'completed');
  return [parent, call(MAIN, STAFF, at, 'completed', { parent_call_sid: parent.sid, direction: 'outbound-dial' })];
}

const GUS = '+15125550141',
  HAL = '+15125550142',
  IVY = '+15125550143',
  JAY = '+15125550144',
  KIM = '+15125550145',
  MAX = '+15125550146',
  NED = '+15125550147';

// Gus: missed 09:00, we called at 09:05 and he answered -> reached after 5 minutes.
// Hal: missed 10:00, we called at 10:40 and he answered -> reached after 40 minutes.
// Ivy: missed 11:00, we called at 11:20, no answer -> not reached.
// Jay: missed 12:00, he called again at 13:30 and Maria answered -> reached after 90 minutes.
// Kim: missed 14:00 and 16:00, we called at 16:30 and she answered -> reached, 30 minutes after the call it returned.
// Max: we spoke at 08:00, then he missed us at 08:30, nothing since -> not reached (the earlier call does not count).
// Ned: missed 17:00, we called at 17:10 and his voicemail took it -> not reached.
// A withheld caller (anonymous) at 18:00 -> neither: nobody can call them back.
const calls: Call[] = [
  missed(GUS, '2026-11-24T09:00:00Z'),
  ourCall(GUS, '2026-11-24T09:05:00Z', 'completed'),
  missed(HAL, '2026-11-24T10:00:00Z'),
  ourCall(HAL, '2026-11-24T10:40:00Z', 'completed'),
  missed(IVY, '2026-11-24T11:00:00Z'),
  ourCall(IVY, '2026-11-24T11:20:00Z', 'no-answer'),
  missed(JAY, '2026-11-24T12:00:00Z'),
  ...answeredCallFrom(JAY, '2026-11-24T13:30:00Z'),
  missed(KIM, '2026-11-24T14:00:00Z'),
  missed(KIM, '2026-11-24T16:00:00Z'),
  ourCall(KIM, '2026-11-24T16:30:00Z', 'completed'),
  ourCall(MAX, '2026-11-24T08:00:00Z', 'completed'),
  missed(MAX, '2026-11-24T08:30:00Z'),
  missed(NED, '2026-11-24T17:00:00Z'),
  ourCall(NED, '2026-11-24T17:10:00Z', 'completed', { answered_by: 'machine_end_beep' }),
  missed('+266696687', '2026-11-24T18:00:00Z'),
];

test('callers called back, the median minutes to the callback, and callers not reached', () => {
  const report = buildRecoveryReport({ calls, recordings: [], messages: [] }, [MAIN], period);
  expect(report).toMatchObject({
    missed_calls: 9, // Gus, Hal, Ivy, Jay, Kim x2, Max, Ned, the withheld caller
    callers_called_back: 4, // Gus, Hal, Jay, Kim
    median_minutes_to_callback: 35, // 5, 30, 40, 90
    callers_not_reached: 3, // Ivy, Max, Ned
  });
});

test('minutes keep one decimal; nobody reached means no median', () => {
  const quick = [missed(GUS, '2026-11-24T09:00:00Z'), ourCall(GUS, '2026-11-24T09:01:30Z', 'completed')];
  expect(buildRecoveryReport({ calls: quick, recordings: [], messages: [] }, [MAIN], period)).toMatchObject({
    callers_called_back: 1,
    median_minutes_to_callback: 1.5,
    callers_not_reached: 0,
  });
  const none = [missed(IVY, '2026-11-24T11:00:00Z')];
  expect(buildRecoveryReport({ calls: none, recordings: [], messages: [] }, [MAIN], period)).toMatchObject({
    callers_called_back: 0,
    median_minutes_to_callback: null,
    callers_not_reached: 1,
  });
});
