import { MAIN_LINE } from '../../sandbox/scenario';
import { CALLBACK_CALLERS } from '../../sandbox/scenario-calls-callbacks';
import { type Sandbox, startSandbox } from '../../sandbox/server';
import { perform, run, useSandbox } from '../helpers/app';
import { expectPlainError, ownerMessage } from '../helpers/owner-errors';

/** Contract: "The callback loop", `missed_call_unreturned`, polled over the sandbox's day. */
const sandbox = useSandbox();
type Item = Record<string, unknown>;
const poll = (inputData: Item = {}, on: Sandbox = sandbox()) =>
  run(on, perform('triggers', 'missed_call_unreturned'), { inputData }) as Promise<Item[]>;
const itemFor = (items: Item[], caller: string) => items.filter((item) => item.caller_number === caller);

let next = 700;
const fresh = () => `+1720555${String(next++).padStart(4, '0')}`;

test('the caller nobody called back appears once, after wait_minutes; those called back after 5 and 40 minutes do not', async () => {
  const items = await poll({ wait_minutes: '15' });
  const never = itemFor(items, CALLBACK_CALLERS.never);
  expect(never).toHaveLength(1);
  const missedSid = sandbox().callSid('callback-never-missed');
  expect(never[0]).toMatchObject({
    id: `${missedSid}:unreturned`,
    call_id: missedSid,
    missed_reason: 'no_answer',
    callback_link: `tel:${CALLBACK_CALLERS.never}`,
    minutes_waiting: 150,
    texted_back: false,
    replied: false,
    last_reply: null,
  });
  expect(itemFor(items, CALLBACK_CALLERS.afterFive)).toEqual([]);
  expect(itemFor(items, CALLBACK_CALLERS.afterForty)).toEqual([]);
  expect(items.every((item) => item.caller_number !== null && item.caller_id_withheld === false)).toBe(true);
  expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
});

test('only calls between wait_minutes and 24 hours old count', async () => {
  const [young, waited] = [fresh(), fresh()];
  sandbox().addMissedCall({ from: young, minutesAgo: 10 });
  sandbox().addMissedCall({ from: waited, minutesAgo: 16 });
  const items = await poll({});
  expect(itemFor(items, young)).toEqual([]);
  expect(itemFor(items, waited)).toHaveLength(1);
  expect(itemFor(await poll({ wait_minutes: 5 }), young)).toHaveLength(1);
  const yesterday = sandbox().callSid('yesterday-missed');
  expect((await poll({ wait_minutes: 1 })).some((item) => item.call_id === yesterday)).toBe(false);
});

test('spoken with: an answered callback or an answered repeat call takes the caller off; an unanswered one does not', async () => {
  const [calledBack, rangOut, calledAgain] = [fresh(), fresh(), fresh()];
  for (const caller of [calledBack, rangOut, calledAgain]) sandbox().addMissedCall({ from: caller, minutesAgo: 40 });
  sandbox().addCall({
    from: MAIN_LINE,
    to: calledBack,
    direction: 'outbound-api',
    status: 'completed',
    minutesAgo: 30,
    durationSeconds: 60,
  });
  sandbox().addCall({ from: MAIN_LINE, to: rangOut, direction: 'outbound-api', status: 'no-answer', minutesAgo: 30 });
  sandbox().addCall({
    from: calledAgain,
    to: MAIN_LINE,
    status: 'completed',
    minutesAgo: 20,
    durationSeconds: 90,
    legs: [{ to: '+15125550150', status: 'completed', durationSeconds: 80 }],
  });
  const items = await poll({});
  expect(itemFor(items, calledBack)).toEqual([]);
  expect(itemFor(items, rangOut)).toHaveLength(1);
  expect(itemFor(items, calledAgain)).toEqual([]);
});

test('texted_back, replied and last_reply say what the caller heard and answered', async () => {
  const caller = fresh();
  const callId = sandbox().addMissedCall({ from: caller, minutesAgo: 30 }).call.sid;
  await run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: {
      to: caller,
      from: MAIN_LINE,
      call_id: callId,
      business_name: 'Rapid Rooter Plumbing',
      quiet_hours: '',
    },
  });
  sandbox().addInboundMessage({ from: caller, to: MAIN_LINE, body: 'Can someone come today?' });
  const [item] = itemFor(await poll({}), caller);
  expect(item).toMatchObject({ texted_back: true, replied: true, last_reply: 'Can someone come today?' });
});

test('a caller who called twice and was never reached appears once, for the latest call', async () => {
  const caller = fresh();
  sandbox().addMissedCall({ from: caller, minutesAgo: 90 });
  const latest = sandbox().addMissedCall({ from: caller, minutesAgo: 60 }).call.sid;
  expect(itemFor(await poll({}), caller).map((item) => item.id)).toEqual([`${latest}:unreturned`]);
});

test.each([['0'], ['1441'], ['soon'], ['2.5'], ['-5']])('wait_minutes %s is a plain error', async (wait) => {
  const error = await poll({ wait_minutes: wait }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expectPlainError(error);
  expect(ownerMessage(error)).toMatch(/^Wait \(Minutes\)/);
});

test('requests per poll grow only with pages: 10 missed calls or 400 (one page still) cost the same', async () => {
  const count = async (extra: number) => {
    const fresh = await startSandbox();
    try {
      fresh.seedMissedCalls(extra);
      fresh.resetRequests();
      await poll({}, fresh);
      return fresh.requests.length;
    } finally {
      await fresh.stop();
    }
  };
  const few = await count(10);
  expect(few).toBeLessThanOrEqual(5);
  expect(await count(400)).toBe(few);
});
