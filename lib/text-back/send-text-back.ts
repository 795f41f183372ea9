import { afterHoursFor } from '../time/business-hours';
import { isoString } from '../time/dates';
import { fetchNumberHistory } from '../history/number-history';
import type { ConsentEvidence } from '../consent/evidence';
import { InputError } from '../errors/input-error';
import { countryOf, displayNumber, isWithheldSentinel, parsePhone } from '../phone/parse';
import { composeText } from '../sms/compose';
import { resolveTimeZone } from '../time/time-zone';
import type { TwilioClient } from '../twilio/client';
import type { Message } from '../twilio/resources';
import { alreadySent, countryCheck, historyChecks, notTextable, type Skip } from './checks';
import { skipSentence } from './sentences';
import type { TextBackSettings } from './settings';

/** The step's output (contract: `send_text_back`). */
export interface TextBackResult {
  id: string;
  status: 'sent' | 'skipped' | 'dry_run';
  skip_reason: Skip['reason'] | null;
  message_sid: string | null;
  to: string | null;
  from: string | null;
  body: string;
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
  footer_added: boolean;
  consent_basis: 'inbound_call' | 'not_required';
  consent_call_id: string | null;
  consent_called_at: string | null;
  twilio_status: string | null;
  sent_at: string | null;
  after_hours: boolean | null;
}

/** The result, and for a skip the sentence the Zap's history shows when the run halts. */
export interface TextBackOutcome {
  result: TextBackResult;
  skipSentence: string | null;
}

export interface TextBackContext {
  now?: Date;
  zapTimeZone?: string;
}

/**
 * Send Text-Back from start to finish: compose (errors before anything else), the local number checks, one
 * concurrent round trip of Twilio lookups, the history checks in the contract's order, then at most one send.
 * A replay of the same missed call returns the text already sent instead of sending again.
 */
export async function sendTextBack(twilio: TwilioClient, settings: TextBackSettings, context: TextBackContext = {}): Promise<TextBackOutcome> {
  const now = context.now ?? new Date();
  const fromPhone = settings.from ? parsePhone(settings.from) : null;
  if (settings.from && !fromPhone) {
    throw new InputError(`The From number "${settings.from}" is not a phone number. Pick one of your Twilio numbers.`);
  }
  const homeCountry = fromPhone?.country ?? 'US';
  const timeZone = resolveTimeZone(settings.timeZone, context.zapTimeZone, fromPhone?.e164);
  const afterHours = afterHoursFor(settings.businessHours, now, timeZone);
  const composed = composeText({
    template: afterHours ? settings.afterHoursTemplate : settings.template,
    message: afterHours ? settings.afterHoursMessage ?? settings.message : settings.message,
    business_name: settings.businessName,
    callback_number: settings.callbackNumber ?? (fromPhone ? displayNumber(fromPhone.e164, homeCountry) : undefined),
    booking_link: settings.bookingLink,
    callback_minutes: settings.callbackMinutes,
    service: settings.service,
    caller_name: settings.callerName,
    opt_out_text: settings.optOutText,
  });
  const customer = isWithheldSentinel(settings.to) || /^(client|sips?):/i.test(settings.to) ? null : parsePhone(settings.to, homeCountry);
  const shown = customer ? displayNumber(customer.e164, homeCountry) : settings.to;

  const outcome = (status: TextBackResult['status'], extra: Partial<TextBackResult>, skip: Skip | null = null): TextBackOutcome => ({
    result: {
      id: extra.message_sid ?? `${status}:${skip?.reason ?? 'ok'}:${customer?.e164 ?? settings.to}:${now.getTime()}`,
      status,
      skip_reason: skip?.reason ?? null,
      message_sid: null,
      to: customer?.e164 ?? null,
      from: fromPhone?.e164 ?? settings.messagingServiceSid ?? null,
      body: composed.body,
      segments: composed.segments,
      encoding: composed.encoding,
      footer_added: composed.footer_added,
      consent_basis: 'not_required',
      consent_call_id: null,
      consent_called_at: null,
      twilio_status: null,
      sent_at: null,
      after_hours: afterHours,
      ...extra,
    },
    skipSentence: skip && status === 'skipped' ? skipSentence(skip.reason, skip.facts, timeZone) : null,
  });
  const skipped = (skip: Skip, evidence: ConsentEvidence | null = null) =>
    outcome(settings.dryRun ? 'dry_run' : 'skipped', consentFields(evidence), skip);

  if (!customer) {
    const withheld = isWithheldSentinel(settings.to) || /^(client|sips?):/i.test(settings.to);
    return skipped(withheld
      ? { reason: 'not_textable', facts: { number: settings.to, detail: 'the caller ID was withheld' } }
      : { reason: 'invalid_number', facts: { number: settings.to } });
  }
  const kind = notTextable(customer);
  if (kind) return skipped({ reason: 'not_textable', facts: { number: shown, detail: kind } });
  const knownAllowed = settings.allowedCountries ?? (fromPhone?.country ? [fromPhone.country] : undefined);
  const earlyCountry = knownAllowed ? countryCheck(customer, knownAllowed, shown) : null;
  if (earlyCountry) return skipped(earlyCountry);

  const windowStart = new Date(now.getTime() - settings.consentWindowHours * 3600000);
  const [history, lineType] = await Promise.all([
    fetchNumberHistory(twilio, customer.e164, { scope: 'window', windowStart }),
    settings.skipLandlines ? twilio.lookupLineType(customer.e164) : Promise.resolve(null),
  ]);
  const { skip, evidence } = historyChecks(history, settings, customer.e164, shown, lineType, now);
  const replayed = settings.dryRun ? null : alreadySent(history, settings, customer.e164);
  if (replayed) return outcome('sent', { ...sentFields(replayed), ...consentFields(evidence) });
  if (!knownAllowed) {
    // Sending through a Messaging Service only: the account's own country is the safe default.
    const country = countryOf(history.accountNumbers[0]?.phone_number) ?? 'US';
    const lateCountry = countryCheck(customer, [country], shown);
    if (lateCountry) return skipped(lateCountry);
  }
  if (skip) return skipped(skip, evidence);
  if (settings.dryRun) return outcome('dry_run', consentFields(evidence));

  let message: Message;
  try {
    message = await twilio.createMessage({
      to: customer.e164,
      from: settings.messagingServiceSid ? undefined : fromPhone?.e164,
      messaging_service_sid: settings.messagingServiceSid,
      body: composed.body,
    });
  } catch (error) {
    if ((error as { twilioCode?: number }).twilioCode === 21610) {
      return skipped({ reason: 'opted_out', facts: { number: shown, at: null } }, evidence);
    }
    throw error;
  }
  return outcome('sent', { ...sentFields(message), ...consentFields(evidence), sent_at: message.date_created ?? isoString(now) });
}

function sentFields(message: Message): Partial<TextBackResult> {
  return {
    message_sid: message.sid,
    twilio_status: message.status,
    sent_at: message.date_sent ?? message.date_created,
    ...(message.body ? { body: message.body } : {}),
  };
}

function consentFields(evidence: ConsentEvidence | null): Partial<TextBackResult> {
  return evidence
    ? { consent_basis: 'inbound_call', consent_call_id: evidence.call_id, consent_called_at: evidence.called_at }
    : { consent_basis: 'not_required', consent_call_id: null, consent_called_at: null };
}
