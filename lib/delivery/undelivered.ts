import { isTextBack } from '../history/text-backs';
import { parsePhone } from '../phone/parse';
import { HOUR_MS, isoString } from '../time/dates';
import { type Call, isCallerLeg, type Message, messageTime, uniqueBySid } from '../twilio/resources';
import { FAILURE_KINDS, type FailureKind, failureAdvice, failureKind } from './failure-kinds';

/** One text-back that never arrived (contract: `text_back_undelivered`). */
export interface UndeliveredTextBack {
  id: string;
  message_sid: string;
  to: string;
  to_national: string;
  from: string;
  body: string;
  status: string;
  error_code: number | null;
  error_message: string | null;
  failure_kind: FailureKind;
  advice: string;
  fix_needed: boolean;
  call_instead: boolean;
  sent_at: string | null;
  failed_at: string | null;
  last_call_at: string | null;
  last_call_id: string | null;
}

/** The trigger looks back this far (contract: Undelivered text-backs). */
export const UNDELIVERED_WINDOW_HOURS = 48;
/** A call counts as the one the text answered when it came at most this long before the text. */
export const LAST_CALL_HOURS = 72;
const FAILED_STATUSES = new Set(['failed', 'undelivered']);

/** A text that ended `failed` or `undelivered`. */
export const endedUndelivered = (message: Message): boolean => FAILED_STATUSES.has(message.status);

/** A text-back (sent through the API by the account) that ended `failed` or `undelivered`. */
export const isUndeliveredTextBack = (message: Message): boolean => isTextBack(message) && endedUndelivered(message);

/** The customer's latest inbound call before `at`, within 72 hours; the calls may hold the whole account's log. */
export function lastCallBefore(calls: Call[], customer: string, at: string): Call | null {
  const earliest = isoString(new Date(Date.parse(at) - LAST_CALL_HOURS * HOUR_MS));
  let latest: Call | null = null;
  for (const call of calls) {
    if (!isCallerLeg(call) || call.from !== customer || !call.start_time) continue;
    if (call.start_time > at || call.start_time < earliest) continue;
    if (!latest || call.start_time > latest.start_time!) latest = call;
  }
  return latest;
}

/**
 * The window's undelivered text-backs from the business numbers, newest first, each with what happened, what to
 * do and the call it answered. `wholeAccount`: also texts a Messaging Service failed before giving them a sender
 * (no `from`). Messages may repeat (two overlapping queries): each SID counts once.
 */
export function undeliveredTextBacks(
  messages: Message[],
  calls: Call[],
  senders: { businessNumbers: string[]; wholeAccount: boolean },
  windowStart: Date,
): UndeliveredTextBack[] {
  const start = isoString(windowStart);
  // Calls grouped by caller once, so linking stays linear however many texts and calls the window holds.
  const callsByCaller = new Map<string, Call[]>();
  for (const call of calls) {
    const list = callsByCaller.get(call.from);
    if (list) list.push(call);
    else callsByCaller.set(call.from, [call]);
  }
  return uniqueBySid(messages)
    .filter(
      (message) =>
        isUndeliveredTextBack(message) &&
        messageTime(message) >= start &&
        (senders.businessNumbers.includes(message.from) || (senders.wholeAccount && !message.from)),
    )
    .sort((a, b) => messageTime(b).localeCompare(messageTime(a)))
    .map((message) => toItem(message, callsByCaller.get(message.to) ?? []));
}

function toItem(message: Message, calls: Call[]): UndeliveredTextBack {
  const kind = failureKind(message.error_code);
  const sentAt = messageTime(message) || null;
  const call = sentAt ? lastCallBefore(calls, message.to, sentAt) : null;
  // The customer's own national format, as the missed-call shape's `caller_number_national` (contract: `to_national`).
  const national = parsePhone(message.to)?.national ?? message.to;
  return {
    id: message.sid,
    message_sid: message.sid,
    to: message.to,
    to_national: national,
    from: message.from || message.messaging_service_sid || '',
    body: message.body,
    status: message.status,
    error_code: message.error_code,
    error_message: message.error_message,
    failure_kind: kind,
    advice: failureAdvice(message.error_code, national),
    fix_needed: FAILURE_KINDS[kind].fixNeeded,
    call_instead: FAILURE_KINDS[kind].callInstead,
    sent_at: sentAt,
    failed_at: message.date_updated,
    last_call_at: call?.start_time ?? null,
    last_call_id: call?.sid ?? null,
  };
}
