import { barChart, table } from '../report-format';
import { type Item, op, type Section } from './context';
import { rate } from './words';

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
    const seconds = report.median_seconds_to_text_back === null ? null : Number(report.median_seconds_to_text_back);
    const minutes = report.median_minutes_to_callback === null ? null : Number(report.median_minutes_to_callback);
    counts.medianSecondsToTextBack = seconds;
    counts.medianMinutesToCallback = minutes;
    const agrees = (n: number, shown: number, where: string) =>
      `${n} (${where}: ${shown}${n === shown ? '' : ', DIFFERENT'})`;
    print(
      table([
        ['Missed calls', agrees(missed, counts.missedCalls, 'the call list above')],
        ['Callers texted back', agrees(texted, counts.textsSent, 'Send Text-Back above')],
        ['Recovered', rate(recovered, texted, 'texted callers', 'replied or called back')],
        ['Replied by text', `${report.replies} of ${texted} texted callers`],
        ['Reached by phone after the text', `${report.callbacks} of ${texted} texted callers`],
        ['Missed callers called back', `${report.callers_called_back}`],
        ['Missed callers not reached', `${report.callers_not_reached}`],
        ['Opted out after the text', `${report.opt_outs} of ${texted} texted callers`],
        ['Time from missed call to text-back', seconds === null ? 'not known' : `${seconds} s (median)`],
        ['Time from missed call to callback', minutes === null ? 'not known' : `${minutes} min (median)`],
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
