import { MAIN_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox } from '../helpers/app';

/**
 * Contract, "Consent evidence that outlasts Twilio's logs" and `opted_out_elsewhere` (issue 20 items 2 and 7):
 * an opt-out another system knows is honoured whatever shape it arrives in, and every text-back and reply
 * leaves one plain line a log can keep after Twilio's own records are gone.
 */
const sandbox = useSandbox();
type Item = Record<string, unknown>;

let next = 400;
const freshCaller = () => `+1737555${String(next++).padStart(4, '0')}`;
const ISO = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z';
const send = (inputData: Record<string, unknown>) =>
  run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: { from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing', if_skipped: 'continue', ...inputData },
  }) as Promise<Item>;
const findConsent = async (inputData: Record<string, unknown>) =>
  ((await run(sandbox(), perform('searches', 'find_consent'), { inputData })) as Item[])[0];

describe('opted_out_elsewhere: any value but blank, false, no, 0 is an opt-out, never an error', () => {
  const OPTED_OUT: unknown[] = ['yes', 'TRUE', '2025-01-03', '{"opted_out": true}', 'STOP', 'x', 1, true, ['a'], {}];
  test.each(OPTED_OUT)('%j: not texted, skip_reason opted_out, and the reason says so', async (value) => {
    const to = freshCaller();
    const { call } = sandbox().addMissedCall({ from: to, to: MAIN_LINE, minutesAgo: 3 });
    const result = await send({ to, call_id: call.sid, opted_out_elsewhere: value });
    expect(result).toMatchObject({ status: 'skipped', skip_reason: 'opted_out', message_sid: null });
    expect(String(result.evidence_record)).toMatch(/opted out in another system/);
    expect(result.evidence_kind).toBe('opt_out');
    const record = await findConsent({ phone_number: to, opted_out_elsewhere: value });
    expect(record).toMatchObject({
      can_text: false,
      consent_status: 'opted_out',
      evidence_source: 'opted_out_elsewhere',
    });
    expect(String(record.reason)).toMatch(/^Opted out in another system \(Opted Out Elsewhere is .+\); do not text/);
  });

  test.each(['', '  ', 'false', 'FALSE', 'no', ' No ', '0', 0, false, null, undefined])(
    '%j: not an opt-out, the text goes out',
    async (value) => {
      const to = freshCaller();
      const { call } = sandbox().addMissedCall({ from: to, to: MAIN_LINE, minutesAgo: 3 });
      expect(await send({ to, call_id: call.sid, opted_out_elsewhere: value })).toMatchObject({ status: 'sent' });
      expect(await findConsent({ phone_number: to, opted_out_elsewhere: value })).toMatchObject({
        consent_status: 'implied_by_call',
        evidence_source: 'twilio_log',
      });
    },
  );

  test('a halted run says why in one plain sentence', async () => {
    const to = freshCaller();
    const { call } = sandbox().addMissedCall({ from: to, to: MAIN_LINE, minutesAgo: 3 });
    await expect(
      run(sandbox(), perform('creates', 'send_text_back'), {
        inputData: { to, from: MAIN_LINE, business_name: 'Ace', call_id: call.sid, opted_out_elsewhere: '2025-01-03' },
      }),
    ).rejects.toThrow(/^Not sent: .+ opted out in another system \(Opted Out Elsewhere is "2025-01-03"\)\.$/m);
  });
});

describe('evidence_record: one plain line per text-back and per reply', () => {
  test('a text-back: who, from which number, the message, the consent call, and no opt-out', async () => {
    const to = freshCaller();
    const { call } = sandbox().addMissedCall({ from: to, to: MAIN_LINE, minutesAgo: 3 });
    const result = await send({ to, call_id: call.sid });
    expect(result.evidence_kind).toBe('text_back');
    expect(result.evidence_record).toBe(
      `${result.sent_at} texted ${to} from ${MAIN_LINE} (${result.message_sid}): consent by inbound call ` +
        `${call.sid} at ${result.consent_called_at}; no opt-out on record.`,
    );
    expect(String(result.evidence_record)).toMatch(new RegExp(`^${ISO} texted \\+1\\d{10} from \\+1\\d{10} \\(SM`));
  });

  test('a skipped text-back for a STOP in the log is an opt-out line', async () => {
    const to = freshCaller();
    sandbox().addInboundMessage({
      from: to,
      to: MAIN_LINE,
      body: 'I told you to stop',
      at: new Date(Date.now() - 3600000),
    });
    const { call } = sandbox().addMissedCall({ from: to, to: MAIN_LINE, minutesAgo: 3 });
    const result = await send({ to, call_id: call.sid });
    expect(result).toMatchObject({ skip_reason: 'opted_out', evidence_kind: 'opt_out' });
    expect(String(result.evidence_record)).toMatch(
      new RegExp(
        `^${ISO} did not text \\${to} from \\${MAIN_LINE}: opted out \\(replied "I told you to stop" at ${ISO}\\)\\.$`,
      ),
    );
  });

  test('a skip for another reason is a text_back line naming it', async () => {
    const to = freshCaller();
    const result = await send({ to });
    expect(result).toMatchObject({ skip_reason: 'no_consent', evidence_kind: 'text_back' });
    expect(String(result.evidence_record)).toMatch(
      new RegExp(`^${ISO} did not text \\${to} from \\${MAIN_LINE}: no_consent \\(`),
    );
  });

  test.each<[string, string, string]>([
    ['STOP', 'opt_out', 'opt-out'],
    ['START', 'opt_in', 'opt-in'],
    ['Do you fix water heaters?', 'reply', 'reply'],
    ['yes call me', 'reply', 'reply, asks for a call'],
  ])('a reply %j: kind %s', async (body, kind, ending) => {
    const from = freshCaller();
    const message = sandbox().addInboundMessage({ from, to: MAIN_LINE, body });
    const items = (await run(sandbox(), perform('triggers', 'text_reply'), { inputData: {} })) as Item[];
    const item = items.find((reply) => reply.from_number === from)!;
    expect(item.evidence_kind).toBe(kind);
    expect(item.evidence_record).toBe(
      `${item.received_at} ${from} replied ${JSON.stringify(body)} to ${MAIN_LINE} (${message.sid}): ${ending}.`,
    );
  });
});

describe('Find Consent Record says what rests on Twilio alone', () => {
  test('"no opt-out" rests on what Twilio still keeps (13 months by default)', async () => {
    const from = freshCaller();
    sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 30 });
    const record = await findConsent({ phone_number: from });
    expect(record).toMatchObject({ consent_status: 'implied_by_call', evidence_source: 'twilio_log' });
    expect(String(record.reason)).toMatch(/no opt-out since\. This rests only on Twilio.s log, .*13 months by default/);
  });

  test('"no consent" says the same', async () => {
    const record = await findConsent({ phone_number: freshCaller() });
    expect(record).toMatchObject({ consent_status: 'none', evidence_source: 'twilio_log' });
    expect(String(record.reason)).toMatch(/13 months by default/);
  });

  test('an opt-out in the log needs no such caveat', async () => {
    const from = freshCaller();
    sandbox().addInboundMessage({ from, to: MAIN_LINE, body: 'STOP' });
    const record = await findConsent({ phone_number: from });
    expect(record).toMatchObject({ consent_status: 'opted_out', evidence_source: 'twilio_log' });
    expect(String(record.reason)).not.toMatch(/13 months/);
  });
});
