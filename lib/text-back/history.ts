import { type ClaimStore, rememberedSend } from '../claims/claims';
import { type ConsentEvidence, consentEvidence } from '../consent/evidence';
import { fetchNumberHistory, type NumberHistory } from '../history/number-history';
import type { ParsedPhone } from '../phone/parse';
import type { ComposedText } from '../sms/compose';
import { PROMISE_WINDOW_MINUTES } from '../sms/templates';
import { HOUR_MS, isoString, MINUTE_MS, parseDate } from '../time/dates';
import type { LineType, TwilioClient } from '../twilio/client';
import { orNullWhenNotFound } from '../twilio/error-table';
import type { Call } from '../twilio/resources';
import { isCallSid } from '../twilio/sids';
import type { ResolvedRequest } from './resolve';
import type { TextBackSettings } from './settings';

/** The call a text answers, and what named it. */
export interface AnsweredCall {
  /** The Twilio call's SID; null for a time given by `called_at`. */
  sid: string | null;
  at: string;
  source: 'call_id' | 'called_at' | 'consent_call';
}

/** What the account's records say, as fetched for one customer. */
export interface Records {
  history: NumberHistory;
  lineType: LineType | null;
  /** The message SID Zapier's cache remembers as `call_id`'s text, if any. */
  rememberedSid: string | null;
}

/**
 * Step 2 of Send Text-Back: the request as the history finds it. The customer's number passed the number checks,
 * the consent evidence is known, and so is the call this text answers, whose age picks the text.
 */
export interface RequestWithHistory extends ResolvedRequest, Records {
  customer: ParsedPhone;
  evidence: ConsentEvidence | null;
  /** The call this text answers; null when none is known. */
  answers: AnsweredCall | null;
  callStartedAt: string | null;
  /** More than an hour old, or of unknown age: no promise of minutes, and quiet hours apply. */
  lateCall: boolean;
  /** The text this run sends. */
  composed: ComposedText;
}

/** One concurrent round trip of Twilio lookups (and the cache's memory of the call), then the request it informs. */
export async function readHistory(
  twilio: TwilioClient,
  request: ResolvedRequest,
  customer: ParsedPhone,
  claims: ClaimStore | undefined,
): Promise<RequestWithHistory> {
  const { settings, now } = request;
  const windowStart = new Date(now.getTime() - settings.consentWindowHours * HOUR_MS);
  const [fetched, lineType, rememberedSid] = await Promise.all([
    fetchNumberHistory(twilio, customer.e164, { scope: 'window', windowStart }),
    settings.skipLandlines ? twilio.lookupLineType(customer.e164) : Promise.resolve(null),
    settings.dryRun ? null : rememberedSend(claims, twilio.connection.accountSid, settings.callId),
  ]);
  const history = await withNamedCall(twilio, fetched, settings.callId);
  return withHistory(request, customer, { history, lineType, rememberedSid });
}

/** The pure half of the step: what the records tell about the consent, the call answered, and its age. */
export function withHistory(request: ResolvedRequest, customer: ParsedPhone, records: Records): RequestWithHistory {
  const { settings, now } = request;
  const evidence = consentEvidence(records.history.calls, {
    customer: customer.e164,
    callId: settings.callId,
    calledAt: settings.calledAt,
    windowHours: settings.consentWindowHours,
    now,
  });
  const answers = answeredCall(records.history.calls, settings, evidence);
  const lateCall = isLateCall(answers?.at ?? null, now);
  return {
    ...request,
    ...records,
    customer,
    evidence,
    answers,
    callStartedAt: answers?.at ?? null,
    lateCall,
    composed: lateCall ? request.texts.late : request.texts.recent,
  };
}

/**
 * The call a text answers (contract: Times and promises): the Twilio call named by `call_id`, else `called_at`,
 * else the consent call (the latest inbound call from the number in the window). Null when none is known.
 */
export function answeredCall(
  calls: readonly Call[],
  settings: Pick<TextBackSettings, 'callId' | 'calledAt'>,
  evidence: ConsentEvidence | null,
): AnsweredCall | null {
  if (isCallSid(settings.callId)) {
    const named = calls.find((call) => call.sid === settings.callId && call.start_time);
    if (named?.start_time) return { sid: named.sid, at: named.start_time, source: 'call_id' };
  }
  const given = parseDate(settings.calledAt);
  if (given) return { sid: null, at: isoString(given), source: 'called_at' };
  return evidence ? { sid: evidence.callId, at: evidence.calledAt, source: 'consent_call' } : null;
}

/** How far a call's time may lie ahead of ours and still be read as now: clocks of Zapier, Twilio and a CRM differ
 * by seconds, not by minutes. */
const CLOCK_SKEW_MINUTES = 2;

/**
 * More than an hour between the call and the text: no promise of minutes, and quiet hours apply. A call nobody can
 * date counts as old (contract: Times and promises): promising minutes for it is the promise most likely broken.
 * So does a call dated in the future (a wrong zone, a typo): its age is unknown.
 */
export function isLateCall(startedAt: string | null, now: Date): boolean {
  const ageMinutes = (now.getTime() - new Date(startedAt ?? Number.NaN).getTime()) / MINUTE_MS;
  return !(ageMinutes >= -CLOCK_SKEW_MINUTES && ageMinutes <= PROMISE_WINDOW_MINUTES);
}

/**
 * The Twilio call named by `call_id` even when it is older than the consent window, so a replay is recognised
 * whatever the window says (one more request, only for such a call).
 */
async function withNamedCall(
  twilio: TwilioClient,
  history: NumberHistory,
  callId: string | undefined,
): Promise<NumberHistory> {
  if (!isCallSid(callId) || history.calls.some((call) => call.sid === callId)) return history;
  const call = await orNullWhenNotFound(twilio.fetchCall(callId));
  return call ? { ...history, calls: [...history.calls, call] } : history;
}
