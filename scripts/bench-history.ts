/**
 * `npm run bench` rows for the history behind one text: requests per Send Text-Back while the consent window holds
 * 10, 10,000 or 50,000 other calls. The history reads only the customer (Twilio's `From` / `To` filters), so the
 * goal is the same count at every size.
 */
import './quiet-core';
import { createAppTester } from 'zapier-platform-core';
import App from '../index';
import { MAIN_LINE, rapidRooterScenario } from '../sandbox/scenario';
import type { Scenario } from '../sandbox/scenario-types';
import { startSandbox } from '../sandbox/server';
import { perform } from './app-operations';
import { type HistoryMeasurement, historyMeetsGoal } from './bench-goals';
import { count, plural } from './bench-stats';

const appTester = createAppTester(App);
const send = perform('creates', 'send_text_back');
const NUMBERS_ONLY: Scenario = { ...rapidRooterScenario, name: 'bench-history', calls: [], messages: [] };
export const OTHER_CALL_SIZES = [10, 10_000, 50_000];
const CUSTOMER = '+15125550199';

/** One text-back to a caller who just missed a call, in a sandbox seeded with `others` missed calls of other callers. */
export async function measureHistory(others: number): Promise<HistoryMeasurement> {
  const sandbox = await startSandbox({ scenario: NUMBERS_ONLY });
  try {
    sandbox.seedMissedCalls(others);
    const { call } = sandbox.addMissedCall({ from: CUSTOMER, to: MAIN_LINE, minutesAgo: 5 });
    sandbox.resetRequests();
    const result = (await appTester(send, {
      authData: sandbox.authData(),
      inputData: { to: CUSTOMER, from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing', call_id: call.sid },
      meta: { timezone: 'America/Chicago' },
    } as never)) as { status: string };
    return { otherCalls: others, requests: sandbox.requests.length, sent: result.status === 'sent' };
  } finally {
    await sandbox.stop();
  }
}

const GOAL = 'the same at every size';

export async function historyRows() {
  const measured: HistoryMeasurement[] = [];
  for (const size of OTHER_CALL_SIZES) measured.push(await measureHistory(size));
  return measured.map((row) => ({
    what: `Requests per text-back with ${count(row.otherCalls)} other calls in the window`,
    measured: plural(row.requests, 'request') + (row.sent ? '' : '; NOT SENT, a shorter path'),
    goal: GOAL,
    pass: historyMeetsGoal(row, measured[0]),
  }));
}
