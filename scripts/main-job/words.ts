import { whatHappened } from '../../lib/missed-calls/reason-words';
/** The report's words: what a receptionist would write in the day's log instead of codes and raw numbers. */

/** `missed_reason` in words: the team alert's words, so the report and the alert never tell a call two ways. */
export const missedReasonWords = whatHappened;

/** "41 s", "1 min 16 s", "2 h 5 min", "3 days 4 h": the two largest units, no zeros. */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return 'not known';
  const total = Math.max(0, Math.round(seconds));
  const units: Array<[number, string]> = [
    [86400, total >= 172800 ? ' days' : ' day'],
    [3600, ' h'],
    [60, ' min'],
    [1, ' s'],
  ];
  const parts: string[] = [];
  let rest = total;
  for (const [size, name] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || (parts.length > 0 && parts.length < 2))
      parts.push(`${count}${size === 86400 ? (count === 1 ? ' day' : ' days') : name}`);
    if (parts.length === 2) break;
  }
  const shown = parts.filter((part) => !/^0 /.test(part));
  return shown.length ? shown.join(' ') : '0 s';
}

/** "2 of 9 texted callers replied or called back (22%)". */
export function rate(part: number, whole: number, whole_words: string, verb: string): string {
  const percent = whole > 0 ? ` (${Math.round((part / whole) * 100)}%)` : '';
  return `${part} of ${whole} ${whole_words} ${verb}${percent}`;
}

/** "Sun Nov 29, 1:08 AM" in the business's zone. */
export function dateAndTime(iso: unknown, timeZone: string): string {
  if (typeof iso !== 'string') return 'unknown time';
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone }).format(
    date,
  );
  return `${day}, ${clockTime(iso, timeZone)}`;
}

export function clockTime(iso: unknown, timeZone: string): string {
  if (typeof iso !== 'string') return 'unknown time';
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
}

/** A caller as the log names them: the number in national format, the greeting name, or "Caller ID withheld". */
export function callerWords(item: {
  caller_number_national?: unknown;
  caller_first_name?: unknown;
  caller_id_withheld?: unknown;
}): string {
  if (item.caller_id_withheld || typeof item.caller_number_national !== 'string') return 'Caller ID withheld';
  return typeof item.caller_first_name === 'string'
    ? `${item.caller_number_national} (${item.caller_first_name})`
    : item.caller_number_national;
}

/** Why a text was not sent, in a few words (contract skip reasons). */
export const SKIP_WORDS: Readonly<Record<string, string>> = {
  invalid_number: 'not a valid phone number',
  not_textable: 'this number cannot take texts',
  country_not_allowed: 'a number abroad; this step texts only US numbers',
  opted_out: 'asked not to be texted (STOP)',
  no_consent: 'no recent call from this number, so no consent',
  cooldown: 'already got a text in the last 24 hours',
  already_connected: 'already spoke with the team after the missed call',
  quiet_hours: 'called over an hour ago and it is night now (quiet hours); call back in the morning',
  landline: 'a landline, which cannot take texts',
};

export const skipWords = (reason: unknown) =>
  typeof reason === 'string' && Object.hasOwn(SKIP_WORDS, reason) ? SKIP_WORDS[reason] : 'not sent';

/** Skip reasons as the summary line counts them ("20 in quiet hours, 6 cannot take texts"). */
export const SUMMARY_WORDS: Readonly<Record<string, string>> = {
  invalid_number: 'not valid numbers',
  not_textable: 'cannot take texts (withheld or toll-free)',
  country_not_allowed: 'abroad',
  opted_out: 'opted out',
  no_consent: 'without consent',
  cooldown: 'texted recently',
  already_connected: 'already spoke with the team',
  quiet_hours: 'held back for quiet hours',
  landline: 'landlines',
};
