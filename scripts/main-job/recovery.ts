import { barChart, table } from '../report-format';
import { type Item, op, type Section } from './context';
import { duration, rate } from './words';

/** The day's Find Recovery Report, each number with what it counts, agreeing with the sections above. */
export const recoverySection: Section = {
  title: 'Recovery report, last 24 hours (Find Recovery Report)',
  async run({ run, print, counts }) {
    const [report] = (await run(op.report, { inputData: { period_days: 1 } })) as Item[];
    const missed = Number(report.missed_calls);
    const texted = Number(report.text_backs_sent);
    const recovered = Number(report.recovered_callers);
    counts.reportMissedCalls = missed;
    counts.reportTextBacks = texted;
    const earlier = texted - counts.textsSent;
    const spokeFirst = counts.notTextedByReason.already_connected ?? 0;
    print(
      table([
        [
          'Missed calls',
          `${missed} (${counts.missedCalls} in the call list above${counts.instantCalls ? `, ${counts.instantCalls} from the instant trigger's test call` : ''})`,
        ],
        ['Callers texted back', `${texted} (${counts.textsSent} just now, ${earlier} earlier today)`],
        ['Recovered', rate(recovered, texted, 'texted callers', 'replied or called back')],
        ['Replied by text', `${report.replies} of ${texted} texted callers`],
        ['Reached by phone after the text', `${report.callbacks} of ${texted} texted callers`],
        ['Spoke with the team before any text', `${spokeFirst} callers (not texted, see above)`],
        ['Opted out after the text', `${report.opt_outs} of ${texted} texted callers`],
        [
          'Time from missed call to text-back',
          `${duration(report.median_seconds_to_text_back === null ? null : Number(report.median_seconds_to_text_back))} (median)`,
        ],
      ]),
    );
    print(
      `\n${barChart([
        ['Missed calls', missed],
        ['Texted back', texted],
        ['Replied', Number(report.replies)],
        ['Reached by phone', Number(report.callbacks)],
        ['Recovered', recovered],
        ['Opted out', Number(report.opt_outs)],
      ])}`,
    );
  },
};
