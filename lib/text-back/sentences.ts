/** One plain sentence per skip reason, for the Zap's history ("Not sent: ... replied STOP on Nov 20."). */
import { elsewhereWords } from '../consent/opted-out-elsewhere';
import { clip } from '../errors/clip';
import { dateAndTime, shortDate } from '../time/format';

export type SkipReason =
  | 'invalid_number'
  | 'not_textable'
  | 'country_not_allowed'
  | 'opted_out'
  | 'no_consent'
  | 'cooldown'
  | 'already_connected'
  | 'quiet_hours'
  | 'landline';

/** Facts a sentence may name; each reason uses its own. */
export interface SkipFacts {
  number: string;
  detail?: string;
  at?: string | null;
  hours?: number;
  country?: string | null;
  /** `opted_out_elsewhere` as shown, for an opt-out another system knows. */
  elsewhere?: string;
  allowed?: string[];
  /** Quiet hours on the caller's clock: the zone and its time now; both null when the number tells no region. */
  clock?: QuietClock;
}

export interface QuietClock {
  zone: string | null;
  time: string | null;
}

/** Whose night holds the text back: the business's, the caller's zone, or a caller nobody can place. */
function quietWhere(f: SkipFacts): string {
  const hours = f.detail ?? 'at night';
  if (!f.clock) return `it is now your quiet hours (${hours}). Call them back in the morning.`;
  if (!f.clock.zone)
    return `their number does not tell where they are, so it may be quiet hours (${hours}) there. Call them back instead.`;
  return `it is ${f.clock.time} where they are (${f.clock.zone}), inside quiet hours (${hours}). Call them back once it is morning there.`;
}

// Built on first use: loading the region names costs ~20 ms, too much for every cold start.
let regionNames: Intl.DisplayNames | undefined;
const countryName = (code: string | null | undefined) => {
  if (!code) return 'another country';
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
  return `${regionNames.of(code) ?? code} (${code})`;
};

const SENTENCES: Record<SkipReason, (facts: SkipFacts, timeZone: string) => string> = {
  invalid_number: (f) => `Not sent: "${f.number}" is not a valid phone number.`,
  not_textable: (f) => `Not sent: ${f.number} cannot receive texts (${f.detail ?? 'not a mobile number'}).`,
  country_not_allowed: (f) =>
    `Not sent: ${f.number} is a number in ${countryName(f.country)}, and this step only texts numbers in ${(f.allowed ?? []).map(countryName).join(', ') || 'your own country'}. Add ${f.country ?? 'its country code'} to Allowed Countries to text it.`,
  opted_out: (f, tz) =>
    f.elsewhere !== undefined
      ? `Not sent: ${f.number} ${elsewhereWords(f.elsewhere)}.`
      : `Not sent: ${f.number} replied STOP on ${shortDate(f.at, tz)}.`,
  no_consent: (f) =>
    `Not sent: ${f.number} has not called you in the last ${f.hours} hours, so there is no consent to text it.`,
  cooldown: (f, tz) =>
    `Not sent: ${f.number} already got a text from you on ${dateAndTime(f.at, tz)} (within ${f.hours} hours).`,
  already_connected: (f, tz) =>
    `Not sent: ${f.number} already spoke with your team after the missed call (${dateAndTime(f.at, tz)}).`,
  quiet_hours: (f, tz) =>
    `Not sent: ${f.number} called ${f.at ? `more than an hour ago (${dateAndTime(f.at, tz)})` : 'at a time nobody knows, so it counts as more than an hour ago'}, and ${quietWhere(f)}`,
  landline: (f) => `Not sent: ${f.number} is a landline, so it cannot receive texts.`,
};

export function skipSentence(reason: SkipReason, facts: SkipFacts, timeZone: string): string {
  return SENTENCES[reason]({ ...facts, number: clip(facts.number) }, timeZone);
}
