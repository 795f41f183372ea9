import { plainLine } from '../errors/plain-line';
import { TEAM_ALERT_MARKER } from '../history/text-backs';
import { whatHappened } from '../missed-calls/reason-words';
import { measureSms, type SmsEncoding, toGsmFriendly } from '../sms/segments';

/** A team alert is read on a phone in two seconds: at most this many segments (contract: `send_team_alert`). */
export const MAX_ALERT_SEGMENTS = 3;
/** A caller's name is cut to this many characters: who called, not their whole caller-ID field. */
const MAX_NAME_LENGTH = 40;

export interface AlertFacts {
  /** The caller's name as the trigger mapped it (hostile: folded and cut here), if any. */
  callerName?: string;
  /** The caller's number as a person reads it: "(303) 555-0100". */
  callerNumber: string;
  /** The call's time on the business's clock ("Sun, Dec 6, 3:02 PM"), or null when unknown. */
  when: string | null;
  missedReason?: string;
  /** "3rd call this week; replied "YES" 2 days ago", or null. */
  history?: string | null;
  textBackBody?: string;
  voicemailTranscript?: string;
  note?: string;
  callbackLink: string;
}

export interface AlertText {
  body: string;
  segments: number;
  encoding: SmsEncoding;
  /** The first line: who and when. Equal first lines mean the same call's alert (the log check for replays). */
  headline: string;
}

/** One line of hostile text (`plainLine`), in characters a phone shows as one GSM-7 segment where it can. */
export function oneLine(text: string | undefined): string {
  if (!text) return '';
  return plainLine(toGsmFriendly(text.normalize('NFKC')));
}

/**
 * The parts that are clipped, in the order they give way: the voicemail first, as the contract says; the history
 * and the caller's name last (a long name in a script outside GSM-7 alone can fill a segment). The number, the
 * time, what happened and the link are never cut.
 */
const CLIPPABLE = ['voicemailTranscript', 'textBackBody', 'note', 'history', 'callerName'] as const;
type Clippable = (typeof CLIPPABLE)[number];

function headlineOf(facts: AlertFacts, name: string): string {
  const happened = whatHappened(facts.missedReason);
  return `${TEAM_ALERT_MARKER} ${name ? `${name} ` : ''}${facts.callerNumber} called${facts.when ? ` ${facts.when}` : ''} - ${happened}.`;
}

function lines(facts: AlertFacts, texts: Record<Clippable, string>): string[] {
  const voicemail = texts.voicemailTranscript
    ? `Voicemail: "${texts.voicemailTranscript}"`
    : facts.missedReason === 'voicemail'
      ? 'Voicemail: transcript on its way.'
      : '';
  return [
    headlineOf(facts, texts.callerName),
    texts.history,
    texts.textBackBody ? `We texted: "${texts.textBackBody}"` : '',
    voicemail,
    texts.note ? `Note: ${texts.note}` : '',
    `Call back: ${facts.callbackLink}`,
  ].filter(Boolean);
}

const fits = (body: string) => measureSms(body).segments <= MAX_ALERT_SEGMENTS;

/** The longest cut of `text` (whole code points, "..." marking the cut) with which `build` still fits. */
function clipToFit(text: string, build: (clipped: string) => string): string {
  const points = [...text];
  const cut = (length: number) => `${points.slice(0, length).join('').trimEnd()}...`;
  let low = 0;
  let high = points.length - 1;
  if (!fits(build(cut(0)))) return '';
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(build(cut(middle)))) low = middle;
    else high = middle - 1;
  }
  return cut(low);
}

/**
 * The alert, clipped to at most 3 segments: who and when, what happened, the history, what we texted them, the
 * voicemail and the callback link. The transcript gives way first, then the text-back quote, then the note.
 */
export function composeAlert(facts: AlertFacts): AlertText {
  const texts: Record<Clippable, string> = {
    voicemailTranscript: oneLine(facts.voicemailTranscript),
    textBackBody: oneLine(facts.textBackBody),
    note: oneLine(facts.note),
    history: oneLine(facts.history ?? undefined),
    // Cut by characters, never inside one (an emoji is two UTF-16 units).
    callerName: [...oneLine(facts.callerName)].slice(0, MAX_NAME_LENGTH).join('').trimEnd(),
  };
  const build = () => lines(facts, texts).join('\n');
  for (const part of CLIPPABLE) {
    if (fits(build())) break;
    const whole = texts[part];
    texts[part] = clipToFit(whole, (clipped) => lines(facts, { ...texts, [part]: clipped }).join('\n'));
  }
  const body = build();
  const measure = measureSms(body);
  return {
    body,
    segments: measure.segments,
    encoding: measure.encoding,
    headline: headlineOf(facts, texts.callerName),
  };
}
