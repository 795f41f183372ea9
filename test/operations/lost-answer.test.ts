import { MAIN_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox } from '../helpers/app';
import { ownerMessage } from '../helpers/owner-errors';

/**
 * A send whose connection dropped is a lost answer, not a wrong API Host (contract, "Twilio client (additions)"):
 * the owner reads that the step will be retried and will not text twice, and Zapier retries it.
 */
const sandbox = useSandbox();
const LOST = "Twilio's answer to the text was lost; the step will be retried and will not send a second text.";

describe('a dropped send', () => {
  test.each([
    ['dropped before Twilio committed the text', 'drop', '+14155550101'],
    ['dropped after Twilio created the text', 'lose_response', '+14155550102'],
  ] as const)('%s: the lost-answer sentence, as a retry', async (_what, kind, caller) => {
    const call = sandbox().addMissedCall({ from: caller });
    sandbox().faults.add({ kind, method: 'POST', path: 'Messages.json' });
    const error = await run(sandbox(), perform('creates', 'send_text_back'), {
      inputData: { to: caller, call_id: call.call.sid, from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing' },
    }).then(
      () => undefined,
      (failure: Error) => failure,
    );
    expect(error?.name).toBe('ThrottledError');
    expect(ownerMessage(error)).toBe(LOST);
  });
});
