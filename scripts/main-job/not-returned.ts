import { table } from '../report-format';
import type { Section } from './context';
import { WAIT_MINUTES } from './day-replay';
import { callerWords, clockTime, dateAndTime } from './words';

/** New Missed Call Not Returned as the day's polls found it: the callers a second alert or a task would go to. */
export const notReturnedSection: Section = {
  title: `New Missed Call Not Returned (nobody had spoken with the caller ${WAIT_MINUTES} minutes on)`,
  async run({ print, zone, day, counts }) {
    const rows = day.notReturned.map(({ item, at }) => [
      dateAndTime(item.called_at, zone),
      callerWords(item),
      `fired at ${clockTime(at.toISOString(), zone)}`,
      item.texted_back
        ? item.replied
          ? `text-back sent; replied "${item.last_reply}"`
          : 'text-back sent, no reply'
        : 'no text-back',
    ]);
    counts.notReturnedCallers = rows.length;
    print(table([['Called', 'Caller', 'Trigger', 'By text'], ...rows]));
    print(
      `\n${rows.length} callers nobody called back within ${WAIT_MINUTES} minutes, each once; callers the team called back in time are not here.`,
    );
  },
};
