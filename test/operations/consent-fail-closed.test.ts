import { EMERGENCY_LINE, MAIN_LINE } from '../../sandbox/scenario';
import { sendMessage } from '../../sandbox/state';
import { perform, run, useSandbox } from '../helpers/app';

/**
 * Opt-outs fail closed (contract, "Opt-outs (additions; fail closed)"): every inbound message in the account's
 * log counts, also those to numbers the account has since released; the cooldown counts texts from released
 * numbers; an opt-out and an opt-in at the same second leave the customer opted out.
 */
const sandbox = useSandbox();
type Item = Record<string, unknown>;

/** A number the account used to have: Twilio's log keeps its messages after the number is released. */
const RELEASED_LINE = '+15125550177';
let next = 100;
const freshCaller = () => `+1469555${String(next++).padStart(4, '0')}`;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600000);
const send = (inputData: Record<string, unknown>) =>
  run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: { from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing', if_skipped: 'continue', ...inputData },
  }) as Promise<Item>;
const findConsent = async (phone_number: string) =>
  ((await run(sandbox(), perform('searches', 'find_consent'), { inputData: { phone_number } })) as Item[])[0];
const textsTo = (number: string) =>
  sandbox().state.messages.filter((message) => message.to === number && message.direction === 'outbound-api');

/** A text the account sent from a number it has since released (the log keeps it; the number list does not). */
function textFromReleasedNumber(to: string, at: Date) {
  const state = sandbox().state;
  const sent = sendMessage(
    state,
    { From: EMERGENCY_LINE, To: to, Body: 'Rapid Rooter Plumbing: sorry we missed you' },
    at,
  );
  sent.status = 'delivered';
  sent.from = RELEASED_LINE;
  expect(state.numbers.some((number) => number.phoneNumber === RELEASED_LINE)).toBe(false);
  return sent;
}

describe('messages to and from numbers the account has since released', () => {
  test.each(['STOP', 'stop texting me', 'remove this number'])(
    '%j sent to a released number still opts the customer out',
    async (body) => {
      const from = freshCaller();
      const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 3 });
      sandbox().addInboundMessage({ from, to: RELEASED_LINE, body, at: hoursAgo(30) });
      expect(await findConsent(from)).toMatchObject({
        can_text: false,
        consent_status: 'opted_out',
        opt_out_message: body,
      });
      expect(await send({ to: from, call_id: call.sid })).toMatchObject({
        status: 'skipped',
        skip_reason: 'opted_out',
      });
      expect(textsTo(from)).toHaveLength(0);
    },
  );

  test('a text-back from a released number counts toward the cooldown', async () => {
    const from = freshCaller();
    const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 3 });
    const sent = textFromReleasedNumber(from, hoursAgo(2));
    expect(await send({ to: from, call_id: call.sid })).toMatchObject({ status: 'skipped', skip_reason: 'cooldown' });
    expect(textsTo(from)).toEqual([sent]);
    expect(await findConsent(from)).toMatchObject({ last_text_back_sid: sent.sid });
  });
});

describe('an opt-out and an opt-in at the same second', () => {
  test.each([
    ['STOP', 'YES'],
    ['YES', 'STOP'],
    ['stop texting me', 'START'],
    ['START', 'stop texting me'],
  ])('%j then %j: opted out, whatever the SIDs', async (first, second) => {
    const from = freshCaller();
    const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 3 });
    const at = hoursAgo(5);
    sandbox().addInboundMessage({ from, to: MAIN_LINE, body: first, at });
    sandbox().addInboundMessage({ from, to: MAIN_LINE, body: second, at });
    expect(await findConsent(from)).toMatchObject({ can_text: false, consent_status: 'opted_out' });
    const result = await send({ to: from, call_id: call.sid });
    expect(result).toMatchObject({ status: 'skipped', skip_reason: 'opted_out' });
    expect(textsTo(from)).toHaveLength(0);
  });
});

/**
 * End to end, as reported: a caller gets a text-back, answers in their own words, and calls again. The reply
 * Zap, Find Consent Record and the next Send Text-Back must all read the answer as an opt-out.
 */
describe('plain-language opt-outs, end to end', () => {
  const replies = async () =>
    (await run(sandbox(), perform('triggers', 'text_reply'), { inputData: { business_number: MAIN_LINE } })) as Item[];

  test.each([
    'stop this',
    'stop these now',
    'stop receiving texts',
    'cancel texts',
    'end these texts',
    "Don't call or text",
    "I don't want ur texts",
    'remove this number',
    'I do not consent to texts',
    'ST\u2060OP',
    'ST\u00ADOP',
    'ALTO',
    'PARAR',
    'BAJA',
    'CANCELAR',
    'No más',
  ])('%j', async (body) => {
    const from = freshCaller();
    const first = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 30 });
    const firstResult = await send({ to: from, call_id: first.call.sid });
    expect(firstResult).toMatchObject({ status: 'sent', skip_reason: null });
    // The sandbox dates the text now; it went out right after the first call, before the reply and the second call.
    const [textBack] = textsTo(from);
    textBack.dateCreated = textBack.dateSent = textBack.dateUpdated = new Date(Date.now() - 29 * 60000);
    const reply = sandbox().addInboundMessage({ from, to: MAIN_LINE, body, at: new Date(Date.now() - 20 * 60000) });
    const again = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 2 });

    expect((await replies()).find((item) => item.id === reply.sid)).toMatchObject({
      intent: 'opt_out',
      is_opt_out: true,
    });
    expect(await findConsent(from)).toMatchObject({ can_text: false, consent_status: 'opted_out' });
    expect(await send({ to: from, call_id: again.call.sid })).toMatchObject({
      status: 'skipped',
      skip_reason: 'opted_out',
    });
    expect(textsTo(from)).toHaveLength(1);
  });

  test('the reported freezing reply is answered quickly by all three, and is an opt-out', async () => {
    const from = freshCaller();
    const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 2 });
    const body = "I don't want " + 'any more '.repeat(30) + 'calls';
    sandbox().addInboundMessage({ from, to: MAIN_LINE, body, at: new Date(Date.now() - 60000) });
    const start = Date.now();
    expect((await replies()).find((item) => item.body === body)).toMatchObject({ intent: 'opt_out' });
    expect(await findConsent(from)).toMatchObject({ consent_status: 'opted_out' });
    expect(await send({ to: from, call_id: call.sid })).toMatchObject({ status: 'skipped', skip_reason: 'opted_out' });
    expect(Date.now() - start).toBeLessThan(5000);
  });
});
