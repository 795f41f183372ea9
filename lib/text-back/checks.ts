import { type ConsentEvidence, consentEvidence } from '../consent/evidence';
import { optOutState } from '../consent/opt-out-state';
import { connectedAfter, missedCallTime } from '../history/connected';
import type { NumberHistory } from '../history/number-history';
import { isTextBack } from '../history/text-backs';
import type { ParsedPhone } from '../phone/parse';
import { isoString } from '../time/dates';
import type { LineType } from '../twilio/client';
import { type Message, messageTime } from '../twilio/resources';
import type { SkipFacts, SkipReason } from './sentences';
import type { TextBackSettings } from './settings';

export interface Skip {
  reason: SkipReason;
  facts: SkipFacts;
}

/** Withheld sentinels are handled before parsing; these valid numbers cannot take a text either. */
const NOT_TEXTABLE_TYPES: Record<string, string> = {
  PREMIUM_RATE: 'premium-rate number',
  TOLL_FREE: 'toll-free number',
  SHARED_COST: 'shared-cost number',
};

export function notTextable(phone: ParsedPhone): string | null {
  return NOT_TEXTABLE_TYPES[phone.type ?? ''] ?? null;
}

export function countryCheck(phone: ParsedPhone, allowed: string[], shown: string): Skip | null {
  if (phone.country && allowed.includes(phone.country)) return null;
  return { reason: 'country_not_allowed', facts: { number: shown, country: phone.country, allowed } };
}

/** The text-back already sent for this missed call, if a replay of the step comes in. */
export function alreadySent(history: NumberHistory, settings: TextBackSettings, customer: string): Message | null {
  if (!settings.callId) return null;
  const missed = missedCallTime(history.calls, customer, settings.callId, settings.calledAt);
  if (!missed || (missed.sid !== settings.callId && !settings.calledAt)) return null;
  const sent = history.outboundMessages
    .filter((message) => isTextBack(message) && messageTime(message) >= missed.at)
    .sort((a, b) => messageTime(a).localeCompare(messageTime(b)));
  return sent[0] ?? null;
}

/**
 * The checks that need the account's records, in the contract's order (after the number, textability and
 * country checks): opted out, consent, cooldown, already connected, quiet hours, landline. The first that fails decides.
 */
export interface HistoryFacts {
  history: NumberHistory;
  settings: TextBackSettings;
  /** The customer's number, E.164, and as sentences show it. */
  customer: string;
  shown: string;
  lineType: LineType | null;
  now: Date;
  /** The quiet-hours verdict, decided from the call's age and the clock (`quietHoursCheck`). */
  quietHours?: Skip | null;
}

export function historyChecks({ history, settings, customer, shown, lineType, now, quietHours }: HistoryFacts): {
  skip: Skip | null;
  evidence: ConsentEvidence | null;
} {
  const evidence = consentEvidence(history.calls, {
    customer,
    callId: settings.callId,
    calledAt: settings.calledAt,
    windowHours: settings.consentWindowHours,
    now,
  });
  const optOut = optOutState(history.inboundMessages);
  if (optOut.opted_out)
    return { skip: { reason: 'opted_out', facts: { number: shown, at: optOut.opted_out_at } }, evidence };
  if (settings.requireCallerConsent && !evidence) {
    return { skip: { reason: 'no_consent', facts: { number: shown, hours: settings.consentWindowHours } }, evidence };
  }
  if (settings.cooldownHours > 0) {
    const cutoff = isoString(new Date(now.getTime() - settings.cooldownHours * 3600000));
    const recent = history.outboundMessages
      .filter((message) => isTextBack(message) && messageTime(message) >= cutoff)
      .sort((a, b) => messageTime(b).localeCompare(messageTime(a)))[0];
    if (recent)
      return {
        skip: { reason: 'cooldown', facts: { number: shown, at: messageTime(recent), hours: settings.cooldownHours } },
        evidence,
      };
  }
  if (settings.skipIfConnected) {
    const missed = missedCallTime(history.calls, customer, settings.callId, settings.calledAt);
    const connection = missed ? connectedAfter(history.calls, customer, missed) : null;
    if (connection)
      return { skip: { reason: 'already_connected', facts: { number: shown, at: connection.start_time } }, evidence };
  }
  if (quietHours) return { skip: quietHours, evidence };
  if (lineType?.line_type === 'landline') return { skip: { reason: 'landline', facts: { number: shown } }, evidence };
  return { skip: null, evidence };
}
