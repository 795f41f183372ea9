import { callsFromCustomer } from '../history/customer-calls';
import { HOUR_MS, isoString, parseDate } from '../time/dates';
import type { Call } from '../twilio/resources';
import { isCallSid } from '../twilio/sids';

/** The inbound call that shows the customer started the contact. */
export interface ConsentEvidence {
  callId: string;
  calledAt: string;
}

export interface EvidenceQuery {
  customer: string;
  /** The missed call's id from the trigger. */
  callId?: string;
  /** The missed call's time, evidence for calls from other phone systems. */
  calledAt?: string;
  windowHours: number;
  now: Date;
}

/**
 * The consent window, the one definition Send Text-Back and Find Consent Record share: a call counts when it is
 * within the last `windowHours` and not in the future (a host's clock ahead of ours proves nothing).
 */
export const inConsentWindow = (when: Date, windowHours: number, now: Date) =>
  windowHours > 0 && when.getTime() <= now.getTime() && when.getTime() >= now.getTime() - windowHours * HOUR_MS;

const inWindow = (when: Date, query: EvidenceQuery) => inConsentWindow(when, query.windowHours, query.now);

/**
 * Consent evidence, most specific first: the Twilio call named by `call_id`; a non-Twilio `call_id` with its
 * `called_at` (other phone systems); else the latest inbound call in the log. Only calls inside the window count,
 * and a time in the future is no evidence.
 */
export function consentEvidence(calls: Call[], query: EvidenceQuery): ConsentEvidence | null {
  const inbound = callsFromCustomer(calls, query.customer).filter((call) =>
    inWindow(new Date(call.start_time!), query),
  );
  if (isCallSid(query.callId)) {
    const named = inbound.find((call) => call.sid === query.callId);
    if (named) return { callId: named.sid, calledAt: named.start_time! };
  } else if (query.callId && query.calledAt) {
    const when = parseDate(query.calledAt);
    if (when && inWindow(when, query)) return { callId: query.callId, calledAt: isoString(when) };
  }
  const latest = inbound[0];
  return latest ? { callId: latest.sid, calledAt: latest.start_time! } : null;
}
