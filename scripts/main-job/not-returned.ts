import { table } from '../report-format';
import { type Item, op, type Section } from './context';
import { callerWords, dateAndTime, duration } from './words';

/** New Missed Call Not Returned (15 minutes): the callers a second alert or a task would go to. */
export const notReturnedSection: Section = {
  title: 'New Missed Call Not Returned (nobody has spoken with the caller 15 minutes on)',
  async run({ run, print, zone }) {
    const items = (await run(op.notReturned, { inputData: { wait_minutes: '15' } })) as Item[];
    const rows = items.map((item) => [
      dateAndTime(item.called_at, zone),
      callerWords(item),
      `waiting ${duration(Number(item.minutes_waiting) * 60)}`,
      item.texted_back
        ? item.replied
          ? `text-back sent; replied "${item.last_reply}"`
          : 'text-back sent, no reply'
        : 'no text-back',
    ]);
    print(table([['Called', 'Caller', 'Waiting', 'By text'], ...rows]));
    print(
      `\n${items.length} callers nobody has called back or reached yet; callers the team called back (after 5 or 40 minutes) are not here.`,
    );
  },
};
