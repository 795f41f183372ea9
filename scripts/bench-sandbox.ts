/**
 * The request-count rows: the real operations run through Zapier's app tester against the local Twilio sandbox,
 * counting what reaches it. The sandbox holds the business's numbers and only the calls each row seeds.
 */
import './quiet-core';
import { createAppTester } from 'zapier-platform-core';
import App from '../index';
import { MAIN_LINE, rapidRooterScenario } from '../sandbox/scenario';
import type { Scenario } from '../sandbox/scenario-types';
import { type LoggedRequest, type Sandbox, startSandbox } from '../sandbox/server';
import { type Perform, perform } from './app-operations';
import { type PollMeasurement, roundTrips } from './bench-goals';
import { median } from './bench-stats';

const appTester = createAppTester(App);
/** The polling triggers a poll row measures, with the inputs that make every seeded missed call an item. */
export const POLLS = {
  missed_call: { perform: perform('triggers', 'missed_call'), inputData: {} },
  // Seeded calls are at least a minute old, so a one-minute wait makes each of them an unreturned call.
  missed_call_unreturned: {
    perform: perform('triggers', 'missed_call_unreturned'),
    inputData: { wait_minutes: 1 },
  },
} as const;
const send = perform('creates', 'send_text_back');

/** Rapid Rooter's numbers and staff phones, without its day of calls and texts. */
const NUMBERS_ONLY: Scenario = { ...rapidRooterScenario, name: 'bench-numbers-only', calls: [], messages: [] };
const TIMED_POLLS = 3;
/** Delayed text-backs: their median time gives the round trips, so one run slowed by the machine cannot add one. */
export const DELAYED_TEXT_BACKS = 5;
/** A fresh caller per text-back, so none is stopped by the cooldown of an earlier one (mobiles in the sandbox). */
const caller = (index: number) => `+1512555${String(160 + index).padStart(4, '0')}`;

const run = (sandbox: Sandbox, perform: Perform, inputData: Record<string, unknown>) =>
  appTester(perform, { authData: sandbox.authData(), inputData, meta: { timezone: 'America/Chicago' } } as never);

async function withSandbox<T>(body: (sandbox: Sandbox) => Promise<T>): Promise<T> {
  const sandbox = await startSandbox({ scenario: NUMBERS_ONLY });
  try {
    return await body(sandbox);
  } finally {
    await sandbox.stop();
  }
}

const isCallsPage = (request: LoggedRequest) => request.method === 'GET' && request.path.endsWith('/Calls.json');

/** One counted poll, then the median time of a few more over the same calls. */
export function measurePoll(
  missedCalls: number,
  trigger: keyof typeof POLLS = 'missed_call',
): Promise<PollMeasurement> {
  const { perform: poll, inputData } = POLLS[trigger];
  return withSandbox(async (sandbox) => {
    sandbox.seedMissedCalls(missedCalls);
    sandbox.resetRequests();
    const items = (await run(sandbox, poll, inputData)) as unknown[];
    const requests = [...sandbox.requests];
    const pages = requests.filter(isCallsPage);
    const times: number[] = [];
    for (let i = 0; i < TIMED_POLLS; i++) {
      const started = performance.now();
      await run(sandbox, poll, inputData);
      times.push(performance.now() - started);
    }
    return {
      missedCalls,
      callsInWindow: sandbox.state.calls.length,
      items: items.length,
      requests: requests.length,
      callPages: pages.length,
      callsPerPage: Number(pages[0]?.query.PageSize ?? 50),
      msPerPoll: median(times),
    };
  });
}

export interface TextBackMeasurement {
  /** Every run ended with the text sent (a skip would measure a different path). */
  sent: boolean;
  requests: number;
  /** Requests before the send, all of them checks. */
  checks: number;
  /** The send was the last request. */
  sendLast: boolean;
  msPerTextBack: number;
  delayMs: number;
  /** Median time of the delayed text-backs. */
  delayedMs: number;
  delayedRuns: number;
  roundTrips: number;
}

/** Sends one text-back to a caller who just missed a call; resolves with its status and time. */
async function textBack(sandbox: Sandbox, caller: string): Promise<{ status: string; ms: number }> {
  const { call } = sandbox.addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 5 });
  sandbox.resetRequests();
  const started = performance.now();
  const result = (await run(sandbox, send, {
    to: caller,
    from: MAIN_LINE,
    business_name: 'Rapid Rooter Plumbing',
    call_id: call.sid,
    skip_landlines: true,
  }).catch((error: unknown) => ({
    status: `error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
  }))) as { status: string };
  return { status: result.status, ms: performance.now() - started };
}

/**
 * Counts one Send Text-Back's requests (every check on, Lookup included), then sends `delayedRuns` more with every
 * request held back by `delayMs`: sequential requests add up a delay each, concurrent ones share one.
 */
export function measureTextBack(delayMs = 400, delayedRuns = DELAYED_TEXT_BACKS): Promise<TextBackMeasurement> {
  return withSandbox(async (sandbox) => {
    const plain = await textBack(sandbox, caller(0));
    const log = [...sandbox.requests];
    const sendIndex = log.findIndex((request) => request.method === 'POST' && request.path.endsWith('/Messages.json'));
    const delayed: Array<{ status: string; ms: number }> = [];
    for (let run = 1; run <= delayedRuns; run++) {
      sandbox.faults.add({ kind: 'slow', delayMs, count: 100 });
      delayed.push(await textBack(sandbox, caller(run)));
      sandbox.faults.clear();
    }
    const delayedMs = median(delayed.map((run) => run.ms));
    return {
      sent: [plain, ...delayed].every((run) => run.status === 'sent'),
      requests: log.length,
      checks: sendIndex < 0 ? log.length : sendIndex,
      sendLast: sendIndex === log.length - 1,
      msPerTextBack: plain.ms,
      delayMs,
      delayedMs,
      delayedRuns,
      roundTrips: roundTrips(delayedMs, delayMs),
    };
  });
}
