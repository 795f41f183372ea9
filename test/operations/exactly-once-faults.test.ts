import { FAULT_KINDS, type FaultSpec } from '../../sandbox/faults';
import { CacheDouble } from '../../sandbox/zapier-cache';
import { useSandbox } from '../helpers/app';
import { useMovableClock } from '../helpers/clock';
import { RETRY_STEP_MS, retriedUntilDone, textBackRuns } from '../helpers/text-back-runs';

/**
 * Contract: "Exactly once, with nothing lost", for every fault the sandbox can inject, on the send and on each
 * read of the history behind it: after Zapier's retries exactly one text reaches the caller (also with
 * `cooldown_hours` 0), and no retry is held back longer than a claim's abandon time (2 minutes).
 */
const sandbox = useSandbox();
useMovableClock();
const { freshCaller, missedCall, textsTo, sendWith } = textBackRuns(sandbox, 700);
const ABANDON_MS = 2 * 60 * 1000;
afterEach(() => sandbox().faults.clear());

const TARGETS: Array<[string, Pick<FaultSpec, 'method' | 'path'>]> = [
  ['the send', { method: 'POST', path: 'Messages.json' }],
  ['the message history', { method: 'GET', path: 'Messages.json' }],
  ['the call log', { method: 'GET', path: 'Calls' }],
  ['the account numbers', { method: 'GET', path: 'IncomingPhoneNumbers.json' }],
];
const cases = [24, 0].flatMap((cooldown) =>
  TARGETS.flatMap(([target, where]) =>
    FAULT_KINDS.map((kind) => [kind, target, cooldown, { kind, ...where, delayMs: 50 }] as const),
  ),
);

test.each(cases)('%s on %s, cooldown_hours %i: one text after the retries', async (_kind, _target, cooldown, fault) => {
  const caller = freshCaller();
  const callId = missedCall(caller);
  const cache = new CacheDouble();
  sandbox().faults.add(fault);
  const { result, heldBackMs } = await retriedUntilDone(() =>
    sendWith(cache, { to: caller, call_id: callId, cooldown_hours: cooldown, quiet_hours: '' }),
  );
  expect(textsTo(caller)).toHaveLength(1);
  expect(result).toMatchObject({ status: 'sent', message_sid: textsTo(caller)[0].sid });
  expect(heldBackMs).toBeLessThanOrEqual(ABANDON_MS + RETRY_STEP_MS);
});
