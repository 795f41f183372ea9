import { table } from '../report-format';
import { type Item, op, type Section } from './context';
import { callerWords, dateAndTime, SUMMARY_WORDS, skipWords } from './words';

type Outcome = { kind: 'texted' | 'already' | 'not'; words: string; reason?: string };

/** A replay returns a text sent before (Send Text-Back marks it `replayed`; older builds only repeat its SID). */
function outcomeOf(result: Item, item: Item, seen: Set<unknown>, zone: string): Outcome {
  if (result.status === 'sent') {
    const replay = result.replayed === true || seen.has(result.message_sid);
    seen.add(result.message_sid);
    if (replay)
      return { kind: 'already', words: `already texted on ${dateAndTime(result.sent_at, zone)}; no second text` };
    return { kind: 'texted', words: `TEXTED: "${result.body}"` };
  }
  const reason = String(result.skip_reason);
  const words =
    reason === 'not_textable' && item.caller_id_withheld
      ? 'Caller ID withheld, so it cannot be texted'
      : skipWords(reason);
  return { kind: 'not', words: `not texted: ${words}`, reason };
}

/** Send Text-Back for every missed call, oldest first, with the defaults an owner keeps, the business hours, and landlines skipped. */
export const textBacksSection: Section = {
  title: 'Send Text-Back for each missed call',
  async run(context) {
    const { sandbox, run, print, zone, businessName, businessHours, missed, counts } = context;
    // Texts already in the account's log: a run that returns one of them sent nothing new.
    const seen = new Set<unknown>(
      sandbox.state.messages.filter((message) => message.direction === 'outbound-api').map((message) => message.sid),
    );
    const rows: string[][] = [];
    // The lines recipe 6 keeps beyond Twilio's 13 months: the first text sent now, and every opt-out honoured.
    const evidence: string[] = [];
    for (const item of [...missed].reverse()) {
      const inputData = {
        to: item.caller_number ?? 'Anonymous',
        from: item.business_number,
        business_name: businessName,
        call_id: item.id,
        caller_name: item.caller_first_name ?? undefined,
        business_hours: businessHours,
        skip_landlines: true,
        if_skipped: 'continue',
      };
      const result = (await run(op.send, { inputData })) as Item;
      const outcome = outcomeOf(result, item, seen, zone);
      const firstText = outcome.kind === 'texted' && !evidence.some((line) => line.includes(' texted '));
      if (firstText || result.evidence_kind === 'opt_out') evidence.push(String(result.evidence_record));
      if (outcome.kind === 'texted') counts.textsSent += 1;
      if (result.status === 'sent') context.textBackBodies.set(item.id, String(result.body));
      if (outcome.kind === 'already') counts.alreadyTexted += 1;
      if (outcome.reason)
        counts.notTextedByReason[outcome.reason] = (counts.notTextedByReason[outcome.reason] ?? 0) + 1;
      rows.push([dateAndTime(item.called_at, zone), callerWords(item), outcome.words]);
    }
    counts.notTexted = rows.length - counts.textsSent - counts.alreadyTexted;
    print(table([['Called', 'Caller', 'Outcome'], ...rows]));
    const reasons = Object.entries(counts.notTextedByReason)
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${n} ${Object.hasOwn(SUMMARY_WORDS, reason) ? SUMMARY_WORDS[reason] : 'other'}`);
    print(`\nEvidence lines to keep (recipe 6; Twilio deletes its records after 13 months):\n${evidence.join('\n')}`);
    print(
      `\n${counts.textsSent} ${counts.textsSent === 1 ? 'text' : 'texts'} sent now; ${counts.alreadyTexted} calls had already been texted (no second text); ${counts.notTexted} not texted (${reasons.join(', ')}).`,
    );
  },
};
