import { table } from '../report-format';
import type { Section } from './context';
import { callerWords, dateAndTime, SUMMARY_WORDS, skipWords } from './words';

/** The day's Send Text-Back runs (recipe 1, seconds after each missed call), their outcomes and the evidence to keep. */
export const textBacksSection: Section = {
  title: 'Send Text-Back, as it ran for each missed call',
  async run({ print, zone, day, counts }) {
    const rows: string[][] = [];
    // The lines recipe 6 keeps beyond Twilio's 13 months: the first text sent, and every opt-out honoured.
    const evidence: string[] = [];
    for (const { item, textBack } of day.zaps) {
      const sent = textBack.status === 'sent';
      const reason = String(textBack.skip_reason);
      if ((sent && !evidence.some((line) => line.includes(' texted '))) || textBack.evidence_kind === 'opt_out')
        evidence.push(String(textBack.evidence_record));
      if (sent) counts.textsSent += 1;
      else counts.notTextedByReason[reason] = (counts.notTextedByReason[reason] ?? 0) + 1;
      const words =
        reason === 'not_textable' && item.caller_id_withheld
          ? 'Caller ID withheld, so it cannot be texted'
          : skipWords(reason);
      rows.push([dateAndTime(item.called_at, zone), callerWords(item), sent ? 'texted' : `not texted: ${words}`]);
    }
    counts.instantCalls = day.zaps.length;
    counts.notTexted = day.zaps.length - counts.textsSent;
    print(table([['Called', 'Caller', 'Outcome'], ...rows]));
    const reasons = Object.entries(counts.notTextedByReason)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([reason, n]) => `${n} ${Object.hasOwn(SUMMARY_WORDS, reason) ? SUMMARY_WORDS[reason] : 'other'}`);
    print(`\nEvidence lines to keep (recipe 6; Twilio deletes its records after 13 months):\n${evidence.join('\n')}`);
    print(
      `\n${counts.textsSent} ${counts.textsSent === 1 ? 'text-back' : 'text-backs'} sent; ${counts.notTexted} missed calls not texted (${reasons.join(', ') || 'none'}).`,
    );
  },
};
