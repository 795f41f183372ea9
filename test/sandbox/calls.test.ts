import type { SandboxClient } from '../../sandbox/client';
import { EMERGENCY_LINE, MAIN_LINE } from '../../sandbox/scenario';
import type { Sandbox } from '../../sandbox/server';
import { HOUR, RFC_2822, startSandboxApi } from '../helpers/sandbox-api';

/** Calls and their recordings as Twilio lists them: order, formats, filters and paging. */

let sandbox: Sandbox;
let twilio: SandboxClient;

beforeAll(async () => ({ sandbox, twilio } = await startSandboxApi()));
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.faults.clear());

const ago = (ms: number) => new Date(sandbox.now.getTime() - ms);
const callsWhere = async (query: Record<string, string>) =>
  (await twilio.get('/Calls.json', { PageSize: '1000', ...query })).body.calls as Array<Record<string, string | null>>;

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
    expect(body).toMatchObject({
      sid,
      direction: 'inbound',
      parent_call_sid: null,
      from: '+15125550112',
      from_formatted: '(512) 555-0112',
      to: MAIN_LINE,
      status: 'completed',
      duration: '32',
      caller_name: 'JOHNSON MARIA',
    });
    const [leg] = await callsWhere({ ParentCallSid: sid });
    expect(leg).toMatchObject({
      parent_call_sid: sid,
      direction: 'outbound-dial',
      status: 'no-answer',
      duration: '0',
      answered_by: null,
    });
  });

  const filters: Array<[string, () => Record<string, string>, (call: Record<string, string | null>) => boolean]> = [
    ['To', () => ({ To: EMERGENCY_LINE }), (call) => call.to === EMERGENCY_LINE],
    ['From', () => ({ From: '+15125550128' }), (call) => call.from === '+15125550128'],
    ['Status', () => ({ Status: 'no-answer' }), (call) => call.status === 'no-answer'],
    [
      'StartTime> (ISO)',
      () => ({ 'StartTime>': ago(2 * HOUR).toISOString() }),
      (call) => Date.parse(call.start_time!) >= ago(2 * HOUR).getTime() - 1000,
    ],
    [
      'StartTime< (ISO)',
      () => ({ 'StartTime<': ago(20 * HOUR).toISOString() }),
      (call) => Date.parse(call.start_time!) <= ago(20 * HOUR).getTime(),
    ],
    [
      'StartTime>= spelling',
      () => ({ 'StartTime>=': ago(2 * HOUR).toISOString() }),
      (call) => Date.parse(call.start_time!) >= ago(2 * HOUR).getTime() - 1000,
    ],
    [
      'StartTime (a UTC day)',
      () => ({ StartTime: sandbox.now.toISOString().slice(0, 10) }),
      (call) =>
        call.start_time !== null &&
        new Date(call.start_time).toISOString().slice(0, 10) === sandbox.now.toISOString().slice(0, 10),
    ],
    [
      'EndTime> (date)',
      () => ({ 'EndTime>': sandbox.now.toISOString().slice(0, 10) }),
      (call) =>
        call.end_time !== null && Date.parse(call.end_time) >= Date.parse(sandbox.now.toISOString().slice(0, 10)),
    ],
    [
      'EndTime< (ISO)',
      () => ({ 'EndTime<': ago(10 * HOUR).toISOString() }),
      (call) => call.end_time !== null && Date.parse(call.end_time) <= ago(10 * HOUR).getTime(),
    ],
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
    const raw = await twilio.follow(
      `/2010-04-01/Accounts/${sandbox.accountSid}/Calls.json?StartTime>=${since}&PageSize=1000`,
    );
    expect(raw.body.calls.map((call: { sid: string }) => call.sid)).toEqual(
      (await callsWhere({ 'StartTime>': since })).map((call) => call.sid),
    );
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
    expect(back.body.calls.map((c: { sid: string }) => c.sid)).toEqual(
      first.body.calls.map((c: { sid: string }) => c.sid),
    );
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
    expect(body.recordings[0]).toMatchObject({
      call_sid: callSid,
      source: 'RecordVerb',
      status: 'completed',
      duration: '41',
    });
    expect(body.recordings[0].media_url).toBe(
      `${sandbox.url}/2010-04-01/Accounts/${sandbox.accountSid}/Recordings/${body.recordings[0].sid}`,
    );
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
    const recent = (await twilio.get('/Recordings.json', { 'DateCreated>': since.toISOString() })).body
      .recordings as Array<{ date_created: string }>;
    expect(recent.length).toBe(all.filter((r) => Date.parse(r.date_created) >= since.getTime()).length);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all.length);
    const older = (await twilio.get('/Recordings.json', { 'DateCreated<': since.toISOString() })).body.recordings;
    expect(older.length + recent.length).toBe(all.length);
  });
});
