import { MAIN_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox } from '../helpers/app';

/**
 * Issue 20: a caller who replied one of these to a text-back and then called again was texted again, because the
 * old classifier read each as `other`. One classifier (lib/replies/intent.ts) decides for New Text Reply, Find
 * Consent Record and Send Text-Back, so all three must say opt-out.
 */
const sandbox = useSandbox();
type Item = Record<string, unknown>;

let next = 300;
const freshCaller = () => `+1737555${String(next++).padStart(4, '0')}`;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60000);

const REPLIES = [
  'I told you to stop',
  'Can you please stop',
  'STOP Mike',
  'stop lol',
  'Stop this nonsense',
  'Do not call',
  'No need to text me again',
  'cancel thanks',
];

describe.each(REPLIES)('a caller who replied %j and called again', (body) => {
  const from = freshCaller();
  let callId = '';

  beforeAll(() => {
    sandbox().addInboundMessage({ from, to: MAIN_LINE, body, at: minutesAgo(120) });
    callId = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 2 }).call.sid;
  });

  test('New Text Reply reports the reply as an opt-out', async () => {
    const items = (await run(sandbox(), perform('triggers', 'text_reply'), { inputData: {} })) as Item[];
    expect(items.find((item) => item.from_number === from)).toMatchObject({ intent: 'opt_out', is_opt_out: true });
  });

  test('Find Consent Record says opted out, quoting the reply', async () => {
    const [record] = (await run(sandbox(), perform('searches', 'find_consent'), {
      inputData: { phone_number: from },
    })) as Item[];
    expect(record).toMatchObject({ can_text: false, consent_status: 'opted_out', opt_out_message: body });
  });

  test('Send Text-Back does not text', async () => {
    const result = (await run(sandbox(), perform('creates', 'send_text_back'), {
      inputData: { to: from, from: MAIN_LINE, business_name: 'Rapid Rooter', call_id: callId, if_skipped: 'continue' },
    })) as Item;
    expect(result).toMatchObject({ status: 'skipped', skip_reason: 'opted_out' });
    const texts = sandbox().state.messages.filter((message) => message.to === from);
    expect(texts).toHaveLength(0);
  });
});
