import type { Bundle, ZObject } from 'zapier-platform-core';
import { FAULT_KINDS } from '../../sandbox/faults';
import { MAIN_LINE } from '../../sandbox/scenario';
import { CacheDouble } from '../../sandbox/zapier-cache';
import { appTester, perform, useSandbox } from '../helpers/app';
import { skipAhead, useMovableClock } from '../helpers/clock';
import { RETRY_STEP_MS, retriedUntilDone, textBackRuns } from '../helpers/text-back-runs';

/**
 * Contract: `send_team_alert`, "one alert per `call_id` per team number: replays and racing runs return the
 * first", with Send Text-Back's claims: a send whose outcome is unknown keeps its claim and Twilio's log settles
 * it on the retry; with nothing in the log it is abandoned after 2 minutes and sent once. The clock is moved,
 * never waited on; the cache double takes nx and ttl seriously.
 */
const sandbox = useSandbox();
useMovableClock();
const { freshCaller, missedCall, textsTo, sendWith } = textBackRuns(sandbox, 900);
const ABANDON_MS = 2 * 60 * 1000;
afterEach(() => sandbox().faults.clear());

type Item = Record<string, unknown>;
const sendTeamAlert = perform('creates', 'send_team_alert');
let next = 100;
const teamMember = () => `+1720556${String(next++).padStart(4, '0')}`;

const alertWith = (cache: CacheDouble, inputData: Item): Promise<Item> =>
  appTester((z: ZObject, bundle: Bundle) => sendTeamAlert(Object.assign(z, { cache }), bundle), {
    authData: sandbox().authData(),
    inputData: {
      from: MAIN_LINE,
      caller_name: 'Dana Cruz',
      missed_reason: 'voicemail',
      voicemail_transcript: 'Hi, my water heater is leaking, please call me back.',
      ...inputData,
    },
  }) as Promise<Item>;

describe('an alert whose send fails', () => {
  test.each(FAULT_KINDS)('%s on the send: one alert after the retries, within 2 minutes', async (kind) => {
    const caller = freshCaller();
    const member = teamMember();
    const callId = missedCall(caller);
    const cache = new CacheDouble();
    sandbox().faults.add({ kind, method: 'POST', path: 'Messages.json', delayMs: 50 });
    const { result, heldBackMs } = await retriedUntilDone(
      () => alertWith(cache, { team_numbers: member, caller_number: caller, call_id: callId }),
      8,
    );
    expect(textsTo(member)).toHaveLength(1);
    expect(result).toMatchObject({ status: 'sent', sent_to: member, message_sids: textsTo(member)[0].sid });
    expect(heldBackMs).toBeLessThanOrEqual(ABANDON_MS + RETRY_STEP_MS);
  });

  test.each(['500_after_commit', 'lose_response'] as const)(
    "%s: Twilio's log shows the alert, so the retry returns it at once and sends none",
    async (kind) => {
      const caller = freshCaller();
      const member = teamMember();
      const input = { team_numbers: member, caller_number: caller, call_id: missedCall(caller) };
      const cache = new CacheDouble();
      sandbox().faults.add({ kind, method: 'POST', path: 'Messages.json' });
      await expect(alertWith(cache, input)).rejects.toThrow();
      expect(textsTo(member)).toHaveLength(1);
      const retry = await alertWith(cache, input);
      expect(retry).toMatchObject({ status: 'sent', message_sids: textsTo(member)[0].sid });
      expect(textsTo(member)).toHaveLength(1);
    },
  );

  test('a dropped send with nothing in the log: the retries are told why, and after 2 minutes one alert goes', async () => {
    const caller = freshCaller();
    const member = teamMember();
    const input = { team_numbers: member, caller_number: caller, call_id: missedCall(caller) };
    const cache = new CacheDouble();
    sandbox().faults.add({ kind: 'drop', method: 'POST', path: 'Messages.json' });
    await expect(alertWith(cache, input)).rejects.toThrow();
    const settling = await alertWith(cache, input).catch((error: Error) => error);
    expect(String((settling as Error).message)).toMatch(/got no answer from Twilio/);
    expect(textsTo(member)).toHaveLength(0);
    skipAhead(ABANDON_MS);
    const retry = await alertWith(cache, input);
    expect(textsTo(member)).toHaveLength(1);
    expect(retry).toMatchObject({ status: 'sent', sent_to: member, message_sids: textsTo(member)[0].sid });
  });
});

test('50 runs at once for one call and one team number: one alert, every run returns it', async () => {
  const caller = freshCaller();
  const member = teamMember();
  const input = { team_numbers: member, caller_number: caller, call_id: missedCall(caller) };
  const cache = new CacheDouble();
  const results = await Promise.all(Array.from({ length: 50 }, () => alertWith(cache, input)));
  expect(textsTo(member)).toHaveLength(1);
  for (const result of results) expect(result.message_sids).toBe(textsTo(member)[0].sid);
});

test('Zapier replays the whole Zap for the same call, at once and hours later: neither the text-back nor the alert again', async () => {
  const caller = freshCaller();
  const team = [teamMember(), teamMember()];
  const callId = missedCall(caller);
  const cache = new CacheDouble();
  const zap = async () => {
    const sent = await sendWith(cache, { to: caller, call_id: callId, quiet_hours: '' });
    const alert = await alertWith(cache, {
      team_numbers: team.join(', '),
      caller_number: caller,
      call_id: callId,
      text_back_body: sent.body,
    });
    return { sent, alert };
  };
  const first = await zap();
  expect(first.alert).toMatchObject({ status: 'sent', sent_to: team.join(', ') });
  for (const replayAfterMs of [0, 2 * 3600 * 1000]) {
    skipAhead(replayAfterMs);
    const replay = await zap();
    expect(replay.sent).toMatchObject({ status: 'sent', message_sid: first.sent.message_sid });
    expect(replay.alert).toMatchObject({ status: 'sent', message_sids: first.alert.message_sids });
  }
  expect(textsTo(caller)).toHaveLength(1);
  for (const number of team) expect(textsTo(number)).toHaveLength(1);
});
