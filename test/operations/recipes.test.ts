import { MAIN_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox } from '../helpers/app';

/**
 * The Zap recipes of the README, run as chains: each step's fields mapped from the step before exactly as the
 * README lists them, with defaults that work in any client's account (no account-specific ids).
 */
const sandbox = useSandbox();
type Item = Record<string, unknown>;
const BUSINESS_NAME = 'Rapid Rooter Plumbing';
let next = 100;
const freshCaller = () => `+1303555${String(next++).padStart(4, '0')}`;
const textsTo = (number: string) =>
  sandbox().state.messages.filter((m) => m.to === number && m.direction === 'outbound-api');

/** Recipe 1 and 2's mapping: trigger fields into Send Text-Back. */
const textBackFrom = (call: Item, extra: Item = {}) => ({
  to: call.caller_number,
  from: call.business_number,
  call_id: call.id,
  called_at: call.called_at,
  caller_name: call.caller_name ?? '',
  business_name: BUSINESS_NAME,
  ...extra,
});

test('Recipe 1, where instant does not fit: New Missed Call (polling) -> Send Text-Back', async () => {
  const caller = freshCaller();
  sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 1 });
  const [call] = ((await run(sandbox(), perform('triggers', 'missed_call'))) as Item[]).filter(
    (item) => item.caller_number === caller,
  );
  const sent = (await run(sandbox(), perform('creates', 'send_text_back'), { inputData: textBackFrom(call) })) as Item;
  expect(sent).toMatchObject({ status: 'sent', to: caller, consent_call_id: call.id });
  // Zapier may run the step again (replay): still one text.
  await run(sandbox(), perform('creates', 'send_text_back'), { inputData: textBackFrom(call) });
  expect(textsTo(caller)).toHaveLength(1);
});

test('Recipe 2: New Missed Call -> Delay -> Send Text-Back (Skip If Already Connected)', async () => {
  const caller = freshCaller();
  sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 6 });
  const [call] = ((await run(sandbox(), perform('triggers', 'missed_call'))) as Item[]).filter(
    (item) => item.caller_number === caller,
  );
  // During the delay, Dave calls the customer back and they talk.
  sandbox().addCall({
    from: MAIN_LINE,
    to: caller,
    direction: 'outbound-api',
    status: 'completed',
    minutesAgo: 2,
    durationSeconds: 120,
  });
  await expect(
    run(sandbox(), perform('creates', 'send_text_back'), { inputData: textBackFrom(call) }),
  ).rejects.toMatchObject({
    name: 'HaltedError',
  });
  expect(textsTo(caller)).toEqual([]);
});

test('Recipe 3: New Text Reply -> Filter (opt-out or callback request) -> notify the team', async () => {
  const caller = freshCaller();
  sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 20 });
  const sent = (await run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: { to: caller, from: MAIN_LINE, business_name: BUSINESS_NAME },
  })) as Item;
  // The customer answers seven minutes (and 20 seconds) after the text-back, then thanks them a minute later.
  const after = (seconds: number) => new Date(Date.parse(String(sent.sent_at)) + seconds * 1000);
  sandbox().addInboundMessage({ from: caller, to: MAIN_LINE, body: 'yes please call me', at: after(7 * 60 + 20) });
  sandbox().addInboundMessage({ from: caller, to: MAIN_LINE, body: 'thanks', at: after(8 * 60 + 20) });
  const replies = ((await run(sandbox(), perform('triggers', 'text_reply'))) as Item[]).filter(
    (item) => item.from_number === caller,
  );
  const forTheTeam = replies.filter((reply) => reply.intent === 'callback_request' || reply.intent === 'opt_out');
  expect(forTheTeam.map((reply) => [reply.body, reply.intent])).toEqual([['yes please call me', 'callback_request']]);
  // The filter's "answered within N minutes": whole minutes from the text-back this reply answers.
  expect(forTheTeam[0]).toMatchObject({ last_text_back_sid: sent.message_sid, minutes_since_text_back: 7 });
});

test('Recipe 4: CRM contact -> Find Consent Record -> Filter (Can Text) -> Send Text-Back', async () => {
  const called = freshCaller();
  const neverCalled = freshCaller();
  // Within the hour, so the text goes out at any hour of the day (quiet hours hold back only older calls).
  sandbox().addMissedCall({ from: called, to: MAIN_LINE, minutesAgo: 30 });
  const crmContacts = [
    { name: 'Dana', phone: `(303) 555-${called.slice(-4)}` },
    { name: 'Lee', phone: `303.555.${neverCalled.slice(-4)}` },
  ];
  for (const contact of crmContacts) {
    const [record] = (await run(sandbox(), perform('searches', 'find_consent'), {
      inputData: { phone_number: contact.phone },
    })) as Item[];
    if (!record.can_text) continue; // the Filter step
    await run(sandbox(), perform('creates', 'send_text_back'), {
      inputData: {
        to: record.phone_number,
        from: MAIN_LINE,
        business_name: BUSINESS_NAME,
        caller_name: contact.name,
        call_id: record.last_call_id,
      },
    });
  }
  expect(textsTo(called)).toHaveLength(1);
  expect(textsTo(called)[0].body).toContain('Dana');
  expect(textsTo(neverCalled)).toEqual([]);
});
