/**
 * One consent window for Send Text-Back and Find Consent Record (lib/consent/evidence.ts): a call from the number
 * within the window and not in the future. The two used to disagree on a call dated in the future (a host's clock
 * ahead of ours): Send Text-Back found no consent while Find Consent Record said the number may be texted.
 */
import { MAIN_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox } from '../helpers/app';

const sandbox = useSandbox();
type Item = Record<string, unknown>;

let next = 300;
const freshCaller = () => `+1469555${String(next++).padStart(4, '0')}`;
const send = (to: string) =>
  run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: { to, from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing', if_skipped: 'continue' },
  }) as Promise<Item>;
const findConsent = async (phone_number: string) =>
  ((await run(sandbox(), perform('searches', 'find_consent'), { inputData: { phone_number } })) as Item[])[0];

describe('a call is consent only inside the window and not in the future, for both steps', () => {
  test.each([
    ['30 minutes ago', 30, true],
    ['71 hours ago', 71 * 60, true],
    ['73 hours ago (outside 72 h)', 73 * 60, false],
    ['10 minutes in the future', -10, false],
  ])('the only call %s', async (_when, minutesAgo, consent) => {
    const caller = freshCaller();
    sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo });
    const record = await findConsent(caller);
    const result = await send(caller);
    expect(record.can_text).toBe(consent);
    expect(result.skip_reason === 'no_consent').toBe(!consent);
  });

  test('a future-dated call does not hide an older one inside the window', async () => {
    const caller = freshCaller();
    const { call } = sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 60 });
    sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: -10 });
    const record = await findConsent(caller);
    expect(record).toMatchObject({ can_text: true, consent_status: 'implied_by_call' });
    expect((await send(caller)).consent_call_id).toBe(call.sid);
  });
});
