import { connectedAfter } from '../history/connected';
import { isTextBack } from '../history/text-backs';
import type { MissedCall } from '../missed-calls/item';
import { type MissedCallSettings, POLL_WINDOW_HOURS, readMissedCallWindow } from '../missed-calls/poll';
import { HOUR_MS, MINUTE_MS } from '../time/dates';
import { since, type TwilioClient } from '../twilio/client';
import { type Call, type Message, messageTime } from '../twilio/resources';

/** `wait_minutes`: the default, and the longest wait that still fits the 24-hour look-back. */
export const DEFAULT_WAIT_MINUTES = 15;
export const MAX_WAIT_MINUTES = 1440;

export interface UnreturnedSettings extends Omit<MissedCallSettings, 'includeWithheldCallers'> {
  waitMinutes: number;
}

/** A missed call nobody has returned (contract: `missed_call_unreturned`). */
export interface UnreturnedCall extends MissedCall {
  minutes_waiting: number;
  texted_back: boolean;
  replied: boolean;
  last_reply: string | null;
}

/**
 * Each number's calls, made once per poll: the calls it made with their forwarded legs (to tell an answered repeat
 * call), and every call or leg to it (callbacks, click-to-call legs). Asking the whole log once per caller would
 * make a poll of 1,000 missed calls quadratic.
 */
function callsByNumber(calls: Call[]): Map<string, Call[]> {
  const legs = new Map<string, Call[]>();
  for (const call of calls) {
    if (call.parent_call_sid) legs.set(call.parent_call_sid, [...(legs.get(call.parent_call_sid) ?? []), call]);
  }
  const byNumber = new Map<string, Call[]>();
  const add = (number: string, found: Call[]) => {
    const known = byNumber.get(number);
    if (known) known.push(...found);
    else byNumber.set(number, [...found]);
  };
  for (const call of calls) {
    if (!call.parent_call_sid) add(call.from, [call, ...(legs.get(call.sid) ?? [])]);
    add(call.to, [call]);
  }
  return byNumber;
}

/** The caller's latest missed call in the window: earlier ones are covered by it (one item per caller). */
function latestPerCaller(missed: MissedCall[]): MissedCall[] {
  const latest = new Map<string, MissedCall>();
  for (const call of missed) {
    const known = latest.get(call.caller_number!);
    if (!known || call.called_at > known.called_at) latest.set(call.caller_number!, call);
  }
  return [...latest.values()];
}

function unreturned(call: MissedCall, messages: Message[], now: Date): UnreturnedCall {
  const caller = call.caller_number!;
  const after = (message: Message) => messageTime(message) >= call.called_at;
  const replies = messages
    .filter((message) => message.direction === 'inbound' && message.from === caller && after(message))
    .sort((a, b) => messageTime(b).localeCompare(messageTime(a)));
  return {
    ...call,
    id: `${call.id}:unreturned`,
    minutes_waiting: Math.floor((now.getTime() - Date.parse(call.called_at)) / MINUTE_MS),
    texted_back: messages.some((message) => isTextBack(message) && message.to === caller && after(message)),
    replied: replies.length > 0,
    last_reply: replies[0]?.body ?? null,
  };
}

/**
 * One poll: the last 24 hours' calls (callbacks and forwarded legs included), recordings, the newest
 * transcriptions and messages, fetched concurrently, so requests grow with pages, never with calls. A missed
 * call counts once it is `waitMinutes` old, while nobody has spoken with the caller since: no answered call from
 * them, no answered call to them (`lib/history/connected.ts`). Withheld callers never count: nobody can call back.
 */
export async function pollUnreturnedCalls(
  twilio: TwilioClient,
  settings: UnreturnedSettings,
  now = new Date(),
): Promise<UnreturnedCall[]> {
  const start = new Date(now.getTime() - POLL_WINDOW_HOURS * HOUR_MS);
  const [{ inWindow, missed }, messages] = await Promise.all([
    readMissedCallWindow(twilio, { ...settings, includeWithheldCallers: false }, start),
    twilio.listMessages(since('DateSent', start)),
  ]);
  const waitedSince = now.getTime() - settings.waitMinutes * MINUTE_MS;
  const byNumber = callsByNumber(inWindow);
  const spokenWith = (call: MissedCall) =>
    connectedAfter(byNumber.get(call.caller_number!) ?? [], call.caller_number!, {
      sid: call.call_id,
      at: call.called_at,
    });
  return latestPerCaller(missed.filter((call) => call.caller_number !== null))
    .filter((call) => Date.parse(call.called_at) <= waitedSince)
    .filter((call) => spokenWith(call) === null)
    .sort((a, b) => b.called_at.localeCompare(a.called_at))
    .map((call) => unreturned(call, messages, now));
}
