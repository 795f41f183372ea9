import { WEEKEND_LINE } from '../../sandbox/delivery-seed';
import { perform, run, useSandbox } from '../helpers/app';

/**
 * README recipe 5 as a chain: New Undelivered Text-Back -> Filter (Call Instead) -> Create Task, mapped exactly as
 * the README lists, plus the owner's path (Fix Needed). Zapier dedupes trigger items by `id`.
 */
const sandbox = useSandbox();
type Item = Record<string, unknown>;
let next = 100;
const freshCaller = () => `+1469555${String(next++).padStart(4, '0')}`;

/** The task a Create Task step would get from the README's mapping. */
const taskFrom = (item: Item) => ({
  title: `Call ${item.to_national}`,
  notes: `${item.advice}\n\n${item.body}`,
  call: item.last_call_id,
});

test('Recipe 5: a blocked text-back becomes one task to call the customer, and the owner hears what to fix', async () => {
  const caller = freshCaller();
  const { call } = sandbox().addMissedCall({ from: caller, to: WEEKEND_LINE, minutesAgo: 10 });
  const [missed] = ((await run(sandbox(), perform('triggers', 'missed_call'))) as Item[]).filter(
    (item) => item.caller_number === caller,
  );
  // The Zap texts back from the number they called: the unregistered weekend line, which carriers block.
  const sent = (await run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: {
      to: missed.caller_number,
      from: missed.business_number,
      call_id: missed.id,
      business_name: 'Rapid Rooter Plumbing',
    },
  })) as Item;
  expect(sent).toMatchObject({ status: 'sent' });
  // Carriers answer a few seconds later; move the text's clock back so the sandbox has their answer.
  const text = sandbox().state.messages.find((message) => message.sid === sent.message_sid)!;
  text.dateCreated = new Date(text.dateCreated.getTime() - 60_000);

  const items = (await run(sandbox(), perform('triggers', 'text_back_undelivered'))) as Item[];
  const tasks = items.filter((item) => item.call_instead === true).map(taskFrom);
  const mine = tasks.filter((task) => task.call === call.sid);
  expect(mine).toEqual([
    {
      title: `Call ${missed.caller_number_national}`,
      notes: expect.stringContaining('not registered for A2P 10DLC'),
      call: call.sid,
    },
  ]);
  const ownerAlerts = items.filter((item) => item.fix_needed === true && item.to === caller).map((item) => item.advice);
  expect(ownerAlerts).toEqual([expect.stringContaining('register the number in the Twilio Console')]);
  // The next poll gives the same id: Zapier makes no second task.
  const again = (await run(sandbox(), perform('triggers', 'text_back_undelivered'))) as Item[];
  expect(again.filter((item) => item.to === caller).map((item) => item.id)).toEqual([sent.message_sid]);
});
