import { connectedAfter } from '../history/connected';
import type { MissedCall } from '../missed-calls/item';
import type { Call } from '../twilio/resources';

/**
 * Seconds from a caller's missed call to the first conversation after it (an answered call to them, or an
 * answered call from them: `connectedAfter`, the one rule of "spoken with"), or null when nobody has reached
 * them since their first missed call of the period. The wait is counted from the missed call the conversation
 * returned: the latest one before it. `missed` is the caller's missed calls, newest first.
 */
export function secondsToCallback(missed: MissedCall[], calls: Call[]): number | null {
  const first = missed[missed.length - 1];
  if (!first?.caller_number) return null;
  const connection = connectedAfter(calls, first.caller_number, { sid: first.call_id, at: first.called_at });
  if (!connection?.start_time) return null;
  const returned = missed.find((call) => call.called_at <= connection.start_time!) ?? first;
  return Math.round((Date.parse(connection.start_time) - Date.parse(returned.called_at)) / 1000);
}

/** Minutes with one decimal, from a number of seconds (null stays null). */
export const minutesOf = (seconds: number | null): number | null =>
  seconds === null ? null : Math.round(seconds / 6) / 10;
