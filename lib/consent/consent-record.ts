import { callsFromCustomer } from '../history/customer-calls';
import { fetchNumberHistory } from '../history/number-history';
import { latestTextBack } from '../history/text-backs';
import { countryOf, displayNumber } from '../phone/parse';
import { dateAndTime } from '../time/format';
import { resolveTimeZone } from '../time/time-zone';
import type { TwilioClient } from '../twilio/client';
import { messageTime } from '../twilio/resources';
import { resolveCustomerNumber } from './customer';
import { inConsentWindow } from './evidence';
import { optOutState } from './opt-out-state';
import { elsewhereWords, TWILIO_LOG_LIMIT } from './opted-out-elsewhere';

/** Whether a number may be texted, and the evidence (contract: `find_consent`). */
export interface ConsentRecord {
  id: string;
  phone_number: string;
  can_text: boolean;
  consent_status: 'implied_by_call' | 'opted_out' | 'expired' | 'none';
  reason: string;
  last_call_at: string | null;
  last_call_id: string | null;
  opted_out_at: string | null;
  opt_out_message: string | null;
  opted_in_at: string | null;
  last_text_back_at: string | null;
  last_text_back_sid: string | null;
  /** Where the verdict comes from: Twilio's own log, or an opt-out another system knows (`opted_out_elsewhere`). */
  evidence_source: 'twilio_log' | 'opted_out_elsewhere';
}

/**
 * The consent record from the account's own records: the customer's latest inbound call, their opt-out and
 * opt-in history, and the last text-back. An opt-out outranks everything. Null for a number that is not valid.
 */
export async function findConsentRecord(
  twilio: TwilioClient,
  typed: string,
  windowHours: number,
  context: { now?: Date; zapTimeZone?: string; optedOutElsewhere?: string | null } = {},
): Promise<ConsentRecord | null> {
  const now = context.now ?? new Date();
  const { phone, accountNumbers } = await resolveCustomerNumber(twilio, typed);
  if (!phone) return null;
  const history = await fetchNumberHistory(twilio, phone.e164, { scope: 'customer' }, accountNumbers);
  const home = countryOf(history.accountNumbers[0]?.phone_number) ?? 'US';
  const zone = resolveTimeZone(undefined, context.zapTimeZone, history.accountNumbers[0]?.phone_number);
  const when = (iso: string | null) => dateAndTime(iso, zone);

  const lastCall = callsFromCustomer(history.calls, phone.e164)[0] ?? null;
  const optOut = optOutState(history.inboundMessages);
  const textBack = latestTextBack(history.outboundMessages);
  // The call that is consent: the latest one inside the window (a future-dated call is none), as for Send Text-Back.
  const consentCall = callsFromCustomer(history.calls, phone.e164).find((call) =>
    inConsentWindow(new Date(call.start_time!), windowHours, now),
  );
  const callInWindow = consentCall !== undefined;
  const cited = consentCall ?? lastCall;
  const calledLine = cited ? `Called ${displayNumber(cited.to, home)} on ${when(cited.start_time)}` : '';

  let consent_status: ConsentRecord['consent_status'];
  let reason: string;
  if (context.optedOutElsewhere) {
    consent_status = 'opted_out';
    const words = elsewhereWords(context.optedOutElsewhere);
    reason = `${words[0].toUpperCase()}${words.slice(1)}; do not text, whatever Twilio's log shows.`;
  } else if (optOut.optedOut) {
    consent_status = 'opted_out';
    reason = `Replied "${optOut.optOutMessage}" on ${when(optOut.optedOutAt)}; no opt-in since. Do not text.`;
  } else if (callInWindow) {
    consent_status = 'implied_by_call';
    reason = optOut.optedInAt
      ? `${calledLine}; opted back in on ${when(optOut.optedInAt)} after an earlier opt-out.`
      : `${calledLine}; no opt-out since.`;
  } else if (lastCall) {
    consent_status = 'expired';
    reason = `${calledLine}, more than ${windowHours} hours ago; wait for a new call before texting.`;
  } else {
    consent_status = 'none';
    reason = 'No call from this number in your Twilio call log, so there is no consent to text it.';
  }
  // "No opt-out" and "no consent" rest on what Twilio still keeps; an opt-out found needs no such caveat.
  if (consent_status !== 'opted_out') reason = `${reason} ${TWILIO_LOG_LIMIT}`;
  return {
    id: phone.e164,
    phone_number: phone.e164,
    can_text: consent_status === 'implied_by_call',
    consent_status,
    reason,
    last_call_at: lastCall?.start_time ?? null,
    last_call_id: lastCall?.sid ?? null,
    opted_out_at: optOut.optedOutAt,
    opt_out_message: optOut.optOutMessage,
    opted_in_at: optOut.optedInAt,
    last_text_back_at: textBack ? messageTime(textBack) : null,
    last_text_back_sid: textBack?.sid ?? null,
    evidence_source: context.optedOutElsewhere ? 'opted_out_elsewhere' : 'twilio_log',
  };
}
