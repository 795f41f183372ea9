/**
 * The duplicate-text row: N runs of Send Text-Back for one missed call at once, through Zapier's app tester with a
 * cache that honours set-if-absent, and the sandbox slowing every history read so all runs read before any sends.
 */
import './quiet-core';
import { type Bundle, createAppTester, type ZObject } from 'zapier-platform-core';
import App from '../index';
import { MAIN_LINE, rapidRooterScenario } from '../sandbox/scenario';
import type { Scenario } from '../sandbox/scenario-types';
import { startSandbox } from '../sandbox/server';
import { CacheDouble } from '../sandbox/zapier-cache';
import { perform } from './app-operations';

const appTester = createAppTester(App);
const send = perform('creates', 'send_text_back');
const NUMBERS_ONLY: Scenario = { ...rapidRooterScenario, name: 'bench-numbers-only', calls: [], messages: [] };
const CALLER = '+15125550125';

/** Texts that reached the caller when `runs` runs raced for one missed call. */
export async function textsPerConcurrentRuns(runs: number): Promise<number> {
  const sandbox = await startSandbox({ scenario: NUMBERS_ONLY });
  try {
    const { call } = sandbox.addMissedCall({ from: CALLER, to: MAIN_LINE, minutesAgo: 3 });
    const cache = new CacheDouble();
    sandbox.faults.add({ kind: 'slow', method: 'GET', path: 'Messages.json', count: runs * 2, delayMs: 250 });
    const inputData = {
      to: CALLER,
      from: MAIN_LINE,
      business_name: 'Rapid Rooter Plumbing',
      call_id: call.sid,
      if_skipped: 'continue',
    };
    const withCache = (z: ZObject, bundle: Bundle) => send(Object.assign(z, { cache }), bundle);
    await Promise.allSettled(
      Array.from({ length: runs }, () => appTester(withCache, { authData: sandbox.authData(), inputData })),
    );
    return sandbox.state.messages.filter((message) => message.to === CALLER && message.direction === 'outbound-api')
      .length;
  } finally {
    await sandbox.stop();
  }
}
