import type { ClaimStore } from '../claims/claims';
import { LOSER_WAITS_MS } from '../claims/settlement';
import { InputError } from '../errors/input-error';
import { callsFromCustomer } from '../history/customer-calls';
import { displayNumber, type ParsedPhone, parsePhone } from '../phone/parse';
import { isoString, parseDate } from '../time/dates';
import { resolveTimeZone } from '../time/time-zone';
import type { TwilioClient } from '../twilio/client';
import type { Call, Message } from '../twilio/resources';
import { isCallSid } from '../twilio/sids';
import { type AlertText, composeAlert, oneLine } from './alert-text';
import { callerHistory } from './caller-history';
import { type Delivery, deliverTo } from './deliver';
import { readTeamNumbers } from './team-numbers';

/** Alert Team by Text's inputs, as the edge read them. */
export interface TeamAlertSettings {
  teamNumbers: string;
  from: string;
  callerNumber: string;
  callerName?: string;
  callId?: string;
  calledAt?: string;
  missedReason?: string;
  voicemailTranscript?: string;
  textBackBody?: string;
  note?: string;
  includeHistory: boolean;
}

export interface TeamAlertContext {
  now?: Date;
  zapTimeZone?: string;
  claims?: ClaimStore;
  log?: (line: string) => void;
  loserWaitsMs?: readonly number[];
}

export interface TeamAlertResult {
  id: string;
  status: 'sent' | 'skipped';
  sentTo: string[];
  messageSids: string[];
  /** Each number not texted, with why: "+15125550199: replied STOP on Dec 5". */
  skippedNumbers: string[];
  body: string;
  segments: number;
  callbackLink: string;
}

function readNumber(raw: string, label: string, homeCountry: string): ParsedPhone {
  const parsed = parsePhone(raw, homeCountry);
  if (!parsed) {
    throw new InputError(`${label} "${oneLine(raw).slice(0, 30)}" is not a phone number, so no alert was sent.`);
  }
  return parsed;
}

/** When the call happened: the Twilio call named by `call_id`, else `called_at`, else the caller's latest call. */
function callTime(calls: Call[], settings: TeamAlertSettings, caller: string, timeZone: string): Date | null {
  const named = isCallSid(settings.callId) ? calls.find((call) => call.sid === settings.callId) : undefined;
  const at = named?.start_time ?? settings.calledAt ?? callsFromCustomer(calls, caller)[0]?.start_time;
  return parseDate(at, timeZone);
}

const clock = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(at);

/**
 * Alert Team by Text: one text per team number naming the caller, the time on the business's clock, what
 * happened, what we texted them, the voicemail and a one-tap callback link. Team STOPs are honoured and named;
 * the caller's own number and the sending number are never alerted. Not a text-back: no footer, no cooldown.
 */
export async function sendTeamAlert(
  twilio: TwilioClient,
  settings: TeamAlertSettings,
  context: TeamAlertContext = {},
): Promise<TeamAlertResult> {
  const now = context.now ?? new Date();
  const from = readNumber(settings.from, 'The From number', 'US');
  const home = from.country ?? 'US';
  const caller = readNumber(settings.callerNumber, 'Caller Number', home);
  const team = readTeamNumbers(settings.teamNumbers, home);
  const timeZone = resolveTimeZone(undefined, context.zapTimeZone, from.e164);

  const ownNumbers = new Map([
    [caller.e164, "is the caller's own number"],
    [from.e164, 'is the number the alert is sent from'],
  ]);
  const recipients = team.numbers.filter((number) => !ownNumbers.has(number.e164));
  const [calls, texts] = await Promise.all([
    twilio.listCalls({ From: caller.e164 }),
    settings.includeHistory ? twilio.listMessages({ From: caller.e164 }) : Promise.resolve([] as Message[]),
  ]);
  const at = callTime(calls, settings, caller.e164, timeZone);
  const callbackLink = `tel:${caller.e164}`;
  const alert: AlertText = composeAlert({
    callerName: settings.callerName,
    callerNumber: displayNumber(caller.e164, home),
    when: at ? clock(at, timeZone) : null,
    missedReason: settings.missedReason,
    history: settings.includeHistory ? callerHistory(calls, texts, caller.e164, now) : null,
    textBackBody: settings.textBackBody,
    voicemailTranscript: settings.voicemailTranscript,
    note: settings.note,
    callbackLink,
  });
  const identity = settings.callId ?? (at ? `${caller.e164}@${isoString(at)}` : null);
  const deliveries: Delivery[] = await Promise.all(
    recipients.map((number) =>
      deliverTo(
        {
          twilio,
          from: from.e164,
          alert,
          identity,
          now,
          timeZone,
          claims: context.claims,
          log: context.log,
          loserWaitsMs: context.loserWaitsMs ?? LOSER_WAITS_MS,
        },
        number.e164,
      ),
    ),
  );
  const sent = deliveries.filter((delivery) => delivery.kind === 'sent');
  const skippedNumbers = [
    ...team.invalid.map((entry) => `"${entry.typed}": ${entry.why}`),
    ...team.numbers.filter((number) => ownNumbers.has(number.e164)).map((n) => `${n.e164}: ${ownNumbers.get(n.e164)}`),
    ...deliveries.flatMap((delivery) => (delivery.kind === 'skipped' ? [`${delivery.to}: ${delivery.why}`] : [])),
  ];
  return {
    id: `team-alert:${identity ?? caller.e164}`,
    status: sent.length ? 'sent' : 'skipped',
    sentTo: sent.map((delivery) => delivery.to),
    messageSids: sent.map((delivery) => delivery.message.sid),
    skippedNumbers,
    body: sent.find((delivery) => delivery.replayed)?.message.body ?? alert.body,
    segments: alert.segments,
    callbackLink,
  };
}
