import type { ComposedText } from '../sms/compose';
import { PROMISE_WINDOW_MINUTES } from '../sms/templates';
import { isoString, parseDate } from '../time/dates';
import type { Call } from '../twilio/resources';
import { isCallSid } from '../twilio/sids';

/**
 * How old the missed call is (contract: Promises the business can keep): the start of the Twilio call named by
 * `call_id` (the account's calls are already in the history round trip), else `called_at`. Unknown means recent:
 * a text for a call whose time nobody knows answers it as if it had just happened.
 */
export function callStartedAt(
  calls: readonly Call[],
  callId: string | undefined,
  calledAt: string | undefined,
): string | null {
  if (isCallSid(callId)) {
    const named = calls.find((call) => call.sid === callId && call.start_time);
    if (named?.start_time) return named.start_time;
  }
  const given = parseDate(calledAt);
  return given ? isoString(given) : null;
}

/** More than an hour between the call and the text: no promise of minutes, and quiet hours apply. */
export function isLateCall(startedAt: string | null, now: Date): boolean {
  if (!startedAt) return false;
  return now.getTime() - new Date(startedAt).getTime() > PROMISE_WINDOW_MINUTES * 60000;
}

/** The two texts a run may send, both composed before anything is asked of Twilio (a mistake shows first). */
export interface TextsByAge {
  recent: ComposedText;
  late: ComposedText;
}

/** A request as the history finds it: the call's age settles which of the two texts goes out. */
export function withCallAge<
  R extends { now: Date; texts: TextsByAge; settings: { callId?: string; calledAt?: string } },
>(request: R, calls: readonly Call[]): R & { callStartedAt: string | null; lateCall: boolean; composed: ComposedText } {
  const startedAt = callStartedAt(calls, request.settings.callId, request.settings.calledAt);
  const lateCall = isLateCall(startedAt, request.now);
  return {
    ...request,
    callStartedAt: startedAt,
    lateCall,
    composed: lateCall ? request.texts.late : request.texts.recent,
  };
}
