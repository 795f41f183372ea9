import type { MissedReason } from '../../lib/missed-calls/item';
import { callerIdentity, parsePhone } from '../../lib/phone/parse';
import { sandboxClient } from '../../sandbox/client';
import {
  EXISTING_STATUS_CALLBACK,
  EXPECTED_VERDICTS,
  OFFICE_APP_LINE,
  TRACKING_LINE,
  TRUNK_LINE,
} from '../../sandbox/scenario';
import type { ScenarioCall, TextBackVerdict, Verdict } from '../../sandbox/scenario-types';
import { type Sandbox, startSandbox } from '../../sandbox/server';

/**
 * The scenario is the yardstick other tests measure the app with, so its verdicts are checked here against the
 * contract's classification rules, applied to the sandbox's own API answers.
 */

type ApiCall = Record<string, string | null>;
type ApiRecording = Record<string, string | null>;

const HOUR = 3_600_000;
const LEG_REASONS: Record<string, MissedReason> = {
  'no-answer': 'no_answer',
  busy: 'busy',
  failed: 'failed',
  canceled: 'hung_up',
};
const LEG_PREFERENCE: MissedReason[] = ['no_answer', 'busy', 'failed', 'hung_up'];

/** The contract's "Twilio classification", written out independently of the app. */
function referenceVerdict(call: ApiCall, legs: ApiCall[], recordings: ApiRecording[]): Verdict {
  if (call.direction !== 'inbound' || call.parent_call_sid) return 'not_a_caller';
  if (['queued', 'ringing', 'in-progress'].includes(call.status!)) return 'not_final';
  const missed = (reason: MissedReason): Verdict => ({ missed_reason: reason, voicemail: false, voicemail_url: null });
  if (call.status !== 'completed') return missed(LEG_REASONS[call.status!]);
  if (legs.some((leg) => leg.status === 'completed' && [null, 'human', 'unknown'].includes(leg.answered_by)))
    return 'answered';
  if (recordings.some((r) => r.source === 'RecordVerb' && ['completed', 'processing'].includes(r.status!))) {
    return { missed_reason: 'voicemail', voicemail: true, voicemail_url: 'recording' };
  }
  if (legs.some((leg) => /^(machine|fax)/.test(leg.answered_by ?? '')))
    return { missed_reason: 'voicemail', voicemail: true, voicemail_url: null };
  const reasons = legs.map((leg) => LEG_REASONS[leg.status!]).filter(Boolean);
  if (reasons.length) return missed(LEG_PREFERENCE.find((reason) => reasons.includes(reason))!);
  return missed('no_answer');
}

let sandbox: Sandbox;
let calls: ApiCall[];
let recordings: ApiRecording[];
let entries: Array<ScenarioCall & { sid: string }>;

beforeAll(async () => {
  sandbox = await startSandbox();
  const client = sandboxClient(sandbox, { username: sandbox.accountSid, password: sandbox.authToken });
  calls = (await client.get('/Calls.json', { PageSize: '1000' })).body.calls;
  recordings = (await client.get('/Recordings.json', { PageSize: '1000' })).body.recordings;
  entries = sandbox.scenarioCalls();
});
afterAll(() => sandbox.stop());

const callOf = (key: string) => calls.find((call) => call.sid === sandbox.callSid(key))!;
const legsOf = (sid: string) => calls.filter((call) => call.parent_call_sid === sid);
const isCallerLeg = (call: ApiCall) =>
  call.direction === 'inbound' &&
  !call.parent_call_sid &&
  sandbox.state.numbers.some((number) => number.phoneNumber === call.to);
const entryWhere = (test: (entry: ScenarioCall & { sid: string }) => boolean) => entries.filter(test);

test('has at least 30 caller calls', () => {
  expect(calls.filter(isCallerLeg).length).toBeGreaterThanOrEqual(30);
  expect(entries.filter((entry) => isCallerLeg(callOf(entry.key))).length).toBeGreaterThanOrEqual(30);
});

test('every entry has a verdict that the contract rules give too', () => {
  const disagreements = entries.flatMap((entry) => {
    const call = callOf(entry.key);
    const verdict = referenceVerdict(
      call,
      legsOf(call.sid!),
      recordings.filter((r) => r.call_sid === call.sid),
    );
    return JSON.stringify(verdict) === JSON.stringify(entry.expect)
      ? []
      : [`${entry.key}: scenario says ${JSON.stringify(entry.expect)}, rules say ${JSON.stringify(verdict)}`];
  });
  expect(disagreements).toEqual([]);
  expect(EXPECTED_VERDICTS).toEqual(Object.fromEntries(entries.map((entry) => [entry.key, entry.expect])));
});

test('withheld callers are exactly the ones the phone helpers cannot read', () => {
  for (const entry of entries.filter((e) => isCallerLeg(callOf(e.key)))) {
    expect([entry.key, callerIdentity(entry.from).caller_id_withheld]).toEqual([entry.key, entry.withheld === true]);
  }
});

const missedWith = (reason: MissedReason) => (e: ScenarioCall) =>
  typeof e.expect === 'object' && e.expect.missed_reason === reason;
const legsWith = (test: (legs: ApiCall[]) => boolean) => (e: ScenarioCall & { sid: string }) => test(legsOf(e.sid));
const recordingWith = (source: string, status: string) => (e: ScenarioCall & { sid: string }) =>
  recordings.some((r) => r.call_sid === e.sid && r.source === source && r.status === status);
const inboundTexts = (from: string) =>
  sandbox.state.messages.filter((m) => m.direction === 'inbound' && m.from === from);

test.each<[string, (e: ScenarioCall & { sid: string }) => boolean]>([
  [
    'answered on the forwarded phone',
    (e) => e.expect === 'answered' && legsWith((legs) => legs.length === 1 && legs[0].status === 'completed')(e),
  ],
  [
    'forwarded, nobody picked up',
    (e) => missedWith('no_answer')(e) && legsWith((legs) => legs.length === 1 && legs[0].status === 'no-answer')(e),
  ],
  ['forwarded leg busy', (e) => e.status === 'completed' && missedWith('busy')(e)],
  ["caller's leg busy", (e) => e.status === 'busy'],
  ["caller's leg no-answer", (e) => e.status === 'no-answer'],
  ["caller's leg failed", (e) => e.status === 'failed'],
  ["caller's leg canceled", (e) => e.status === 'canceled'],
  ['voicemail recording (RecordVerb completed)', recordingWith('RecordVerb', 'completed')],
  ['a recording absent', recordingWith('RecordVerb', 'absent')],
  [
    'forwarded leg answered by a machine',
    legsWith((legs) => legs.some((leg) => leg.answered_by === 'machine_end_beep')),
  ],
  ['simultaneous ringing, one answered', (e) => e.expect === 'answered' && legsWith((legs) => legs.length === 2)(e)],
  [
    'simultaneous ringing, none answered (no-answer + busy)',
    legsWith(
      (legs) =>
        legs
          .map((l) => l.status)
          .sort()
          .join() === 'busy,no-answer',
    ),
  ],
  [
    'hung up in the menu (completed, no legs, no recording)',
    (e) => e.status === 'completed' && !e.legs && !e.recording && e.direction === undefined,
  ],
  ['a call still in progress', (e) => e.status === 'in-progress'],
  ['a ringing call', (e) => e.status === 'ringing'],
  ['withheld +266696687', (e) => e.from === '+266696687'],
  ['withheld +7378742833', (e) => e.from === '+7378742833'],
  ['a client: caller', (e) => e.from.startsWith('client:')],
  ['a sip: caller', (e) => e.from.startsWith('sip:')],
  [
    'an invalid caller number',
    (e) =>
      /^\+\d+$/.test(e.from) &&
      !parsePhone(e.from) &&
      e.withheld === true &&
      e.from !== '+266696687' &&
      e.from !== '+7378742833',
  ],
  ['an outbound call from the business', (e) => e.direction === 'outbound-api' && e.expect === 'not_a_caller'],
  [
    'a repeat caller (two missed calls)',
    (e) => entries.filter((other) => other.from === e.from && typeof other.expect === 'object').length === 2,
  ],
  [
    'a caller who texted STOP last month',
    (e) =>
      inboundTexts(e.from).some(
        (m) => m.body === 'STOP' && sandbox.now.getTime() - m.dateSent!.getTime() >= 29 * 24 * HOUR,
      ),
  ],
  [
    'a caller who texted STOP, later START',
    (e) =>
      inboundTexts(e.from)
        .map((m) => m.body.replace(/\W/g, '').toUpperCase())
        .join() === 'STOP,START',
  ],
  ['a Jamaican +1876 caller', (e) => e.from.startsWith('+1876') && parsePhone(e.from)?.country === 'JM'],
  ['a UK caller', (e) => parsePhone(e.from)?.country === 'GB'],
  [
    'a landline (Lookup answers landline)',
    (e) => e.from.startsWith('+1') && sandbox.state.lookups.get(e.from)?.type === 'landline',
  ],
  [
    'called back by the business and reached',
    (e) =>
      typeof e.expect === 'object' &&
      entries.some(
        (o) =>
          o.direction === 'outbound-api' && o.to === e.from && o.status === 'completed' && o.minutesAgo < e.minutesAgo,
      ),
  ],
  [
    'called again and got through',
    (e) =>
      typeof e.expect === 'object' &&
      entries.some((o) => o.from === e.from && o.expect === 'answered' && o.minutesAgo < e.minutesAgo),
  ],
  ['replied YES to a text-back', (e) => inboundTexts(e.from).some((m) => m.body === 'YES')],
  ['asked a question after a text-back', (e) => inboundTexts(e.from).some((m) => m.body.includes('?'))],
  ['wrote "please stop texting me"', (e) => inboundTexts(e.from).some((m) => m.body === 'please stop texting me')],
  ['a call on the TwiML App number', (e) => e.to === OFFICE_APP_LINE],
  ['a call on the number with an existing status callback', (e) => e.to === TRACKING_LINE],
  ['a call on the SIP trunk number (not a caller leg)', (e) => e.to === TRUNK_LINE && e.expect === 'not_a_caller'],
  ['a missed call outside the 24-hour polling window', (e) => typeof e.expect === 'object' && e.minutesAgo > 24 * 60],
])('covers: %s', (_, situation) => {
  expect(entryWhere(situation).map((entry) => entry.key)).not.toEqual([]);
});

test('the numbers the instant trigger must refuse are set up that way', () => {
  const byNumber = (e164: string) => sandbox.state.numbers.find((number) => number.phoneNumber === e164)!;
  expect(byNumber(OFFICE_APP_LINE).voiceApplicationSid).toMatch(/^AP[0-9a-f]{32}$/);
  expect(byNumber(TRACKING_LINE).statusCallback).toBe(EXISTING_STATUS_CALLBACK);
  expect(byNumber(TRUNK_LINE).trunkSid).toMatch(/^TK[0-9a-f]{32}$/);
});

/** What must hold in the data for each Send Text-Back verdict (default inputs: from the number that was called). */
const TEXT_BACK_EVIDENCE: Record<TextBackVerdict, (e: ScenarioCall) => boolean> = {
  sent: (e) =>
    parsePhone(e.from)?.country === 'US' &&
    !sandbox.state.messages.some(
      (m) =>
        m.direction === 'outbound-api' && m.to === e.from && sandbox.now.getTime() - m.dateSent!.getTime() < 24 * HOUR,
    ),
  invalid_number: (e) => !parsePhone(e.from),
  not_textable: (e) =>
    !parsePhone(e.from) || ['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST'].includes(parsePhone(e.from)!.type ?? ''),
  country_not_allowed: (e) => parsePhone(e.from)?.country !== 'US',
  opted_out: (e) => inboundTexts(e.from).some((m) => /stop/i.test(m.body)),
  no_consent: () => false,
  cooldown: (e) =>
    sandbox.state.messages.some(
      (m) =>
        m.direction === 'outbound-api' && m.to === e.from && sandbox.now.getTime() - m.dateSent!.getTime() < 24 * HOUR,
    ),
  already_connected: (e) =>
    entries.some(
      (o) =>
        o.key !== e.key &&
        o.minutesAgo < e.minutesAgo &&
        (((o.from === e.from || o.to === e.from) &&
          o.status === 'completed' &&
          (o.direction === 'outbound-api' || o.expect === 'answered')) ||
          // A click-to-call: the caller is reached on the `<Dial>` leg of the business's outbound call.
          (o.direction === 'outbound-api' &&
            (o.legs ?? []).some((leg) => leg.to === e.from && leg.status === 'completed'))),
    ),
  landline: (e) => sandbox.state.lookups.get(e.from)?.type === 'landline',
};

test('every text-back verdict is backed by the data', () => {
  const unbacked = entries
    .filter((e) => e.textBack && !TEXT_BACK_EVIDENCE[e.textBack](e))
    .map((e) => `${e.key}: ${e.textBack}`);
  expect(unbacked).toEqual([]);
  const verdicts = new Set(entries.map((e) => e.textBack));
  for (const verdict of [
    'sent',
    'not_textable',
    'country_not_allowed',
    'opted_out',
    'cooldown',
    'already_connected',
  ] as const)
    expect(verdicts).toContain(verdict);
});

test('every call sits in the last 24 hours except the one meant to be older', () => {
  const older = entries.filter((e) => Date.parse(callOf(e.key).start_time!) < sandbox.now.getTime() - 24 * HOUR);
  expect(older.map((e) => e.key)).toEqual(['yesterday-missed']);
});
