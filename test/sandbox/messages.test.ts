import type { SandboxClient } from '../../sandbox/client';
import { EMERGENCY_LINE, MAIN_LINE, TRUNK_LINE } from '../../sandbox/scenario';
import type { Sandbox } from '../../sandbox/server';
import { HOUR, RFC_2822, startSandboxApi } from '../helpers/sandbox-api';

/** Texts as Twilio keeps and sends them: history, segments, the errors a send can meet, and STOP / START. */

let sandbox: Sandbox;
let twilio: SandboxClient;

beforeAll(async () => ({ sandbox, twilio } = await startSandboxApi()));
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.faults.clear());

const ago = (ms: number) => new Date(sandbox.now.getTime() - ms);

describe('messages', () => {
  test('history is newest first and filterable', async () => {
    const all = (await twilio.get('/Messages.json', { PageSize: '1000' })).body.messages as Array<
      Record<string, string>
    >;
    // A text Twilio stopped before sending (failed, e.g. fraud protection) has no date_sent: no DateSent filter matches it.
    const unsent = all.filter((m) => m.date_sent === null);
    expect(unsent.length).toBeGreaterThan(0);
    expect(unsent.map((m) => m.status)).toEqual(unsent.map(() => 'failed'));
    const sent = all.filter((m) => m.date_sent !== null).map((m) => Date.parse(m.date_sent));
    expect([...sent].sort((a, b) => b - a)).toEqual(sent);
    const toMain = (await twilio.get('/Messages.json', { To: MAIN_LINE })).body.messages as Array<
      Record<string, string>
    >;
    expect(toMain.length).toBeGreaterThan(0);
    expect(toMain.every((m) => m.to === MAIN_LINE && m.direction === 'inbound')).toBe(true);
    const fromCaller = (await twilio.get('/Messages.json', { From: '+15125550136' })).body.messages;
    expect(fromCaller.map((m: { body: string }) => m.body)).toEqual(['please stop texting me']);
    const lastDay = (await twilio.get('/Messages.json', { 'DateSent>': ago(24 * HOUR).toISOString() })).body
      .messages as Array<Record<string, string>>;
    expect(lastDay.length).toBe(all.filter((m) => Date.parse(m.date_sent) >= ago(24 * HOUR).getTime()).length);
    expect(lastDay.length).toBeLessThan(all.length);
    const oldOnes = (await twilio.get('/Messages.json', { 'DateSent<': ago(24 * HOUR).toISOString() })).body.messages;
    expect(oldOnes.length + lastDay.length).toBe(all.length - unsent.length);
  });

  test('a sent text is outbound-api, queued, with segments and dates', async () => {
    const count = sandbox.state.messages.length;
    const body = 'Hi, this is Rapid Rooter Plumbing. Sorry we missed your call! Reply STOP to opt out.';
    const answer = await twilio.post('/Messages.json', { To: '+15125550142', From: MAIN_LINE, Body: body });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      direction: 'outbound-api',
      status: 'queued',
      to: '+15125550142',
      from: MAIN_LINE,
      body,
      num_segments: '1',
      messaging_service_sid: null,
      error_code: null,
    });
    expect(answer.body.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(answer.body.date_created).toMatch(RFC_2822);
    expect(answer.body.date_sent).toMatch(RFC_2822);
    expect(sandbox.state.messages).toHaveLength(count + 1);
    const listed = (await twilio.get('/Messages.json', { To: '+15125550142' })).body.messages;
    expect(listed[0]).toMatchObject({ sid: answer.body.sid, status: 'sent' });
  });

  test.each([
    ['GSM-7, 160 characters', 'a'.repeat(160), '1'],
    ['GSM-7, 161 characters', 'a'.repeat(161), '2'],
    ['UCS-2, 70 characters', '\u00e9\u4e00'.repeat(35), '1'],
    ['UCS-2 with an emoji, 71 code units', `${'\u4e00'.repeat(69)}\u{1F527}`, '2'],
  ])('num_segments: %s', async (_, text, segments) => {
    const answer = await twilio.post('/Messages.json', { To: '+15125550143', From: MAIN_LINE, Body: text });
    expect(answer.body.num_segments).toBe(segments);
  });

  test('through the Messaging Service, from its number', async () => {
    const service = sandbox.state.messagingServices[0];
    const answer = await twilio.post('/Messages.json', {
      To: '+15125550144',
      MessagingServiceSid: service.sid,
      Body: 'Rapid Rooter here',
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ messaging_service_sid: service.sid, from: MAIN_LINE });
  });

  test.each([
    ['21211: an invalid To', { To: '+1555012', From: MAIN_LINE, Body: 'Hi' }, 21211],
    ['21211: a short code', { To: '12345', From: MAIN_LINE, Body: 'Hi' }, 21211],
    ['21211: a withheld caller ID', { To: '+266696687', From: MAIN_LINE, Body: 'Hi' }, 21211],
    [
      '21211: a national-format To (Twilio reads To as E.164)',
      { To: '(512) 555-0143', From: MAIN_LINE, Body: 'Hi' },
      21211,
    ],
    ['21211: a To with spaces inside', { To: '+1 512 555 0143', From: MAIN_LINE, Body: 'Hi' }, 21211],
    ['21211: a To without its plus', { To: '15125550143', From: MAIN_LINE, Body: 'Hi' }, 21211],
    ['21211: the number texting itself', { To: MAIN_LINE, From: MAIN_LINE, Body: 'Hi' }, 21211],
    ['21212: a From not in E.164', { To: '+15125550123', From: '(512) 555-0100', Body: 'Hi' }, 21212],
    ['21610: texted STOP', { To: '+15125550129', From: MAIN_LINE, Body: 'Hi' }, 21610],
    [
      '21610: texted STOP, via the Messaging Service',
      { To: '+15125550129', MessagingServiceSid: 'service', Body: 'Hi' },
      21610,
    ],
    ['21408: the UK is not enabled', { To: '+442079460018', From: MAIN_LINE, Body: 'Hi' }, 21408],
    ['21408: nor is Jamaica', { To: '+18765550142', From: MAIN_LINE, Body: 'Hi' }, 21408],
    ['21606: a number without SMS', { To: '+15125550123', From: TRUNK_LINE, Body: 'Hi' }, 21606],
    ['21606: not an account number', { To: '+15125550123', From: '+15125550190', Body: 'Hi' }, 21606],
    ['21604: no To', { From: MAIN_LINE, Body: 'Hi' }, 21604],
    ['21602: no Body', { To: '+15125550123', From: MAIN_LINE, Body: ' ' }, 21602],
    ['21603: no From', { To: '+15125550123', Body: 'Hi' }, 21603],
    ['21617: over 1600 characters', { To: '+15125550123', From: MAIN_LINE, Body: 'x'.repeat(1601) }, 21617],
  ])('%s', async (_, form: Record<string, string>, code) => {
    if (form.MessagingServiceSid) form.MessagingServiceSid = sandbox.state.messagingServices[0].sid;
    const count = sandbox.state.messages.length;
    const answer = await twilio.post('/Messages.json', form);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      code,
      message: expect.any(String),
      more_info: `https://www.twilio.com/docs/errors/${code}`,
      status: 400,
    });
    expect(sandbox.state.messages).toHaveLength(count);
  });

  test('Canada is enabled by default', async () => {
    expect((await twilio.post('/Messages.json', { To: '+14165550123', From: MAIN_LINE, Body: 'Hi' })).status).toBe(201);
  });
});

describe("Twilio's STOP / START handling", () => {
  const caller = (n: number) => `+1737555${String(150 + n).padStart(4, '0')}`;
  const send = (to: string) => twilio.post('/Messages.json', { To: to, From: MAIN_LINE, Body: 'Rapid Rooter here' });
  let nextCaller = 0;

  test.each([
    ['STOP', true],
    [' stop ', true],
    ['Stop.', true],
    ['unsubscribe!', true],
    ['STOPALL', true],
    ['cancel', true],
    ['End', true],
    ['QUIT', true],
    ['revoke', true],
    ['OPTOUT', true],
    ['please stop texting me', false],
    ['STOP please', false],
    ['Yes, stop', false],
    ['stopping by later', false],
  ])('%j blocks the pair: %s', async (body, blocks) => {
    const from = caller(nextCaller++);
    const before = sandbox.state.messages.length;
    const message = sandbox.addInboundMessage({ from, to: MAIN_LINE, body });
    expect(message).toMatchObject({ direction: 'inbound', status: 'received', from, to: MAIN_LINE, body });
    const added = sandbox.state.messages.slice(before);
    expect(added.map((m) => m.direction)).toEqual(blocks ? ['inbound', 'outbound-reply'] : ['inbound']);
    if (blocks)
      expect(added[1]).toMatchObject({ from: MAIN_LINE, to: from, body: expect.stringContaining('unsubscribed') });
    expect((await send(from)).body.code).toBe(blocks ? 21610 : undefined);
  });

  test.each(['START', 'unstop', 'Yes'])('%s lifts the block and Twilio confirms', async (keyword) => {
    const from = caller(41);
    sandbox.addInboundMessage({ from, to: MAIN_LINE, body: 'STOP' });
    expect((await send(from)).status).toBe(400);
    const before = sandbox.state.messages.length;
    sandbox.addInboundMessage({ from, to: MAIN_LINE, body: keyword });
    expect(sandbox.state.messages.slice(before).map((m) => m.direction)).toEqual(['inbound', 'outbound-reply']);
    expect((await send(from)).status).toBe(201);
  });

  test('a YES with nothing to lift gets no automatic reply', () => {
    const before = sandbox.state.messages.length;
    sandbox.addInboundMessage({ from: caller(42), to: MAIN_LINE, body: 'YES' });
    expect(sandbox.state.messages.slice(before).map((m) => m.direction)).toEqual(['inbound']);
  });

  test('the block is per business number', async () => {
    const from = caller(43);
    sandbox.addInboundMessage({ from, to: EMERGENCY_LINE, body: 'STOP' });
    expect((await twilio.post('/Messages.json', { To: from, From: EMERGENCY_LINE, Body: 'Hi' })).body.code).toBe(21610);
    expect((await send(from)).status).toBe(201);
  });

  test("the scenario keeps last month's STOP and the later START", () => {
    expect(
      [...sandbox.state.optOuts.values()].some(
        (o) => o.customerNumber === '+15125550129' && o.businessNumber === MAIN_LINE,
      ),
    ).toBe(true);
    expect([...sandbox.state.optOuts.values()].some((o) => o.customerNumber === '+15125550130')).toBe(false);
  });
});
