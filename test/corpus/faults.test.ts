import '../helpers/many-runs';
import type { FaultSpec } from '../../sandbox/faults';
import { MAIN_LINE } from '../../sandbox/scenario';
import { connectionTest, perform, run, useSandbox, zapierRawRequest } from '../helpers/app';

/**
 * Every fault the sandbox can inject, against every operation that talks to Twilio: the owner gets a retryable
 * ThrottledError or a plain error, never a crash; and Send Text-Back, run again the way Zapier retries a failed
 * step, never sends a second text.
 */

const sandbox = useSandbox();
const ZAP_URL = 'https://hooks.zapier.com/hooks/standard/424242/faults/';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Perform = Parameters<typeof run>[1];
type Outcome = { result: unknown; error?: undefined } | { result?: undefined; error: Error };

async function attempt(perform: Perform, bundle: Record<string, unknown>): Promise<Outcome> {
  try {
    return { result: await run(sandbox(), perform, bundle) };
  } catch (error) {
    return { error: error as Error };
  }
}

/** What the owner reads: Zapier's JSON-wrapped errors carry it in `message`. */
function ownerMessage(error: Error): string {
  try {
    const parsed = JSON.parse(error.message) as { message?: unknown };
    if (typeof parsed?.message === 'string') return parsed.message;
  } catch {
    // A plain sentence already.
  }
  return error.message.split('\nWhat happened')[0];
}

function expectOwnerError(error: Error | undefined): asserts error is Error {
  expect(error).toBeDefined();
  expect(['AppError', 'ThrottledError', 'ExpiredAuthError', 'HaltedError']).toContain(error!.name);
  expect(ownerMessage(error!)).toMatch(/^[A-Z(].*[.)]$/s);
  expect(ownerMessage(error!)).not.toMatch(
    /TypeError|Cannot read propert|is not a function|undefined|\[object Object\]|\n\s+at\s/,
  );
}

/** Waits for requests a failed step left in flight, then disarms what is left. */
async function settle(): Promise<void> {
  let seen = -1;
  while (seen !== sandbox().requests.length) {
    seen = sandbox().requests.length;
    await sleep(25);
  }
  sandbox().faults.clear();
}

/**
 * A request slower than the client timeout, met without waiting twenty seconds: the client gives up after
 * `CLIENT_TIMEOUT_MS` (lowered for this test only), the sandbox answers, and does the work, `LATE_BY_MS` later.
 */
const CLIENT_TIMEOUT_MS = 1000;
const LATE_BY_MS = 500;
async function withShortClientTimeout<T>(body: () => Promise<T>): Promise<T> {
  const saved = process.env.TWILIO_CLIENT_TIMEOUT_MS;
  process.env.TWILIO_CLIENT_TIMEOUT_MS = String(CLIENT_TIMEOUT_MS);
  try {
    return await body();
  } finally {
    if (saved === undefined) delete process.env.TWILIO_CLIENT_TIMEOUT_MS;
    else process.env.TWILIO_CLIENT_TIMEOUT_MS = saved;
  }
}
const slowerThanTimeout = { kind: 'slow', delayMs: CLIENT_TIMEOUT_MS + LATE_BY_MS } as const;

let nextCaller = 100;
/** Fresh fictional callers (area code 720) with a missed call a few minutes ago. */
function missedCaller() {
  const from = `+1720555${String(nextCaller++).padStart(4, '0')}`;
  const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 3 });
  return { from, sid: call.sid };
}
const textsTo = (number: string) =>
  sandbox().state.messages.filter((message) => message.to === number && message.direction === 'outbound-api');

/** The sandbox's fault switches, each with the outcome a step that meets it must have. */
const FAULTS: Array<{ fault: Omit<FaultSpec, 'path' | 'method'>; outcome: 'throttled' | 'error' | 'ok' }> = [
  { fault: { kind: '429', retryAfter: 5 }, outcome: 'throttled' },
  { fault: { kind: '500' }, outcome: 'throttled' },
  { fault: { kind: 'garbage' }, outcome: 'throttled' },
  { fault: { kind: 'drop' }, outcome: 'error' },
  { fault: { kind: 'lose_response' }, outcome: 'error' },
  { fault: { kind: '500_after_commit' }, outcome: 'throttled' },
  { fault: { kind: '503_page_after_commit' }, outcome: 'throttled' },
  { fault: { kind: 'slow', delayMs: 50 }, outcome: 'ok' },
];

/** The faults whose request was carried out although the answer says otherwise (or never came). */
const COMMITTED: FaultSpec['kind'][] = ['lose_response', '500_after_commit', '503_page_after_commit'];

/** Each operation that talks to Twilio, with a bundle that would succeed without a fault. */
const OPERATIONS: Array<[string, () => { perform: Perform; bundle: Record<string, unknown> }]> = [
  [
    'send_text_back',
    () => {
      const { from, sid } = missedCaller();
      return {
        perform: perform('creates', 'send_text_back'),
        bundle: { inputData: { to: from, call_id: sid, from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing' } },
      };
    },
  ],
  [
    'send_text_back with a landline check',
    () => {
      const { from, sid } = missedCaller();
      return {
        perform: perform('creates', 'send_text_back'),
        bundle: {
          inputData: {
            to: from,
            call_id: sid,
            from: MAIN_LINE,
            business_name: 'Rapid Rooter Plumbing',
            skip_landlines: 'true',
          },
        },
      };
    },
  ],
  [
    'find_consent',
    () => ({ perform: perform('searches', 'find_consent'), bundle: { inputData: { phone_number: '(512) 555-0123' } } }),
  ],
  [
    'find_recovery_report',
    () => ({ perform: perform('searches', 'find_recovery_report'), bundle: { inputData: { period_days: '7' } } }),
  ],
  ['missed_call', () => ({ perform: perform('triggers', 'missed_call'), bundle: { inputData: {} } })],
  ['text_reply', () => ({ perform: perform('triggers', 'text_reply'), bundle: { inputData: {} } })],
  ['phone_number', () => ({ perform: perform('triggers', 'phone_number'), bundle: { inputData: {} } })],
  [
    'missed_call_instant',
    () => {
      const { sid } = missedCaller();
      const mainLine = sandbox().state.numbers.find((number) => number.phoneNumber === MAIN_LINE)!;
      return {
        perform: perform('triggers', 'missed_call_instant'),
        bundle: {
          inputData: { business_number: MAIN_LINE },
          subscribeData: {
            targetUrl: ZAP_URL,
            number_sid: mainLine.sid,
            phone_number: MAIN_LINE,
            previous_status_callback: null,
            previous_status_callback_method: null,
          },
          rawRequest: zapierRawRequest(sandbox().statusCallbackRequest(sid, ZAP_URL)),
        },
      };
    },
  ],
  [
    'missed_call_instant subscribe',
    () => ({
      perform: perform('triggers', 'missed_call_instant', 'performSubscribe'),
      bundle: { inputData: { business_number: '+15125550102' }, targetUrl: ZAP_URL },
    }),
  ],
  [
    'text_back_undelivered',
    () => ({ perform: perform('triggers', 'text_back_undelivered'), bundle: { inputData: {} } }),
  ],
  [
    'find_texting_readiness',
    () => ({
      perform: perform('searches', 'find_texting_readiness'),
      bundle: { inputData: { business_number: '+15125550105' } },
    }),
  ],
  ['auth', () => ({ perform: connectionTest(), bundle: { inputData: {} } })],
];

describe.each(OPERATIONS)('%s', (operationName, prepare) => {
  test.each(FAULTS.map(({ fault, outcome }) => [fault.kind, fault, outcome] as const))(
    'meets %s on its first request',
    async (_kind, fault, outcome) => {
      const { perform, bundle } = prepare();
      const before = sandbox().state.messages.filter((message) => message.direction === 'outbound-api').length;
      sandbox().resetRequests();
      sandbox().faults.add({ ...fault, count: 1 });
      const result = await attempt(perform, bundle);
      await settle();
      expect(sandbox().requests.some((request) => request.fault === fault.kind)).toBe(true);
      if (outcome === 'ok' || operationName === 'missed_call_instant subscribe') {
        // A slow answer still arrives; a subscribe that reaches the TwiML App check refuses with its reason.
        if (result.error) expectOwnerError(result.error);
        else expect(result.result).toBeDefined();
      } else {
        expectOwnerError(result.error);
        if (outcome === 'throttled') expect(result.error.name).toBe('ThrottledError');
        if (fault.kind === '429') expect(JSON.parse(result.error.message).delay).toBe(5);
      }
      const after = sandbox().state.messages.filter((message) => message.direction === 'outbound-api').length;
      // Only a successful send may add a text (a slow answer, or a send whose answer was lost).
      expect(after - before).toBeLessThanOrEqual(operationName.startsWith('send_text_back') ? 1 : 0);
    },
  );
});

describe('Send Text-Back: a failed step run again sends at most one text', () => {
  const TARGETS: Array<[string, Pick<FaultSpec, 'method' | 'path'>]> = [
    ['the account numbers', { method: 'GET', path: 'IncomingPhoneNumbers.json' }],
    ['the message history', { method: 'GET', path: 'Messages.json' }],
    ['the call log', { method: 'GET', path: 'Calls.json' }],
    ['the landline lookup', { method: 'GET', path: '/v2/PhoneNumbers' }],
    ['the send', { method: 'POST', path: 'Messages.json' }],
  ];
  const cases = TARGETS.flatMap(([target, where]) =>
    FAULTS.map(({ fault }) => [`${fault.kind} on ${target}`, { ...fault, ...where }] as const),
  );

  test.each(cases)('%s', async (_name, fault) => {
    const { from, sid } = missedCaller();
    const send = () =>
      attempt(perform('creates', 'send_text_back'), {
        inputData: {
          to: from,
          call_id: sid,
          from: MAIN_LINE,
          business_name: 'Rapid Rooter Plumbing',
          skip_landlines: 'true',
        },
      });
    sandbox().faults.add(fault);
    const first = await send();
    await settle();
    if (first.error) {
      expectOwnerError(first.error);
      // Fails closed: a lookup fault stops the step before the send; only a lost or false answer hides a real send.
      expect(textsTo(from)).toHaveLength(fault.method === 'POST' && COMMITTED.includes(fault.kind) ? 1 : 0);
    } else {
      expect(first.result).toMatchObject({ status: 'sent' });
    }
    const retry = await send();
    expect(retry.error).toBeUndefined();
    expect(retry.result).toMatchObject({ status: 'sent', message_sid: textsTo(from)[0]?.sid });
    expect(textsTo(from)).toHaveLength(1);
  });

  test('without a call_id, the cooldown still stops a second text after a lost answer', async () => {
    const { from } = missedCaller();
    const send = () =>
      attempt(perform('creates', 'send_text_back'), {
        inputData: { to: from, from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing', if_skipped: 'continue' },
      });
    sandbox().faults.add({ kind: 'lose_response', method: 'POST', path: 'Messages.json' });
    expectOwnerError((await send()).error);
    await settle();
    expect(textsTo(from)).toHaveLength(1);
    expect((await send()).result).toMatchObject({ status: 'skipped', skip_reason: 'cooldown' });
    expect(textsTo(from)).toHaveLength(1);
  });

  test('a send slower than the client timeout: the retry finds the text Twilio made meanwhile', async () => {
    const { from, sid } = missedCaller();
    const send = () =>
      attempt(perform('creates', 'send_text_back'), {
        inputData: { to: from, call_id: sid, from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing' },
      });
    sandbox().faults.add({ ...slowerThanTimeout, method: 'POST', path: 'Messages.json' });
    const first = await withShortClientTimeout(send);
    expectOwnerError(first.error);
    expect(ownerMessage(first.error)).toBe(
      "Twilio's answer to the text was lost; the step will be retried and will not send a second text.",
    );
    for (let waited = 0; textsTo(from).length === 0 && waited < 5000; waited += 100) await sleep(100);
    expect(textsTo(from)).toHaveLength(1);
    const retry = await send();
    expect(retry.result).toMatchObject({ status: 'sent', message_sid: textsTo(from)[0].sid });
    expect(textsTo(from)).toHaveLength(1);
  });

  test('a lookup slower than the client timeout fails closed', async () => {
    const { from, sid } = missedCaller();
    sandbox().faults.add({ ...slowerThanTimeout, method: 'GET', path: 'Calls.json' });
    const first = await withShortClientTimeout(() =>
      attempt(perform('creates', 'send_text_back'), {
        inputData: { to: from, call_id: sid, from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing' },
      }),
    );
    expectOwnerError(first.error);
    expect(ownerMessage(first.error)).toMatch(/did not answer in time/);
    expect(textsTo(from)).toEqual([]);
    // The late answer arrives after the step gave up: still nothing sent.
    await sleep(LATE_BY_MS + 200);
    expect(textsTo(from)).toEqual([]);
  });
});
