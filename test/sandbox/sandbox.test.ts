import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateRequest as validTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { sandboxClient, type SandboxClient } from '../../sandbox/client';
import { EMERGENCY_LINE, MAIN_LINE, TRACKING_LINE, TRUNK_LINE } from '../../sandbox/scenario';
import { DELIVERY_NUMBERS } from '../../sandbox/delivery-seed';
import { startSandbox, type Sandbox } from '../../sandbox/server';

const DELIVERY_LINES = DELIVERY_NUMBERS.map((number) => number.phoneNumber);

const RFC_2822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/;
const HOUR = 3_600_000;

let sandbox: Sandbox;
let twilio: SandboxClient;

beforeAll(async () => {
  sandbox = await startSandbox();
  twilio = sandboxClient(sandbox, { username: sandbox.accountSid, password: sandbox.authToken });
});
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.faults.clear());

const ago = (ms: number) => new Date(sandbox.now.getTime() - ms);
const callsWhere = async (query: Record<string, string>) => (await twilio.get('/Calls.json', { PageSize: '1000', ...query })).body.calls as Array<Record<string, string | null>>;

describe('authentication', () => {
  test.each([
    ['Account SID + Auth Token', () => [sandbox.accountSid, sandbox.authToken], 200],
    ['API Key SID + secret', () => [sandbox.apiKeySid, sandbox.apiKeySecret], 200],
    ['wrong Auth Token', () => [sandbox.accountSid, 'not-the-token'], 401],
    ['API Key with the Auth Token as secret', () => [sandbox.apiKeySid, sandbox.authToken], 401],
    ['unknown username', () => [`AC${'0'.repeat(32)}`, sandbox.authToken], 401],
  ])('%s', async (_, credentials, status) => {
    const [username, password] = credentials();
    const answer = await sandboxClient(sandbox, { username, password }).get('.json');
    expect(answer.status).toBe(status);
    if (status === 200) expect(answer.body).toMatchObject({ sid: sandbox.accountSid, friendly_name: 'Rapid Rooter Plumbing', status: 'active' });
    else {
      expect(answer.body).toEqual({ code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 });
      expect(answer.headers.get('www-authenticate')).toMatch(/^Basic/);
    }
  });

  test('a request without credentials is 401', async () => {
    const response = await fetch(`${sandbox.url}/2010-04-01/Accounts/${sandbox.accountSid}.json`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: number }).code).toBe(20003);
  });

  test("another account's resources are 404 even with good credentials", async () => {
    const answer = await twilio.get(`/2010-04-01/Accounts/AC${'1'.repeat(32)}/Calls.json`);
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 20404, status: 404, more_info: 'https://www.twilio.com/docs/errors/20404' });
  });

  test.each([
    ['an unknown call', () => `/Calls/CA${'0'.repeat(32)}.json`],
    ['an unknown number', () => `/IncomingPhoneNumbers/PN${'0'.repeat(32)}.json`],
    ['an unknown message', () => `/Messages/SM${'0'.repeat(32)}.json`],
    ['an unknown recording', () => `/Recordings/RE${'0'.repeat(32)}.json`],
    ['an unknown resource', () => '/Queues.json'],
  ])('%s is Twilio\'s 20404', async (_, path) => {
    const answer = await twilio.get(path());
    expect(answer.status).toBe(404);
    expect(Object.keys(answer.body).sort()).toEqual(['code', 'message', 'more_info', 'status']);
    expect(answer.body.code).toBe(20404);
  });
});

describe('incoming phone numbers', () => {
  test('lists every number with the fields the app reads', async () => {
    const { body } = await twilio.get('/IncomingPhoneNumbers.json');
    expect(body.incoming_phone_numbers.map((n: { phone_number: string }) => n.phone_number)).toEqual([MAIN_LINE, EMERGENCY_LINE, '+15125550102', TRACKING_LINE, TRUNK_LINE, ...DELIVERY_LINES]);
    const main = body.incoming_phone_numbers[0];
    expect(main).toMatchObject({ friendly_name: 'Main Line', capabilities: { voice: true, sms: true }, voice_application_sid: null, trunk_sid: null, status_callback: '', status_callback_method: 'POST' });
    expect(main.sid).toMatch(/^PN[0-9a-f]{32}$/);
    expect(body.incoming_phone_numbers[2].voice_application_sid).toMatch(/^AP/);
    expect(body.incoming_phone_numbers[3].status_callback).toBe('https://calltracker.example.com/twilio/status');
    expect(body.incoming_phone_numbers[4]).toMatchObject({ trunk_sid: expect.stringMatching(/^TK/), capabilities: { sms: false } });
  });

  test.each([
    [MAIN_LINE, [MAIN_LINE]],
    ['5125550101', [EMERGENCY_LINE]],
    ['555010*', [MAIN_LINE, EMERGENCY_LINE, '+15125550102', TRACKING_LINE, TRUNK_LINE, ...DELIVERY_LINES]],
    ['+15125550999', []],
  ])('PhoneNumber=%s', async (filter, expected) => {
    const { body } = await twilio.get('/IncomingPhoneNumbers.json', { PhoneNumber: filter });
    expect(body.incoming_phone_numbers.map((n: { phone_number: string }) => n.phone_number)).toEqual(expected);
  });

  test('fetch and update (status callback saved, then restored)', async () => {
    const emergency = sandbox.state.numbers.find((n) => n.phoneNumber === EMERGENCY_LINE)!;
    const hook = 'https://hooks.zapier.com/hooks/standard/123/abc/';
    const updated = await twilio.post(`/IncomingPhoneNumbers/${emergency.sid}.json`, { StatusCallback: hook, StatusCallbackMethod: 'post' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ sid: emergency.sid, status_callback: hook, status_callback_method: 'POST' });
    expect((await twilio.get(`/IncomingPhoneNumbers/${emergency.sid}.json`)).body.status_callback).toBe(hook);
    const restored = await twilio.post(`/IncomingPhoneNumbers/${emergency.sid}.json`, { StatusCallback: '', StatusCallbackMethod: 'POST' });
    expect(restored.body.status_callback).toBe('');
  });

  test('an invalid method is rejected', async () => {
    const main = sandbox.state.numbers[0];
    const answer = await twilio.post(`/IncomingPhoneNumbers/${main.sid}.json`, { StatusCallbackMethod: 'PUT' });
    expect(answer.status).toBe(400);
    expect(main.statusCallbackMethod).toBe('POST');
  });
});

describe('calls', () => {
  test('are newest first, with Twilio formats', async () => {
    const calls = await callsWhere({});
    expect(calls.length).toBe(sandbox.state.calls.length);
    const created = calls.map((call) => Date.parse(call.date_created!));
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    for (const call of calls) {
      expect(call.sid).toMatch(/^CA[0-9a-f]{32}$/);
      expect(call.date_created).toMatch(RFC_2822);
      if (call.start_time !== null) expect(call.start_time).toMatch(RFC_2822);
      if (call.duration !== null) expect(call.duration).toMatch(/^\d+$/);
    }
  });

  test('fetch one, with its parent and formatted numbers', async () => {
    const sid = sandbox.callSid('forwarded-no-answer');
    const { body } = await twilio.get(`/Calls/${sid}.json`);
    expect(body).toMatchObject({ sid, direction: 'inbound', parent_call_sid: null, from: '+15125550112', from_formatted: '(512) 555-0112', to: MAIN_LINE, status: 'completed', duration: '32', caller_name: 'JOHNSON MARIA' });
    const [leg] = await callsWhere({ ParentCallSid: sid });
    expect(leg).toMatchObject({ parent_call_sid: sid, direction: 'outbound-dial', status: 'no-answer', duration: '0', answered_by: null });
  });

  const filters: Array<[string, () => Record<string, string>, (call: Record<string, string | null>) => boolean]> = [
    ['To', () => ({ To: EMERGENCY_LINE }), (call) => call.to === EMERGENCY_LINE],
    ['From', () => ({ From: '+15125550128' }), (call) => call.from === '+15125550128'],
    ['Status', () => ({ Status: 'no-answer' }), (call) => call.status === 'no-answer'],
    ['StartTime> (ISO)', () => ({ 'StartTime>': ago(2 * HOUR).toISOString() }), (call) => Date.parse(call.start_time!) >= ago(2 * HOUR).getTime() - 1000],
    ['StartTime< (ISO)', () => ({ 'StartTime<': ago(20 * HOUR).toISOString() }), (call) => Date.parse(call.start_time!) <= ago(20 * HOUR).getTime()],
    ['StartTime>= spelling', () => ({ 'StartTime>=': ago(2 * HOUR).toISOString() }), (call) => Date.parse(call.start_time!) >= ago(2 * HOUR).getTime() - 1000],
    ['StartTime (a UTC day)', () => ({ StartTime: sandbox.now.toISOString().slice(0, 10) }), (call) => call.start_time !== null && new Date(call.start_time).toISOString().slice(0, 10) === sandbox.now.toISOString().slice(0, 10)],
    ['EndTime> (date)', () => ({ 'EndTime>': sandbox.now.toISOString().slice(0, 10) }), (call) => call.end_time !== null && Date.parse(call.end_time) >= Date.parse(sandbox.now.toISOString().slice(0, 10))],
    ['EndTime< (ISO)', () => ({ 'EndTime<': ago(10 * HOUR).toISOString() }), (call) => call.end_time !== null && Date.parse(call.end_time) <= ago(10 * HOUR).getTime()],
  ];
  test.each(filters)('%s keeps exactly the matching calls', async (_, query, keep) => {
    const all = await callsWhere({});
    const filtered = await callsWhere(query());
    const expected = all.filter(keep).map((call) => call.sid);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(filtered.map((call) => call.sid)).toEqual(expected);
  });

  test('a raw `StartTime>=` in the URL reads as StartTime>', async () => {
    const since = ago(2 * HOUR).toISOString();
    const raw = await twilio.follow(`/2010-04-01/Accounts/${sandbox.accountSid}/Calls.json?StartTime>=${since}&PageSize=1000`);
    expect(raw.body.calls.map((call: { sid: string }) => call.sid)).toEqual((await callsWhere({ 'StartTime>': since })).map((call) => call.sid));
  });

  test('a date filter Twilio cannot read is a 400', async () => {
    const answer = await twilio.get('/Calls.json', { 'StartTime>': 'yesterday' });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(20001);
  });

  test('queued calls have no start time and are left out by date filters', async () => {
    const { call } = sandbox.addCall({ from: '+15125550140', to: MAIN_LINE, status: 'queued' });
    const fetched = (await twilio.get(`/Calls/${call.sid}.json`)).body;
    expect(fetched).toMatchObject({ status: 'queued', start_time: null, end_time: null, duration: null });
    expect((await callsWhere({ 'StartTime>': '2000-01-01' })).some((c) => c.sid === call.sid)).toBe(false);
    sandbox.state.calls.splice(sandbox.state.calls.indexOf(call), 1);
  });
});

describe('paging', () => {
  test('following next_page_uri visits every call once, in order', async () => {
    const everything = (await callsWhere({})).map((call) => call.sid);
    const seen: string[] = [];
    let page = await twilio.get('/Calls.json', { PageSize: '7' });
    let index = 0;
    for (;;) {
      expect(page.body).toMatchObject({ page: index, page_size: 7, start: index * 7 });
      expect(page.body.first_page_uri).toMatch(/Calls\.json\?PageSize=7&Page=0$/);
      seen.push(...page.body.calls.map((call: { sid: string }) => call.sid));
      expect(page.body.end).toBe(seen.length - 1);
      if (index > 0) expect(page.body.previous_page_uri).toMatch(/Page=\d+&PageToken=PB/);
      if (!page.body.next_page_uri) break;
      expect(page.body.next_page_uri).toMatch(/PageToken=PA/);
      page = await twilio.follow(page.body.next_page_uri);
      index += 1;
    }
    expect(seen).toEqual(everything);
    expect(index).toBe(Math.ceil(everything.length / 7) - 1);
  });

  test('filters ride along in the paging URIs; previous_page_uri goes back', async () => {
    const first = await twilio.get('/Calls.json', { To: MAIN_LINE, PageSize: '3' });
    expect(first.body.next_page_uri).toContain(`To=${encodeURIComponent(MAIN_LINE)}`);
    const second = await twilio.follow(first.body.next_page_uri);
    expect(second.body.calls.every((call: { to: string }) => call.to === MAIN_LINE)).toBe(true);
    const back = await twilio.follow(second.body.previous_page_uri);
    expect(back.body.calls.map((c: { sid: string }) => c.sid)).toEqual(first.body.calls.map((c: { sid: string }) => c.sid));
  });

  test('a call arriving between pages does not repeat or skip anything', async () => {
    const before = (await callsWhere({})).map((call) => call.sid);
    const first = await twilio.get('/Calls.json', { PageSize: '10' });
    const { call } = sandbox.addMissedCall({ from: '+15125550141' });
    const second = await twilio.follow(first.body.next_page_uri);
    const sids = [...first.body.calls, ...second.body.calls].map((c: { sid: string }) => c.sid);
    expect(sids).toEqual(before.slice(0, 20));
    sandbox.state.calls = sandbox.state.calls.filter((c) => c.sid !== call.sid && c.parentCallSid !== call.sid);
  });

  test.each([
    [undefined, 50],
    ['1', 1],
    ['5000', 1000],
  ])('PageSize %s gives pages of %i', async (size, expected) => {
    const { body } = await twilio.get('/Calls.json', size ? { PageSize: size } : {});
    expect(body.page_size).toBe(expected);
    expect(body.calls.length).toBe(Math.min(expected, sandbox.state.calls.length));
  });

  test('Page without a token counts from the start', async () => {
    const all = (await callsWhere({})).map((call) => call.sid);
    const { body } = await twilio.get('/Calls.json', { PageSize: '5', Page: '2' });
    expect(body.calls.map((c: { sid: string }) => c.sid)).toEqual(all.slice(10, 15));
  });
});

describe('recordings', () => {
  test('by call: the voicemail, with its media URL', async () => {
    const callSid = sandbox.callSid('voicemail');
    const { body } = await twilio.get('/Recordings.json', { CallSid: callSid });
    expect(body.recordings).toHaveLength(1);
    expect(body.recordings[0]).toMatchObject({ call_sid: callSid, source: 'RecordVerb', status: 'completed', duration: '41' });
    expect(body.recordings[0].media_url).toBe(`${sandbox.url}/2010-04-01/Accounts/${sandbox.accountSid}/Recordings/${body.recordings[0].sid}`);
    const nested = await twilio.get(`/Calls/${callSid}/Recordings.json`);
    expect(nested.body.recordings).toEqual(body.recordings);
    expect((await twilio.get(`/Recordings/${body.recordings[0].sid}.json`)).body).toEqual(body.recordings[0]);
  });

  test.each([
    ['voicemail-absent', 'absent', 'RecordVerb'],
    ['voicemail-processing', 'processing', 'RecordVerb'],
    ['ringing-recorded-not-voicemail', 'completed', 'DialVerb'],
  ])('%s: %s %s', async (key, status, source) => {
    const { body } = await twilio.get('/Recordings.json', { CallSid: sandbox.callSid(key) });
    expect(body.recordings).toEqual([expect.objectContaining({ status, source })]);
  });

  test('DateCreated filters', async () => {
    const all = (await twilio.get('/Recordings.json')).body.recordings as Array<{ date_created: string }>;
    const since = ago(10 * HOUR);
    const recent = (await twilio.get('/Recordings.json', { 'DateCreated>': since.toISOString() })).body.recordings as Array<{ date_created: string }>;
    expect(recent.length).toBe(all.filter((r) => Date.parse(r.date_created) >= since.getTime()).length);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all.length);
    const older = (await twilio.get('/Recordings.json', { 'DateCreated<': since.toISOString() })).body.recordings;
    expect(older.length + recent.length).toBe(all.length);
  });
});

describe('messages', () => {
  test('history is newest first and filterable', async () => {
    const all = (await twilio.get('/Messages.json', { PageSize: '1000' })).body.messages as Array<Record<string, string>>;
    // A text Twilio stopped before sending (failed, e.g. fraud protection) has no date_sent: no DateSent filter matches it.
    const unsent = all.filter((m) => m.date_sent === null);
    expect(unsent.length).toBeGreaterThan(0);
    expect(unsent.map((m) => m.status)).toEqual(unsent.map(() => 'failed'));
    const sent = all.filter((m) => m.date_sent !== null).map((m) => Date.parse(m.date_sent));
    expect([...sent].sort((a, b) => b - a)).toEqual(sent);
    const toMain = (await twilio.get('/Messages.json', { To: MAIN_LINE })).body.messages as Array<Record<string, string>>;
    expect(toMain.length).toBeGreaterThan(0);
    expect(toMain.every((m) => m.to === MAIN_LINE && m.direction === 'inbound')).toBe(true);
    const fromCaller = (await twilio.get('/Messages.json', { From: '+15125550136' })).body.messages;
    expect(fromCaller.map((m: { body: string }) => m.body)).toEqual(['please stop texting me']);
    const lastDay = (await twilio.get('/Messages.json', { 'DateSent>': ago(24 * HOUR).toISOString() })).body.messages as Array<Record<string, string>>;
    expect(lastDay.length).toBe(all.filter((m) => Date.parse(m.date_sent) >= ago(24 * HOUR).getTime()).length);
    expect(lastDay.length).toBeLessThan(all.length);
    const oldOnes = (await twilio.get('/Messages.json', { 'DateSent<': ago(24 * HOUR).toISOString() })).body.messages;
    expect(oldOnes.length + lastDay.length).toBe(all.length - unsent.length);
  });

  test('a sent text is outbound-api, queued, with segments and dates', async () => {
    const count = sandbox.state.messages.length;
    const body = 'Hi, this is Rapid Rooter Plumbing. Sorry we missed your call! Reply STOP to opt out.';
    const answer = await twilio.post('/Messages.json', { To: '(512) 555-0142', From: MAIN_LINE, Body: body });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ direction: 'outbound-api', status: 'queued', to: '+15125550142', from: MAIN_LINE, body, num_segments: '1', messaging_service_sid: null, error_code: null });
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
    const answer = await twilio.post('/Messages.json', { To: '+15125550144', MessagingServiceSid: service.sid, Body: 'Rapid Rooter here' });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ messaging_service_sid: service.sid, from: MAIN_LINE });
  });

  test.each([
    ['21211: an invalid To', { To: '+1555012', From: MAIN_LINE, Body: 'Hi' }, 21211],
    ['21211: a short code', { To: '12345', From: MAIN_LINE, Body: 'Hi' }, 21211],
    ['21211: a withheld caller ID', { To: '+266696687', From: MAIN_LINE, Body: 'Hi' }, 21211],
    ['21610: texted STOP', { To: '+15125550129', From: MAIN_LINE, Body: 'Hi' }, 21610],
    ['21610: texted STOP, via the Messaging Service', { To: '+15125550129', MessagingServiceSid: 'service', Body: 'Hi' }, 21610],
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
    expect(answer.body).toEqual({ code, message: expect.any(String), more_info: `https://www.twilio.com/docs/errors/${code}`, status: 400 });
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
    ['STOP', true], [' stop ', true], ['Stop.', true], ['unsubscribe!', true], ['STOPALL', true], ['cancel', true],
    ['End', true], ['QUIT', true], ['revoke', true], ['OPTOUT', true],
    ['please stop texting me', false], ['STOP please', false], ['Yes, stop', false], ['stopping by later', false],
  ])('%j blocks the pair: %s', async (body, blocks) => {
    const from = caller(nextCaller++);
    const before = sandbox.state.messages.length;
    const message = sandbox.addInboundMessage({ from, to: MAIN_LINE, body });
    expect(message).toMatchObject({ direction: 'inbound', status: 'received', from, to: MAIN_LINE, body });
    const added = sandbox.state.messages.slice(before);
    expect(added.map((m) => m.direction)).toEqual(blocks ? ['inbound', 'outbound-reply'] : ['inbound']);
    if (blocks) expect(added[1]).toMatchObject({ from: MAIN_LINE, to: from, body: expect.stringContaining('unsubscribed') });
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

  test('the scenario keeps last month\'s STOP and the later START', () => {
    expect([...sandbox.state.optOuts.values()].some((o) => o.customerNumber === '+15125550129' && o.businessNumber === MAIN_LINE)).toBe(true);
    expect([...sandbox.state.optOuts.values()].some((o) => o.customerNumber === '+15125550130')).toBe(false);
  });
});

describe('status callbacks', () => {
  function hookServer(): Promise<{ url: string; received: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }>; close(): void }> {
    const received: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => { body += chunk; });
      request.on('end', () => {
        received.push({ method: request.method!, url: request.url!, headers: request.headers, body });
        response.end('ok');
      });
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/hooks/catch/1/abc/`, received, close: () => server.close() });
    }));
  }

  test("the request carries Twilio's parameters and a valid signature", () => {
    const sid = sandbox.callSid('tracking-line-missed');
    const request = sandbox.statusCallbackRequest(sid);
    expect(request.url).toBe('https://calltracker.example.com/twilio/status');
    expect(request.method).toBe('POST');
    expect(request.params).toMatchObject({
      AccountSid: sandbox.accountSid, ApiVersion: '2010-04-01', CallSid: sid, CallStatus: 'no-answer', Called: TRACKING_LINE,
      Caller: '+17375550120', Direction: 'inbound', From: '+17375550120', To: TRACKING_LINE, CallDuration: '0',
      CallbackSource: 'call-progress-events', SequenceNumber: '0', FromCountry: 'US',
    });
    expect(request.params.Timestamp).toMatch(RFC_2822);
    expect(request.body).toBe(new URLSearchParams(request.params).toString());
    const signature = request.headers['X-Twilio-Signature'];
    expect(validTwilioSignature(sandbox.authToken, signature, request.url, request.params)).toBe(true);
    expect(validTwilioSignature('wrong-token', signature, request.url, request.params)).toBe(false);
    expect(validTwilioSignature(sandbox.authToken, signature, request.url, { ...request.params, CallStatus: 'completed' })).toBe(false);
    expect(validTwilioSignature(sandbox.authToken, signature, `${request.url}?x=1`, request.params)).toBe(false);
  });

  test('a number without a status callback needs an explicit URL', () => {
    expect(() => sandbox.statusCallbackRequest(sandbox.callSid('voicemail'))).toThrow(/no status callback/);
    const request = sandbox.statusCallbackRequest(sandbox.callSid('voicemail'), 'https://hooks.zapier.com/hooks/standard/9/x/');
    expect(request.params).toMatchObject({ CallStatus: 'completed', CallDuration: '75' });
  });

  test('delivered for real, POST and GET', async () => {
    const hook = await hookServer();
    try {
      const main = sandbox.state.numbers[0];
      const sid = sandbox.callSid('forwarded-no-answer');
      const post = await sandbox.deliverStatusCallback(sid, hook.url);
      expect(post).toEqual({ status: 200, body: 'ok' });
      const [posted] = hook.received;
      expect(posted.method).toBe('POST');
      const params = Object.fromEntries(new URLSearchParams(posted.body));
      expect(params.CallSid).toBe(sid);
      expect(validTwilioSignature(sandbox.authToken, posted.headers['x-twilio-signature'] as string, hook.url, params)).toBe(true);

      main.statusCallback = hook.url;
      main.statusCallbackMethod = 'GET';
      await sandbox.deliverStatusCallback(sid);
      const got = hook.received[1];
      expect(got.method).toBe('GET');
      const fullUrl = `http://127.0.0.1${got.url.replace(/^/, `:${new URL(hook.url).port}`)}`;
      expect(new URL(fullUrl).searchParams.get('CallSid')).toBe(sid);
      expect(validTwilioSignature(sandbox.authToken, got.headers['x-twilio-signature'] as string, fullUrl, {})).toBe(true);
    } finally {
      const main = sandbox.state.numbers[0];
      main.statusCallback = '';
      main.statusCallbackMethod = 'POST';
      hook.close();
    }
  });
});

describe('faults', () => {
  const sendForm = { To: '+15125550145', From: MAIN_LINE, Body: 'Rapid Rooter here' };
  const outboundTo = (to: string) => sandbox.state.messages.filter((m) => m.to === to && m.direction === 'outbound-api').length;

  test('429 with Retry-After, then normal answers', async () => {
    sandbox.faults.add({ kind: '429', retryAfter: 7 });
    const limited = await twilio.get('/Calls.json');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body).toEqual({ code: 20429, message: 'Too Many Requests', more_info: 'https://www.twilio.com/docs/errors/20429', status: 429 });
    expect((await twilio.get('/Calls.json')).status).toBe(200);
  });

  test('500 with a count', async () => {
    sandbox.faults.add({ kind: '500', count: 2 });
    expect((await twilio.get('.json')).status).toBe(500);
    expect((await twilio.get('.json')).body.code).toBe(20500);
    expect((await twilio.get('.json')).status).toBe(200);
  });

  test('slow answers after the delay', async () => {
    sandbox.faults.add({ kind: 'slow', delayMs: 300 });
    const started = Date.now();
    expect((await twilio.get('.json')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  test('drop closes the socket and does nothing', async () => {
    sandbox.faults.add({ kind: 'drop', method: 'POST' });
    const before = outboundTo(sendForm.To);
    await expect(twilio.post('/Messages.json', sendForm)).rejects.toThrow();
    expect(outboundTo(sendForm.To)).toBe(before);
  });

  test('lose_response sends the text but the answer never arrives', async () => {
    sandbox.faults.add({ kind: 'lose_response', path: 'Messages.json' });
    const before = outboundTo(sendForm.To);
    await expect(twilio.post('/Messages.json', sendForm)).rejects.toThrow();
    expect(outboundTo(sendForm.To)).toBe(before + 1);
    const listed = (await twilio.get('/Messages.json', { To: sendForm.To })).body.messages;
    expect(listed[0]).toMatchObject({ direction: 'outbound-api', body: sendForm.Body });
  });

  test('garbage is a 200 that is not JSON, and nothing is done', async () => {
    sandbox.faults.add({ kind: 'garbage' });
    const before = outboundTo(sendForm.To);
    const answer = await twilio.post('/Messages.json', sendForm);
    expect(answer.status).toBe(200);
    expect(answer.body).toBeNull();
    expect(answer.text).toContain('<html>');
    expect(outboundTo(sendForm.To)).toBe(before);
  });

  test('faults hit only matching requests, and are logged', async () => {
    sandbox.faults.add({ kind: '500', method: 'GET', path: /\/v2\/PhoneNumbers\// });
    sandbox.resetRequests();
    expect((await twilio.get('/Calls.json', { PageSize: '1' })).status).toBe(200);
    expect((await twilio.get('/v2/PhoneNumbers/+15125550131', { Fields: 'line_type_intelligence' })).status).toBe(500);
    expect((await twilio.get('/v2/PhoneNumbers/+15125550131', { Fields: 'line_type_intelligence' })).status).toBe(200);
    expect(sandbox.requests.map((r) => r.fault)).toEqual([undefined, '500', undefined]);
    expect(sandbox.faults.pending).toHaveLength(0);
  });
});

describe('request log', () => {
  test('records method, path, query and form; resetRequests clears it', async () => {
    sandbox.resetRequests();
    await twilio.get('/Calls.json', { To: MAIN_LINE, 'StartTime>': '2026-01-01' });
    await twilio.post('/Messages.json', { To: '+15125550146', From: MAIN_LINE, Body: 'Hi' });
    await twilio.get('/v2/PhoneNumbers/+15125550146', { Fields: 'line_type_intelligence' });
    expect(sandbox.requests).toEqual([
      { method: 'GET', path: `/2010-04-01/Accounts/${sandbox.accountSid}/Calls.json`, query: { To: MAIN_LINE, 'StartTime>': '2026-01-01' }, form: {} },
      { method: 'POST', path: `/2010-04-01/Accounts/${sandbox.accountSid}/Messages.json`, query: {}, form: { To: '+15125550146', From: MAIN_LINE, Body: 'Hi' } },
      { method: 'GET', path: '/v2/PhoneNumbers/+15125550146', query: { Fields: 'line_type_intelligence' }, form: {} },
    ]);
    sandbox.resetRequests();
    expect(sandbox.requests).toHaveLength(0);
  });
});

describe('Lookup v2', () => {
  test.each([
    ['+15125550131', 'landline', 'US'],
    ['+442079460018', 'landline', 'GB'],
    ['+18765550142', 'mobile', 'JM'],
    ['+15125550147', 'mobile', 'US'],
    ['+18005550100', 'tollFree', 'US'],
    ['5125550131', 'landline', 'US'],
  ])('%s is %s', async (number, type, country) => {
    const { status, body } = await twilio.get(`/v2/PhoneNumbers/${encodeURIComponent(number)}`, { Fields: 'line_type_intelligence' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ valid: true, country_code: country, line_type_intelligence: { type, error_code: null } });
  });

  test('without Fields the package is null; an invalid number is valid: false', async () => {
    expect((await twilio.get('/v2/PhoneNumbers/+15125550131')).body).toMatchObject({ valid: true, line_type_intelligence: null });
    expect((await twilio.get('/v2/PhoneNumbers/+1555012', { Fields: 'line_type_intelligence' })).body).toMatchObject({ valid: false, validation_errors: [expect.any(String)], line_type_intelligence: null });
  });
});

describe('seeding', () => {
  test('seedMissedCalls(n): n callers, each completed with a no-answer forwarded leg, inside the last 24 hours', async () => {
    const fresh = await startSandbox({ now: new Date('2026-11-29T14:03:00Z') });
    try {
      const before = fresh.state.calls.length;
      const added = fresh.seedMissedCalls(500);
      expect(fresh.state.calls.length).toBe(before + 1000);
      expect(new Set(added.map((a) => a.call.from)).size).toBe(500);
      for (const { call, legs } of added) {
        expect(call).toMatchObject({ direction: 'inbound', status: 'completed', to: MAIN_LINE, parentCallSid: null });
        expect(legs).toEqual([expect.objectContaining({ direction: 'outbound-dial', status: 'no-answer', parentCallSid: call.sid })]);
        const age = fresh.now.getTime() - call.startTime!.getTime();
        expect(age).toBeGreaterThan(0);
        expect(age).toBeLessThan(24 * HOUR);
      }
      const client = sandboxClient(fresh, { username: fresh.accountSid, password: fresh.authToken });
      const listed = await client.get('/Calls.json', { 'StartTime>': new Date(fresh.now.getTime() - 24 * HOUR).toISOString(), PageSize: '1000' });
      expect(listed.body.calls.length).toBeGreaterThanOrEqual(1000);
      expect(fresh.seedMissedCalls(2).map((a) => a.call.sid).some((sid) => added.some((a) => a.call.sid === sid))).toBe(false);
    } finally {
      await fresh.stop();
    }
  });

  test('a fixed clock seeds the same SIDs and dates every run', async () => {
    const now = new Date('2026-11-29T14:03:00Z');
    const [a, b] = await Promise.all([startSandbox({ now }), startSandbox({ now })]);
    try {
      expect(a.callSid('voicemail')).toBe(b.callSid('voicemail'));
      expect(a.state.calls.map((c) => [c.sid, c.startTime?.toISOString()])).toEqual(b.state.calls.map((c) => [c.sid, c.startTime?.toISOString()]));
      expect(a.accountSid).toMatch(/^AC[0-9a-f]{32}$/);
      expect(a.apiKeySid).toMatch(/^SK[0-9a-f]{32}$/);
      expect(a.url).not.toBe(b.url);
      expect(a.authData()).toEqual({ account_sid: a.accountSid, auth_token: a.authToken, api_base_url: a.url });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
