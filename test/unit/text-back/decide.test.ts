import type { NumberHistory } from '../../../lib/history/number-history';
import { checkNumber } from '../../../lib/text-back/checks';
import { decide } from '../../../lib/text-back/decide';
import { withHistory } from '../../../lib/text-back/history';
import { resolveRequest } from '../../../lib/text-back/resolve';
import type { TextBackSettings } from '../../../lib/text-back/settings';
import type { LineType } from '../../../lib/twilio/client';
import {
  accountNumber,
  CALL_SID,
  CUSTOMER,
  call,
  history,
  MAIN_LINE,
  message,
  minutesAgo,
  NOW,
  reply,
  settings,
} from './records';

interface Row {
  settings?: Partial<TextBackSettings>;
  history?: Partial<NumberHistory>;
  lineType?: LineType['line_type'];
  rememberedSid?: string;
}

/** decide's facts for a row: the request resolved, then seen with the row's records. */
function inputFor(row: Row) {
  const request = resolveRequest(settings(row.settings), { now: NOW });
  const number = checkNumber(request);
  if (!('customer' in number)) throw new Error(`the row's number fails the number checks: ${number.skip.reason}`);
  const lineType = row.lineType ? ({ line_type: row.lineType } as LineType) : null;
  return withHistory(request, number.customer, {
    history: history(row.history),
    lineType,
    rememberedSid: row.rememberedSid ?? null,
  });
}

/** The decision in a few words: what the run does, and the reason or problem behind it. */
function decideFor(row: Row) {
  const decision = decide(inputFor(row));
  return {
    action: decision.action,
    ...('skip' in decision ? { reason: decision.skip.reason } : {}),
    ...('problem' in decision ? { problem: decision.problem } : {}),
    ...('message' in decision ? { replays: decision.message.sid } : {}),
  };
}

const QUIET_NOW = '10:00-12:00'; // 11:00 AM in Chicago is inside
const OTHER_SID = 'SMffffffffffffffffffffffffffffffff';
const called = (minutes: number) => ({ calls: [call(minutes)] });
const NOT_IN_ACCOUNT =
  'The From number (512) 555-0100 is not one of the numbers in this Twilio account, so texts cannot be sent from it. Pick one of your Twilio numbers in From.';

const ROWS: [string, Row, ReturnType<typeof decideFor>][] = [
  ['a caller who called 2 minutes ago gets a text', { history: called(2) }, { action: 'send' }],
  ['a dry run sends nothing and says so', { settings: { dryRun: true }, history: called(2) }, { action: 'dry_run' }],
  [
    'a dry run whose From number is not in the account is refused, not thrown',
    { settings: { dryRun: true }, history: { ...called(2), accountNumbers: [] } },
    { action: 'refuse', problem: NOT_IN_ACCOUNT },
  ],
  [
    'a dry run whose From number cannot text is refused',
    { settings: { dryRun: true }, history: { ...called(2), accountNumbers: [accountNumber({ sms_enabled: false })] } },
    {
      action: 'refuse',
      problem:
        'The From number Main line (512) 555-0100 cannot send texts: SMS is not turned on for it in Twilio. Pick a number that can text in From.',
    },
  ],
  [
    'a dry run through a Messaging Service needs no From number',
    {
      settings: { dryRun: true, from: undefined, messagingServiceSid: `MG${'0'.repeat(32)}` },
      history: { ...called(2), accountNumbers: [] },
    },
    { action: 'dry_run' },
  ],
  [
    'a caller who replied STOP is skipped',
    { history: { ...called(2), inboundMessages: [reply(600, 'STOP')] } },
    { action: 'skip', reason: 'opted_out' },
  ],
  ['no call in the window: no consent', {}, { action: 'skip', reason: 'no_consent' }],
  [
    'consent not required, nothing in the log: a send',
    { settings: { requireCallerConsent: false } },
    { action: 'send' },
  ],
  [
    'a text-back within the cooldown',
    { history: { ...called(2), outboundMessages: [message(120)] } },
    { action: 'skip', reason: 'cooldown' },
  ],
  [
    "a replay of call_id's call returns the text that answered it",
    { settings: { callId: CALL_SID }, history: { ...called(10), outboundMessages: [message(9)] } },
    { action: 'replay', replays: message(9).sid },
  ],
  [
    'a dry run is never a replay',
    { settings: { callId: CALL_SID, dryRun: true }, history: { ...called(10), outboundMessages: [message(9)] } },
    { action: 'skip', reason: 'cooldown' },
  ],
  [
    "the cache's memory of the call's text makes a replay, when the log still shows it",
    {
      settings: { callId: 'aircall:1843219572', cooldownHours: 0 },
      history: { ...called(10), outboundMessages: [message(600, { sid: OTHER_SID })] },
      rememberedSid: OTHER_SID,
    },
    { action: 'replay', replays: OTHER_SID },
  ],
  [
    'a caller the business called back, who picked up',
    {
      settings: { callId: CALL_SID },
      history: {
        calls: [
          call(30),
          call(5, {
            sid: `CA${'1'.repeat(32)}`,
            direction: 'outbound-api',
            from: MAIN_LINE,
            to: CUSTOMER,
            status: 'completed',
          }),
        ],
      },
    },
    { action: 'skip', reason: 'already_connected' },
  ],
  [
    'a call 90 minutes old (call_id) in quiet hours',
    { settings: { callId: CALL_SID, quietHours: QUIET_NOW }, history: called(90) },
    { action: 'skip', reason: 'quiet_hours' },
  ],
  [
    'a call 10 minutes old answers the call whatever the hour',
    { settings: { callId: CALL_SID, quietHours: QUIET_NOW }, history: called(10) },
    { action: 'send' },
  ],
  [
    'without call_id or called_at, the consent call 90 minutes ago sets the age: quiet hours',
    { settings: { quietHours: QUIET_NOW }, history: called(90) },
    { action: 'skip', reason: 'quiet_hours' },
  ],
  [
    'with no known call at all the call counts as old: quiet hours',
    { settings: { requireCallerConsent: false, quietHours: QUIET_NOW } },
    { action: 'skip', reason: 'quiet_hours' },
  ],
  [
    'a landline, when asked to skip them',
    { history: called(2), lineType: 'landline' },
    { action: 'skip', reason: 'landline' },
  ],
  [
    "through a Messaging Service alone, a number outside the account's country",
    {
      settings: { to: '+447911123456', from: undefined, messagingServiceSid: `MG${'0'.repeat(32)}` },
      history: { calls: [call(2, { from: '+447911123456' })] },
    },
    { action: 'skip', reason: 'country_not_allowed' },
  ],
];

describe('decide: the verdict from facts alone, in the contract order, never a throw', () => {
  test.each(ROWS)('%s', (_name, row, expected) => {
    expect(decideFor(row)).toEqual(expected);
  });

  test('the send carries the consent call as its evidence', () => {
    expect(decide(inputFor({ history: called(2) }))).toEqual({
      action: 'send',
      evidence: { callId: CALL_SID, calledAt: minutesAgo(2) },
    });
  });
});
