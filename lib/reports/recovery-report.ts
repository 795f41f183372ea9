import { isUndeliveredTextBack } from '../delivery/undelivered';
import { connectedAfter } from '../history/connected';
import { isTextBack } from '../history/text-backs';
import { missedCallsInWindow } from '../missed-calls/call-log';
import type { MissedCall } from '../missed-calls/item';
import { startedSince } from '../missed-calls/poll';
import { watchedNumbers } from '../phone/watched-numbers';
import { classifyReply } from '../replies/intent';
import { isoString } from '../time/dates';
import { since, type TwilioClient } from '../twilio/client';
import { type Call, type Message, messageTime, uniqueBySid } from '../twilio/resources';
import { minutesOf, secondsToCallback } from './callbacks';

/** How many missed calls turned into conversations (contract: `find_recovery_report`). */
export interface RecoveryReport {
  id: string;
  period_start: string;
  period_end: string;
  missed_calls: number;
  text_backs_sent: number;
  replies: number;
  callbacks: number;
  opt_outs: number;
  recovered_callers: number;
  recovery_rate: number;
  median_seconds_to_text_back: number | null;
  /** Text-backs that ended `failed` or `undelivered`. */
  text_backs_undelivered: number;
  /** Missed callers (with a number) the business reached by phone after their missed call, texted or not. */
  callers_called_back: number;
  median_minutes_to_callback: number | null;
  /** Missed callers (with a number) nobody has spoken with since. */
  callers_not_reached: number;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

/** What happened to one texted caller after their text-back. */
interface CallerOutcome {
  textBacks: number;
  undelivered: number;
  secondsToTextBack: number;
  replied: boolean;
  calledBack: boolean;
  optedOut: boolean;
}

function outcomeFor(caller: string, missed: MissedCall[], messages: Message[], calls: Call[]): CallerOutcome | null {
  const firstMissed = missed[missed.length - 1].called_at;
  const textBacks = messages
    .filter((message) => isTextBack(message) && message.to === caller && messageTime(message) >= firstMissed)
    .sort((a, b) => messageTime(a).localeCompare(messageTime(b)));
  if (textBacks.length === 0) return null;
  const firstText = messageTime(textBacks[0]);
  // The response time is measured from the missed call the text answered: the latest one before it.
  const answeredCall = missed.find((call) => call.called_at <= firstText)!;
  const after = messages.filter(
    (message) => message.direction === 'inbound' && message.from === caller && messageTime(message) > firstText,
  );
  return {
    textBacks: textBacks.length,
    undelivered: textBacks.filter(isUndeliveredTextBack).length,
    secondsToTextBack: Math.round((Date.parse(firstText) - Date.parse(answeredCall.called_at)) / 1000),
    replied: after.some((message) => !classifyReply(message.body).isOptOut),
    optedOut: after.some((message) => classifyReply(message.body).isOptOut),
    calledBack: connectedAfter(calls, caller, { sid: null, at: firstText }) !== null,
  };
}

/** The report from the period's calls, recordings and messages: requests grow with pages, not with callers. */
export function buildRecoveryReport(
  data: { calls: Call[]; recordings: Parameters<typeof missedCallsInWindow>[1]; messages: Message[] },
  businessNumbers: string[],
  period: { start: Date; end: Date; label: string },
): RecoveryReport {
  const missed = missedCallsInWindow(data.calls, data.recordings, {
    businessNumbers,
    countVoicemailAsMissed: true,
    includeWithheldCallers: true,
  });
  const byCaller = new Map<string, MissedCall[]>();
  for (const call of missed) {
    if (call.caller_number) byCaller.set(call.caller_number, [...(byCaller.get(call.caller_number) ?? []), call]);
  }
  const outcomes = [...byCaller]
    .map(([caller, calls]) => outcomeFor(caller, calls, data.messages, data.calls))
    .filter((o): o is CallerOutcome => o !== null);
  const recovered = outcomes.filter((o) => o.replied || o.calledBack).length;
  const callbackSeconds = [...byCaller.values()]
    .map((callerCalls) => secondsToCallback(callerCalls, data.calls))
    .filter((seconds): seconds is number => seconds !== null);
  const start = isoString(period.start);
  const end = isoString(period.end);
  return {
    id: `report:${start}:${end}:${period.label}`,
    period_start: start,
    period_end: end,
    missed_calls: missed.length,
    text_backs_sent: outcomes.reduce((sum, o) => sum + o.textBacks, 0),
    replies: outcomes.filter((o) => o.replied).length,
    callbacks: outcomes.filter((o) => o.calledBack).length,
    opt_outs: outcomes.filter((o) => o.optedOut).length,
    recovered_callers: recovered,
    recovery_rate: outcomes.length ? Math.round((recovered / outcomes.length) * 10000) / 10000 : 0,
    median_seconds_to_text_back: median(outcomes.map((o) => o.secondsToTextBack)),
    text_backs_undelivered: outcomes.reduce((sum, o) => sum + o.undelivered, 0),
    callers_called_back: callbackSeconds.length,
    median_minutes_to_callback: minutesOf(median(callbackSeconds)),
    callers_not_reached: byCaller.size - callbackSeconds.length,
  };
}

/**
 * Fetches the period (concurrent queries, paged) and builds the report. Messages come twice over: by `DateSent`, and
 * undated back to the period's start, because a text that failed before Twilio sent it has no `date_sent`.
 */
export async function recoveryReport(
  twilio: TwilioClient,
  periodDays: number,
  businessNumber: string | undefined,
  now = new Date(),
): Promise<RecoveryReport> {
  const start = new Date(now.getTime() - periodDays * 86400000);
  const [calls, recordings, sent, recent, watched] = await Promise.all([
    twilio.listCalls(since('StartTime', start)),
    twilio.listRecordings(since('DateCreated', start)),
    twilio.listMessages(since('DateSent', start)),
    twilio.listRecentMessages(start),
    watchedNumbers(twilio, businessNumber),
  ]);
  const messages = uniqueBySid([...sent, ...recent]);
  const period = { start, end: now, label: businessNumber ? watched[0] : 'all' };
  return buildRecoveryReport({ calls: calls.filter(startedSince(start)), recordings, messages }, watched, period);
}
