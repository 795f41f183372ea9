import { displayNumber } from '../../lib/phone/parse';
import { stableSid } from '../../sandbox/format';
import { table } from '../report-format';
import { type Item, op, type Section } from './context';
import { callerWords, dateAndTime, missedReasonWords } from './words';

/** Every call of the replayed day, oldest first, with its date and the trigger's verdict in words. */
export const callsSection: Section = {
  title: 'The last 24 hours of calls, as the New Missed Call trigger sees them',
  async run(context) {
    const { sandbox, run, print, zone, businessHours, plan } = context;
    const items = (await run(op.missed, {
      inputData: { include_withheld_callers: true, business_hours: businessHours, timezone: zone },
    })) as Item[];
    const byId = new Map(items.map((item) => [item.id, item]));
    print(`Business hours used: ${businessHours} (${zone}).`);
    const rows = plan.events
      .flatMap((event) => (event.kind === 'call' ? [event.call] : []))
      .sort((a, b) => b.minutesAgo - a.minutesAgo)
      .map((call) => {
        const item = byId.get(stableSid('CA', `${sandbox.scenario.name}:${call.key}:call`));
        const at = new Date(sandbox.now.getTime() - call.minutesAgo * 60000).toISOString();
        const caller = item ? callerWords(item) : call.withheld ? 'Caller ID withheld' : displayNumber(call.from);
        const verdict = item
          ? `MISSED: ${missedReasonWords(item.missed_reason)}${item.after_hours ? ', after hours' : ''}`
          : 'not a missed call';
        return [dateAndTime(at, zone), caller, verdict, call.situation];
      });
    print(table([['When', 'Caller', 'Verdict', 'What happened'], ...rows]));
    const afterHours = items.filter((item) => item.after_hours).length;
    print(
      `\n${items.length} missed calls (${afterHours} of them after hours); the other ${rows.length - items.length} calls were answered, are still going, or were not from a caller.`,
    );
    context.missed = items;
    context.counts.missedCalls = items.length;
  },
};
