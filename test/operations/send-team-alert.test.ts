import type { Bundle, ZObject } from 'zapier-platform-core';
import { MAIN_LINE } from '../../sandbox/scenario';
import { CacheDouble } from '../../sandbox/zapier-cache';
import { appTester, perform, run, useSandbox } from '../helpers/app';
import { expectPlainError, ownerMessage } from '../helpers/owner-errors';

/** Contract: "The callback loop", `send_team_alert`, run over the sandbox the way Zapier runs it. */
const sandbox = useSandbox();
type Item = Record<string, unknown>;
const sendTeamAlert = perform('creates', 'send_team_alert');

let next = 500;
const fresh = () => `+1720555${String(next++).padStart(4, '0')}`;
const textsTo = (number: string) =>
  sandbox().state.messages.filter((message) => message.to === number && message.direction === 'outbound-api');

const alertFor = (caller: string, callId: string, team: string[], extra: Item = {}): Item => ({
  team_numbers: team.join(', '),
  from: MAIN_LINE,
  caller_number: caller,
  caller_name: 'Dana Cruz',
  call_id: callId,
  missed_reason: 'voicemail',
  voicemail_transcript: 'Hi, my water heater is leaking, please call me back.',
  ...extra,
});

function alertWith(cache: CacheDouble | undefined, inputData: Item): Promise<Item> {
  return appTester((z: ZObject, bundle: Bundle) => sendTeamAlert(cache ? Object.assign(z, { cache }) : z, bundle), {
    authData: sandbox().authData(),
    inputData,
  }) as Promise<Item>;
}

test('one alert per team number: the caller, the time, the voicemail and a working tel: link; a replay sends none', async () => {
  const caller = fresh();
  const team = [fresh(), fresh()];
  const callId = sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 2 }).call.sid;
  const input = alertFor(caller, callId, [
    `(${team[0].slice(2, 5)}) ${team[0].slice(5, 8)}-${team[0].slice(8)}`,
    team[1],
  ]);
  const first = await alertWith(undefined, input);
  expect(first).toMatchObject({
    status: 'sent',
    sent_to: team.join(', '),
    skipped_numbers: '',
    callback_link: `tel:${caller}`,
  });
  for (const number of team) expect(textsTo(number)).toHaveLength(1);
  const body = textsTo(team[0])[0].body;
  expect(body).toBe(first.body);
  expect(body).toMatch(
    /^TEAM ALERT: Dana Cruz \(720\) 555-\d{4} called \w{3}, \w{3} \d+, \d+:\d{2} [AP]M - left a voicemail\./,
  );
  expect(body).toContain('Voicemail: "Hi, my water heater is leaking, please call me back."');
  expect(body).toContain(`Call back: tel:${caller}`);
  expect(body).not.toContain('STOP');
  expect(first.message_sids).toBe(team.map((number) => textsTo(number)[0].sid).join(', '));

  const replay = await alertWith(undefined, input);
  expect(replay).toMatchObject({ status: 'sent', sent_to: first.sent_to, message_sids: first.message_sids });
  for (const number of team) expect(textsTo(number)).toHaveLength(1);
});

test('a team member who texted STOP is skipped and named; the caller and bad entries too; the rest are alerted', async () => {
  const caller = fresh();
  const [stopped, member] = [fresh(), fresh()];
  sandbox().addInboundMessage({ from: stopped, to: MAIN_LINE, body: 'STOP' });
  const callId = sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 1 }).call.sid;
  const result = await alertWith(undefined, alertFor(caller, callId, [stopped, member, caller, 'n/a']));
  expect(result.status).toBe('sent');
  expect(result.sent_to).toBe(member);
  expect(String(result.skipped_numbers).split('; ')).toEqual([
    '"n/a": is not a phone number',
    `${caller}: is the caller's own number`,
    expect.stringMatching(new RegExp(`^\\${stopped}: replied STOP on \\w{3} \\d+$`)),
  ]);
  expect(textsTo(stopped)).toEqual([]);
  expect(textsTo(caller)).toEqual([]);
});

test('only team numbers that stopped: status skipped, nothing sent', async () => {
  const caller = fresh();
  const stopped = fresh();
  sandbox().addInboundMessage({ from: stopped, to: MAIN_LINE, body: 'stop texting me please' });
  const result = await alertWith(undefined, alertFor(caller, 'call-1', [stopped]));
  expect(result).toMatchObject({ status: 'skipped', sent_to: '', message_sids: '' });
  expect(textsTo(stopped)).toEqual([]);
});

test('all team numbers invalid: a plain error naming each, nothing sent', async () => {
  const before = sandbox().state.messages.length;
  const refusal = (input: Item) =>
    alertWith(undefined, input).then(
      () => null,
      (error: unknown) => error,
    );
  const allInvalid = await refusal(alertFor(fresh(), 'call-2', ['555', 'the office']));
  expectPlainError(allInvalid);
  expect(ownerMessage(allInvalid)).toMatch(
    /^No alert was sent: "555" is not a phone number; "the office" is not a phone number\./,
  );
  const withheld = await refusal(alertFor('withheld', 'call-3', [fresh()]));
  expect(ownerMessage(withheld)).toMatch(/^Caller Number "withheld" is not a phone number/);
  expect(sandbox().state.messages.length).toBe(before);
});

test('racing runs for one call: each team number gets one alert, every run returns it', async () => {
  const caller = fresh();
  const team = [fresh(), fresh()];
  const callId = sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 1 }).call.sid;
  const cache = new CacheDouble();
  sandbox().faults.add({ kind: 'slow', method: 'GET', path: 'Messages.json', count: 20, delayMs: 200 });
  const results = await Promise.all([1, 2, 3].map(() => alertWith(cache, alertFor(caller, callId, team))));
  sandbox().faults.clear();
  for (const number of team) expect(textsTo(number)).toHaveLength(1);
  for (const result of results) expect(result.message_sids).toBe(results[0].message_sids);
});

test('an alert is no text-back: the team member who once called is still texted back, and the report counts none', async () => {
  const caller = fresh();
  const member = fresh();
  const memberCall = sandbox().addMissedCall({ from: member, to: MAIN_LINE, minutesAgo: 3 }).call.sid;
  const callId = sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 2 }).call.sid;
  const reportBefore = (
    (await run(sandbox(), perform('searches', 'find_recovery_report'), { inputData: { period_days: 1 } })) as Item[]
  )[0];
  await alertWith(undefined, alertFor(caller, callId, [member]));
  expect(textsTo(member)).toHaveLength(1);
  const reportAfter = (
    (await run(sandbox(), perform('searches', 'find_recovery_report'), { inputData: { period_days: 1 } })) as Item[]
  )[0];
  expect(reportAfter.text_backs_sent).toBe(reportBefore.text_backs_sent);
  const textBack = (await run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: { to: member, from: MAIN_LINE, call_id: memberCall, business_name: 'Rapid Rooter Plumbing' },
  })) as Item;
  expect(textBack).toMatchObject({ status: 'sent', replayed: false });
});

test('a second alert about the same call under another id (not returned) is sent', async () => {
  const caller = fresh();
  const member = fresh();
  const callId = sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 20 }).call.sid;
  await alertWith(undefined, alertFor(caller, callId, [member]));
  await alertWith(
    undefined,
    alertFor(caller, `${callId}:unreturned`, [member], { note: 'Nobody has called back yet.' }),
  );
  expect(textsTo(member)).toHaveLength(2);
  expect(textsTo(member)[1].body).toContain('Note: Nobody has called back yet.');
});

test("Twilio's rate limit on an alert: nothing went out, so the run asks to be retried and the retry alerts", async () => {
  const caller = fresh();
  const member = fresh();
  const callId = sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 1 }).call.sid;
  const cache = new CacheDouble();
  sandbox().faults.add({ kind: '429', method: 'POST', path: 'Messages.json' });
  await expect(alertWith(cache, alertFor(caller, callId, [member]))).rejects.toThrow();
  expect(textsTo(member)).toHaveLength(0);
  const retry = await alertWith(cache, alertFor(caller, callId, [member]));
  expect(retry).toMatchObject({ status: 'sent', sent_to: member });
  expect(textsTo(member)).toHaveLength(1);
});

test('a 503 page after Twilio created the alert is of unknown outcome: the claim stays, and the retry sends no second alert', async () => {
  const caller = fresh();
  const member = fresh();
  const callId = sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 1 }).call.sid;
  const cache = new CacheDouble();
  sandbox().faults.add({ kind: '503_page_after_commit', method: 'POST', path: 'Messages.json' });
  const first = await alertWith(cache, alertFor(caller, callId, [member])).catch((error: Error) => error);
  expect(first).toBeInstanceOf(Error);
  expect(textsTo(member)).toHaveLength(1);
  const retry = await alertWith(cache, alertFor(caller, callId, [member]));
  expect(retry).toMatchObject({ status: 'sent', sent_to: member });
  expect(textsTo(member)).toHaveLength(1);
});

test('a hostile caller name and a long transcript: the text Twilio got is at most 3 segments, one line a part, the link whole', async () => {
  const caller = fresh();
  const member = fresh();
  const callId = sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 1 }).call.sid;
  const result = await alertWith(
    undefined,
    alertFor(caller, callId, [member], {
      caller_name: `\u202eＤａｎａ\u0000\n${'水'.repeat(80)}`,
      voicemail_transcript: 'leaking everywhere '.repeat(100),
    }),
  );
  const [text] = textsTo(member);
  expect(text.body).toBe(result.body);
  expect(result.segments).toBeLessThanOrEqual(3);
  expect(text.numSegments).toBe(result.segments);
  const lines = text.body.split('\n');
  expect(lines[0]).toMatch(/^TEAM ALERT: Dana 水+(\.\.\.)? \(720\) 555-\d{4} called /);
  expect(lines.at(-1)).toBe(`Call back: tel:${caller}`);
  for (const line of lines) expect(line).not.toMatch(/[\p{Cc}\p{Cf}]/u);
});

test('a team member Twilio still blocks, whose STOP is gone from the log: skipped and named with why, the others alerted', async () => {
  const caller = fresh();
  const [blocked, member] = [fresh(), fresh()];
  const stop = sandbox().addInboundMessage({ from: blocked, to: MAIN_LINE, body: 'STOP' });
  // Twilio keeps the block after the STOP itself has left the message log (older than the log keeps).
  const state = sandbox().state;
  state.messages.splice(
    0,
    state.messages.length,
    ...state.messages.filter((m) => m.sid !== stop.sid && m.to !== blocked),
  );
  const callId = sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 1 }).call.sid;
  const result = await alertWith(new CacheDouble(), alertFor(caller, callId, [blocked, member]));
  expect(result).toMatchObject({
    status: 'sent',
    sent_to: member,
    skipped_numbers: `${blocked}: replied STOP (Twilio blocks texts to it)`,
  });
  expect(textsTo(blocked)).toEqual([]);
  expect(textsTo(member)).toHaveLength(1);
});
