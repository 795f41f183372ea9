import { type Call, isCallerLeg } from '../twilio/resources';

/** Inbound calls from the customer (answered or not), newest first; `outbound-*` calls never count. */
export function callsFromCustomer(calls: Call[], customer: string): Call[] {
  return calls
    .filter((call) => isCallerLeg(call) && call.from === customer && call.start_time)
    .sort((a, b) => b.start_time!.localeCompare(a.start_time!));
}
