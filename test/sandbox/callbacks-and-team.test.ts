import { connectedAfter } from '../../lib/history/connected';
import { toCall } from '../../lib/twilio/resources';
import type { SandboxClient } from '../../sandbox/client';
import { MAIN_LINE } from '../../sandbox/scenario';
import { CALLBACK_CALLERS, MINUTES_TO_CALLBACK } from '../../sandbox/scenario-calls-callbacks';
import type { Sandbox } from '../../sandbox/server';
import { startSandboxApi } from '../helpers/sandbox-api';

/** The callback loop's day (issue 22): callers the team calls back after 5, 40 and never minutes; a team STOP. */
let sandbox: Sandbox;
let twilio: SandboxClient;
beforeAll(async () => ({ sandbox, twilio } = await startSandboxApi()));
afterAll(() => sandbox.stop());

type Raw = Record<string, unknown>;
const callsWith = async (query: Record<string, string>) =>
  (await twilio.get('/Calls.json', { PageSize: '1000', ...query })).body.calls as Raw[];

describe('callers the team calls back', () => {
  test.each(Object.entries(CALLBACK_CALLERS))(
    '%s: the app finds the callback after the minutes the scenario says',
    async (name, caller) => {
      const calls = (await callsWith({})).map(toCall);
      const missed = calls.find(
        (call) => call.from === caller && call.direction === 'inbound' && !call.parent_call_sid,
      )!;
      const reached = connectedAfter(calls, caller, { sid: missed.sid, at: missed.start_time! });
      const minutes = reached
        ? Math.round((Date.parse(reached.start_time!) - Date.parse(missed.start_time!)) / 60000)
        : null;
      expect(minutes).toBe(MINUTES_TO_CALLBACK[name as keyof typeof CALLBACK_CALLERS]);
    },
  );

  test('callbacks are logged as Twilio logs them: outbound-api from the main line, click-to-call as an outbound-dial leg', async () => {
    const toAfterForty = await callsWith({ To: CALLBACK_CALLERS.afterForty });
    expect(toAfterForty.map((call) => [call.direction, call.from, call.status, call.parent_call_sid !== null])).toEqual(
      [
        ['outbound-dial', MAIN_LINE, 'completed', true],
        ['outbound-api', MAIN_LINE, 'no-answer', false],
      ],
    );
    const parent = (await twilio.get(`/Calls/${toAfterForty[0].parent_call_sid}.json`)).body as Raw;
    expect(parent).toMatchObject({ direction: 'outbound-api', from: MAIN_LINE, status: 'completed' });
    expect(toAfterForty[1]).toMatchObject({ duration: '0', answered_by: null });
    expect(await callsWith({ To: CALLBACK_CALLERS.never })).toEqual([]);
  });
});

describe('a team number that texted STOP', () => {
  test('is on the team list, its STOP is in the log, and Twilio refuses to text it from the main line (21610)', async () => {
    const stopped = sandbox.scenario.teamNumbers.filter((number) =>
      sandbox.state.messages.some((message) => message.from === number && message.body === 'STOP'),
    );
    expect(stopped).toHaveLength(1);
    const answer = await twilio.post('/Messages.json', { To: stopped[0], From: MAIN_LINE, Body: 'TEAM ALERT: test' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 21610 });
  });
});
