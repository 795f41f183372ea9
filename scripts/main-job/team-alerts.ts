import { displayNumber } from '../../lib/phone/parse';
import { type Item, op, type Section } from './context';

/** Alert Team by Text for every missed call with a caller number, as recipe 1 maps it after Send Text-Back. */
export const teamAlertsSection: Section = {
  title: 'Alert Team by Text for each missed call',
  async run(context) {
    const { sandbox, run, print, missed, counts, textBackBodies } = context;
    const team = sandbox.scenario.teamNumbers;
    const skips = new Map<string, string>();
    const sentTo = new Set<string>();
    // The alert shown: the first with a voicemail's words, else the first sent.
    let sample: string | null = null;
    let first: string | null = null;
    for (const item of [...missed].reverse().filter((call) => call.caller_number)) {
      const result = (await run(op.alert, {
        inputData: {
          team_numbers: team.join(', '),
          from: item.business_number,
          caller_number: item.caller_number,
          caller_name: item.caller_name ?? '',
          call_id: item.id,
          called_at: item.called_at,
          missed_reason: item.missed_reason,
          voicemail_transcript: item.voicemail_transcript ?? '',
          text_back_body: textBackBodies.get(item.id) ?? '',
        },
      })) as Item;
      counts.alertedCalls += result.status === 'sent' ? 1 : 0;
      for (const number of String(result.sent_to).split(', ').filter(Boolean)) sentTo.add(number);
      for (const skip of String(result.skipped_numbers).split('; ').filter(Boolean)) {
        const [number, why] = skip.split(': ');
        skips.set(number, why);
      }
      if (result.status === 'sent') first ??= String(result.body);
      if (!sample && result.status === 'sent' && item.voicemail_transcript) sample = String(result.body);
    }
    const shown = (number: string) => displayNumber(number);
    print(
      `${counts.alertedCalls} missed calls alerted to ${[...sentTo].map(shown).join(' and ')} (one text each, a one-tap callback link in it; not counted as text-backs).`,
    );
    for (const [number, why] of skips) print(`${shown(number)} was not alerted: ${why}.`);
    if (sample ?? first) print(`\nOne of the alerts, as the team's phones show it:\n${sample ?? first}`);
  },
};
