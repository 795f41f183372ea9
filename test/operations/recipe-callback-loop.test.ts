import type { HookSubscription } from '../../lib/missed-calls/status-callback';
import { MAIN_LINE } from '../../sandbox/scenario';
import { CALLBACK_CALLERS } from '../../sandbox/scenario-calls-callbacks';
import { perform, run, useSandbox, zapierRawRequest } from '../helpers/app';

/**
 * The README's callback-loop recipes (1, 7, 8) as chains over the sandbox's day: each step's fields mapped from
 * the steps before exactly as the README lists them.
 */
const sandbox = useSandbox();
type Item = Record<string, unknown>;
const sendTeamAlert = perform('creates', 'send_team_alert');
const notReturned = perform('triggers', 'missed_call_unreturned');
const ZAP_URL = 'https://hooks.zapier.com/hooks/standard/123456/abcdef/';
const BUSINESS_NAME = 'Rapid Rooter Plumbing';
const team = () => sandbox().scenario.teamNumbers.join(', ');
const textsTo = (number: string) =>
  sandbox().state.messages.filter((message) => message.to === number && message.direction === 'outbound-api');
const alertsAbout = (member: string, caller: string) =>
  textsTo(member).filter((message) => message.body.includes(`tel:${caller}`));
let next = 800;
const freshCaller = () => `+1303555${String(next++).padStart(4, '0')}`;

/** Recipe 1's and 7's mapping into Alert Team by Text. */
const alertFrom = (call: Item, extra: Item = {}) => ({
  team_numbers: team(),
  from: call.business_number,
  caller_number: call.caller_number,
  caller_name: call.caller_name ?? '',
  call_id: call.id,
  called_at: call.called_at,
  missed_reason: call.missed_reason,
  voicemail_transcript: call.voicemail_transcript ?? '',
  ...extra,
});

test('Recipe 1: New Missed Call (Instant) -> Send Text-Back -> Alert Team by Text', async () => {
  const subscribeData = (await run(sandbox(), perform('triggers', 'missed_call_instant', 'performSubscribe'), {
    inputData: { business_number: MAIN_LINE },
    targetUrl: ZAP_URL,
  })) as HookSubscription;
  const caller = freshCaller();
  const { call } = sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 0 });
  const zap = async () => {
    const [item] = (await run(sandbox(), perform('triggers', 'missed_call_instant'), {
      inputData: { business_number: MAIN_LINE },
      subscribeData,
      rawRequest: zapierRawRequest(sandbox().statusCallbackRequest(call.sid, ZAP_URL)),
    })) as Item[];
    const sent = (await run(sandbox(), perform('creates', 'send_text_back'), {
      inputData: {
        to: item.caller_number,
        from: item.business_number,
        call_id: item.id,
        called_at: item.called_at,
        caller_name: item.caller_name ?? '',
        business_name: BUSINESS_NAME,
      },
    })) as Item;
    const alert = (await run(sandbox(), sendTeamAlert, {
      inputData: alertFrom(item, { text_back_body: sent.body }),
    })) as Item;
    return { item, sent, alert };
  };
  const { item, sent, alert } = await zap();
  expect(sent).toMatchObject({ status: 'sent', to: caller });
  const [dave, maria, officeManager] = sandbox().scenario.teamNumbers;
  expect(alert).toMatchObject({ status: 'sent', sent_to: `${dave}, ${maria}`, callback_link: item.callback_link });
  expect(alert.skipped_numbers).toMatch(new RegExp(`^\\${officeManager}: replied STOP on `));
  expect(alertsAbout(dave, caller)[0].body).toContain(`We texted: "${String(sent.body).slice(0, 30)}`);
  // Zapier replays the Zap: still one text-back and one alert each.
  await zap();
  expect(textsTo(caller)).toHaveLength(1);
  expect([alertsAbout(dave, caller), alertsAbout(maria, caller), alertsAbout(officeManager, caller)]).toEqual([
    [expect.anything()],
    [expect.anything()],
    [],
  ]);
  await run(sandbox(), perform('triggers', 'missed_call_instant', 'performUnsubscribe'), {
    inputData: {},
    subscribeData,
  });
});

test('Recipe 7: New Missed Call Not Returned -> Alert Team by Text again', async () => {
  const poll = async () => (await run(sandbox(), notReturned, { inputData: { wait_minutes: '15' } })) as Item[];
  const items = await poll();
  const callers = items.map((item) => item.caller_number);
  expect(callers).toContain(CALLBACK_CALLERS.never);
  expect(callers).not.toContain(CALLBACK_CALLERS.afterFive);
  expect(callers).not.toContain(CALLBACK_CALLERS.afterForty);
  const item = items.find((candidate) => candidate.caller_number === CALLBACK_CALLERS.never)!;
  const again = () =>
    run(sandbox(), sendTeamAlert, {
      inputData: alertFrom(item, { note: `Nobody has called back after ${item.minutes_waiting} min.` }),
    }) as Promise<Item>;
  const alert = await again();
  const [dave] = sandbox().scenario.teamNumbers;
  expect(alert.status).toBe('sent');
  expect(alertsAbout(dave, CALLBACK_CALLERS.never)).toHaveLength(1);
  expect(alertsAbout(dave, CALLBACK_CALLERS.never)[0].body).toContain('Note: Nobody has called back after 150 min.');
  await again();
  expect(alertsAbout(dave, CALLBACK_CALLERS.never)).toHaveLength(1);
  expect(alertsAbout(dave, CALLBACK_CALLERS.afterFive)).toEqual([]);
});

test('Recipe 8: New Missed Call -> Delay -> Find Voicemail -> email the transcript', async () => {
  const calls = (await run(sandbox(), perform('triggers', 'missed_call'), {})) as Item[];
  const emailFor = async (key: string) => {
    const call = calls.find((item) => item.call_id === sandbox().callSid(key))!;
    // (Delay by Zapier, e.g. 5 minutes, runs here.)
    const [voicemail] = (await run(sandbox(), perform('searches', 'find_voicemail'), {
      inputData: { call_id: call.id },
    })) as Item[];
    return {
      subject: `Voicemail from ${call.caller_name ?? call.caller_number_national}`,
      body: `${voicemail.transcript ?? `(transcript ${voicemail.transcript_status})`}\nListen: ${voicemail.voicemail_url}\nCall back: ${call.callback_link}`,
    };
  };
  const transcribed = await emailFor('callback-after-40-missed');
  expect(transcribed.body).toMatch(/^Hi, my kitchen sink is backing up\. Please call me back\.\nListen: http/);
  expect(transcribed.body).toContain(`Call back: tel:${CALLBACK_CALLERS.afterForty}`);
  expect((await emailFor('voicemail-processing')).body).toMatch(/^\(transcript pending\)/);
});
