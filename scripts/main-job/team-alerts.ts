import { displayNumber } from '../../lib/phone/parse';
import type { Section } from './context';

/** What Alert Team by Text did in the day's runs of recipe 1: who was alerted, who was skipped and why. */
export const teamAlertsSection: Section = {
  title: 'Alert Team by Text, as it ran after each text-back',
  async run({ print, day, counts }) {
    const skips = new Map<string, string>();
    const sentTo = new Set<string>();
    // The alert shown: the first with a voicemail's words, else the first sent.
    let sample: string | null = null;
    let first: string | null = null;
    for (const { item, alert } of day.zaps) {
      if (!alert) continue;
      const numbers = String(alert.sent_to).split(', ').filter(Boolean);
      counts.alertedCalls += alert.status === 'sent' ? 1 : 0;
      counts.alertTexts += numbers.length;
      for (const number of numbers) sentTo.add(number);
      for (const skip of String(alert.skipped_numbers).split('; ').filter(Boolean)) {
        const [number, why] = skip.split(': ');
        skips.set(number, why);
      }
      if (alert.status === 'sent') first ??= String(alert.body);
      if (!sample && alert.status === 'sent' && item.voicemail_transcript) sample = String(alert.body);
    }
    print(
      `${counts.alertedCalls} missed calls alerted to ${[...sentTo].map((number) => displayNumber(number)).join(' and ')}: ${counts.alertTexts} alert texts (one per call per phone, a one-tap callback link in each; not counted as text-backs).`,
    );
    for (const [number, why] of skips) print(`${displayNumber(number)} was not alerted: ${why}.`);
    if (sample ?? first) print(`\nOne of the alerts, as the team's phones show it:\n${sample ?? first}`);
  },
};
