import { EMERGENCY_LINE, MAIN_LINE } from '../../sandbox/scenario';
import { sendMessage } from '../../sandbox/state';
import { perform, run, useSandbox } from '../helpers/app';

const sandbox = useSandbox();
type Item = Record<string, unknown>;

let next = 100;
const freshCaller = () => `+1971555${String(next++).padStart(4, '0')}`;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600000);
const findConsent = async (phone_number: string, extra: Record<string, unknown> = {}) =>
  (await run(sandbox(), perform('searches', 'find_consent'), { inputData: { phone_number, ...extra } })) as Item[];
const replies = async (inputData: Record<string, unknown> = {}) =>
  (await run(sandbox(), perform('triggers', 'text_reply'), { inputData })) as Item[];

describe('Find Consent Record', () => {
  test('recent caller: can text, with the call as evidence in plain words', async () => {
    const from = freshCaller();
    const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 30 });
    const [record] = await findConsent(`(971) 555-${from.slice(-4)}`);
    expect(record).toMatchObject({
      id: from,
      phone_number: from,
      can_text: true,
      consent_status: 'implied_by_call',
      last_call_id: call.sid,
      opted_out_at: null,
      opt_out_message: null,
      opted_in_at: null,
      last_text_back_at: null,
      last_text_back_sid: null,
    });
    expect(record.reason).toMatch(
      // Contract (December additions): a "no opt-out" verdict says it rests only on what Twilio still keeps.
      /^Called \(512\) 555-0100 on [A-Z][a-z]{2} \d{1,2} at \d{1,2}:\d{2} [AP]M; no opt-out since\. This rests only on Twilio's log, which keeps texts and calls for 13 months by default \(less if your account is set so\): an older opt-out, or one made elsewhere, is not seen unless you map it into Opted Out Elsewhere\.$/,
    );
    expect(record.last_call_at).toMatch(/Z$/);
  });

  test('opted out: an opt-out outranks a recent call', async () => {
    const from = freshCaller();
    sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 10 });
    sandbox().addInboundMessage({ from, to: EMERGENCY_LINE, body: 'remove me from your list', at: hoursAgo(48) });
    const [record] = await findConsent(from);
    expect(record).toMatchObject({
      can_text: false,
      consent_status: 'opted_out',
      opt_out_message: 'remove me from your list',
    });
    expect(record.reason).toMatch(/remove me from your list/);
  });

  test('opted back in: START lifts it, and opted_out_at keeps the last opt-out', async () => {
    const from = freshCaller();
    sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 10 });
    sandbox().addInboundMessage({ from, to: MAIN_LINE, body: 'STOP', at: hoursAgo(30) });
    sandbox().addInboundMessage({ from, to: MAIN_LINE, body: 'start', at: hoursAgo(20) });
    const [record] = await findConsent(from);
    expect(record).toMatchObject({ can_text: true, consent_status: 'implied_by_call', opt_out_message: 'STOP' });
    expect(record.opted_out_at).not.toBeNull();
    expect(record.opted_in_at! > record.opted_out_at!).toBe(true);
  });

  test('call outside the window: expired', async () => {
    const from = freshCaller();
    sandbox().addMissedCall({ from, to: MAIN_LINE, at: hoursAgo(100) });
    const [record] = await findConsent(from);
    expect(record).toMatchObject({ can_text: false, consent_status: 'expired' });
    expect((await findConsent(from, { consent_window_hours: '200' }))[0]).toMatchObject({
      consent_status: 'implied_by_call',
    });
  });

  test('never seen: one record saying so', async () => {
    const [record] = await findConsent(freshCaller());
    expect(record).toMatchObject({ can_text: false, consent_status: 'none', last_call_at: null, last_call_id: null });
  });

  test.each(['555-1234', 'not a number', '911', '', '+266696687'])('invalid input %j: no record', async (typed) => {
    expect(await findConsent(typed)).toEqual([]);
  });

  test('the last text-back is reported', async () => {
    const from = freshCaller();
    const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 15 });
    const sent = (await run(sandbox(), perform('creates', 'send_text_back'), {
      inputData: { to: from, from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing', call_id: call.sid },
    })) as Item;
    expect((await findConsent(from))[0]).toMatchObject({ last_text_back_sid: sent.message_sid });
  });

  test('its lookups cost one round trip for an international number', async () => {
    sandbox().resetRequests();
    await findConsent('+15125550123');
    expect(sandbox().requests).toHaveLength(4);
  });
});

describe('New Text Reply', () => {
  test('inbound texts only, newest first, each with its intent and the text-back it answers', async () => {
    const from = freshCaller();
    sendMessage(
      sandbox().state,
      { To: from, From: MAIN_LINE, Body: 'Rapid Rooter Plumbing: sorry we missed you!' },
      hoursAgo(1),
    );
    sandbox().addInboundMessage({ from, to: MAIN_LINE, body: 'YES', at: new Date(Date.now() - 50 * 60000) });
    sandbox().addInboundMessage({
      from,
      to: MAIN_LINE,
      body: 'please stop texting me',
      at: new Date(Date.now() - 40 * 60000),
    });
    const items = (await replies()).filter((item) => item.from_number === from);
    expect(items.map((item) => [item.body, item.intent, item.is_opt_out, item.minutes_since_text_back])).toEqual([
      ['please stop texting me', 'opt_out', true, 20],
      ['YES', 'callback_request', false, 10],
    ]);
    const textBack = sandbox().state.messages.find(
      (message) => message.to === from && message.direction === 'outbound-api',
    )!;
    expect(items[0]).toMatchObject({ last_text_back_sid: textBack.sid, business_number: MAIN_LINE });
  });

  test('a reply with no earlier text-back has nulls; outbound texts never trigger', async () => {
    const from = freshCaller();
    sandbox().addInboundMessage({ from, to: EMERGENCY_LINE, body: 'Do you fix water heaters?' });
    const items = await replies();
    expect(items.find((item) => item.from_number === from)).toMatchObject({
      intent: 'other',
      is_opt_out: false,
      last_text_back_sid: null,
      last_text_back_at: null,
      minutes_since_text_back: null,
    });
    const outboundSids = new Set(
      sandbox()
        .state.messages.filter((message) => message.direction !== 'inbound')
        .map((message) => message.sid),
    );
    expect(items.some((item) => outboundSids.has(item.id as string))).toBe(false);
  });

  test('business_number filters to one line', async () => {
    const items = await replies({ business_number: '512-555-0101' });
    // The seeded day has one reply to the emergency line.
    expect(items).toHaveLength(1);
    expect(items.every((item) => item.business_number === EMERGENCY_LINE)).toBe(true);
  });

  test('the sandbox day shows its replies: a YES, a question, a STOP and a plain-language stop', async () => {
    const bodies = (await replies()).map((item) => [item.body, item.intent]);
    expect(bodies).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/^yes/i), 'callback_request'],
        [expect.stringMatching(/stop texting/i), 'opt_out'],
      ]),
    );
  });
});
