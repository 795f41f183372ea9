import { optOutState } from '../consent/opt-out-state';
import { connectedAfter } from '../history/connected';
import { isTextBack } from '../history/text-backs';
import { countryOf, type ParsedPhone } from '../phone/parse';
import { HOUR_MS, isoString } from '../time/dates';
import { type Message, messageTime } from '../twilio/resources';
import type { RequestWithHistory } from './history';
import { quietHoursCheck } from './quiet-hours';
import type { ResolvedRequest } from './resolve';
import type { SkipFacts, SkipReason } from './sentences';

export interface Skip {
  reason: SkipReason;
  facts: SkipFacts;
}

/** Withheld sentinels are handled before parsing; these valid numbers cannot take a text either. A Map: own keys only. */
const NOT_TEXTABLE_TYPES = new Map<string, string>([
  ['PREMIUM_RATE', 'premium-rate number'],
  ['TOLL_FREE', 'toll-free number'],
  ['SHARED_COST', 'shared-cost number'],
]);

export function notTextable(phone: ParsedPhone): string | null {
  return NOT_TEXTABLE_TYPES.get(phone.type ?? '') ?? null;
}

export function countryCheck(phone: ParsedPhone, allowed: string[], shown: string): Skip | null {
  if (phone.country && allowed.includes(phone.country)) return null;
  return { reason: 'country_not_allowed', facts: { number: shown, country: phone.country, allowed } };
}

/**
 * The number checks, in the contract's order, before any request: the number, its kind, its country (when the
 * settings or the From number name the countries). A number that passes them is the customer's.
 */
export function checkNumber(request: ResolvedRequest): { skip: Skip } | { customer: ParsedPhone } {
  const { customer, shown, settings } = request;
  if (!customer) {
    return request.withheld
      ? { skip: { reason: 'not_textable', facts: { number: settings.to, detail: 'the caller ID was withheld' } } }
      : { skip: { reason: 'invalid_number', facts: { number: settings.to } } };
  }
  const kind = notTextable(customer);
  if (kind) return { skip: { reason: 'not_textable', facts: { number: shown, detail: kind } } };
  const wrongCountry = request.allowedCountries ? countryCheck(customer, request.allowedCountries, shown) : null;
  return wrongCountry ? { skip: wrongCountry } : { customer };
}

/**
 * The country check that had to wait: sending through a Messaging Service alone names no country, so it uses the
 * account's own (the safe default), known once the history has the account's numbers.
 */
export function accountCountryCheck(request: RequestWithHistory): Skip | null {
  if (request.allowedCountries) return null;
  const own = countryOf(request.history.accountNumbers[0]?.phone_number) ?? 'US';
  return countryCheck(request.customer, [own], request.shown);
}

/**
 * The text-back already sent for this missed call, if a replay of the step comes in: the first text-back since
 * the call `call_id` or `called_at` names, else the text Zapier's cache remembers for `call_id` while Twilio's log
 * still shows it (the log alone cannot tie a text to a call whose time is unknown).
 */
export function alreadySent({ settings, answers, history, rememberedSid }: RequestWithHistory): Message | null {
  if (!settings.callId) return null;
  const textBacks = history.outboundMessages.filter(isTextBack);
  const since = answers && answers.source !== 'consent_call' ? answers.at : null;
  const first = since
    ? textBacks
        .filter((text) => messageTime(text) >= since)
        .sort((a, b) => messageTime(a).localeCompare(messageTime(b)))[0]
    : undefined;
  return first ?? textBacks.find((text) => rememberedSid !== null && text.sid === rememberedSid) ?? null;
}

/**
 * The checks that need the account's records, in the contract's order (after the number, textability and
 * country checks): opted out (in another system, then in the log), consent, cooldown, already connected, quiet hours, landline. The first that fails decides.
 */
export function historyChecks(request: RequestWithHistory): Skip | null {
  const { history, settings, customer, shown, now, answers } = request;
  if (settings.optedOutElsewhere) {
    return { reason: 'opted_out', facts: { number: shown, elsewhere: settings.optedOutElsewhere } };
  }
  const optOut = optOutState(history.inboundMessages);
  if (optOut.optedOut) {
    return {
      reason: 'opted_out',
      facts: { number: shown, at: optOut.optedOutAt, detail: optOut.optOutMessage ?? undefined },
    };
  }
  if (settings.requireCallerConsent && !request.evidence) {
    return { reason: 'no_consent', facts: { number: shown, hours: settings.consentWindowHours } };
  }
  if (settings.cooldownHours > 0) {
    const cutoff = isoString(new Date(now.getTime() - settings.cooldownHours * HOUR_MS));
    const recent = history.outboundMessages
      .filter((message) => isTextBack(message) && messageTime(message) >= cutoff)
      .sort((a, b) => messageTime(b).localeCompare(messageTime(a)))[0];
    if (recent)
      return { reason: 'cooldown', facts: { number: shown, at: messageTime(recent), hours: settings.cooldownHours } };
  }
  if (settings.skipIfConnected && answers) {
    const connection = connectedAfter(history.calls, customer.e164, answers);
    if (connection) return { reason: 'already_connected', facts: { number: shown, at: connection.start_time } };
  }
  const quiet = quietHoursCheck(request);
  if (quiet) return quiet;
  if (request.lineType?.line_type === 'landline') return { reason: 'landline', facts: { number: shown } };
  return null;
}
