import { fetchNumberHistory } from '../history/number-history';
import { isoString } from '../time/dates';
import type { TwilioClient } from '../twilio/client';
import type { Message } from '../twilio/resources';
import { checkNumber, decide } from './decide';
import { withCallAge } from './call-age';
import { resolveRequest, type TextBackContext, type TextBackRequest } from './request';
import { consentFields, outcome, sentFields, skipped, type TextBackOutcome } from './result';
import type { TextBackSettings } from './settings';

export type { TextBackContext } from './request';
export type { TextBackOutcome, TextBackResult } from './result';

/**
 * Send Text-Back from start to finish: resolve the request (compose first, so a template mistake comes before
 * anything else), the number checks, one concurrent round trip of Twilio lookups, a pure decision, then at most
 * one send. A replay of the same missed call returns the text already sent instead of sending again.
 */
export async function sendTextBack(twilio: TwilioClient, settings: TextBackSettings, context: TextBackContext = {}): Promise<TextBackOutcome> {
  let request = resolveRequest(settings, context);
  const numberSkip = checkNumber(request);
  if (numberSkip || !request.customer) return skipped(request, numberSkip!);

  const windowStart = new Date(request.now.getTime() - settings.consentWindowHours * 3600000);
  const [history, lineType] = await Promise.all([
    fetchNumberHistory(twilio, request.customer.e164, { scope: 'window', windowStart }),
    settings.skipLandlines ? twilio.lookupLineType(request.customer.e164) : Promise.resolve(null),
  ]);
  request = withCallAge(request, history.calls);
  const decision = decide({ request, history, lineType });
  switch (decision.action) {
    case 'skip':
      return skipped(request, decision.skip, decision.evidence);
    case 'replay':
      return outcome(request, 'sent', { ...sentFields(decision.message), ...consentFields(decision.evidence) });
    case 'dry_run':
      return outcome(request, 'dry_run', consentFields(decision.evidence));
    case 'send':
      return send(twilio, request, decision.evidence);
  }
}

/** The one send; Twilio's 21610 (the customer texted STOP to Twilio) is an opt-out skip, nothing was sent. */
async function send(twilio: TwilioClient, request: TextBackRequest, evidence: Parameters<typeof consentFields>[0]): Promise<TextBackOutcome> {
  const { settings, customer, fromPhone, composed } = request;
  let message: Message;
  try {
    message = await twilio.createMessage({
      to: customer!.e164,
      from: settings.messagingServiceSid ? undefined : fromPhone?.e164,
      messaging_service_sid: settings.messagingServiceSid,
      body: composed.body,
    });
  } catch (error) {
    if ((error as { twilioCode?: number }).twilioCode === 21610) {
      return skipped(request, { reason: 'opted_out', facts: { number: request.shown, at: null } }, evidence);
    }
    throw error;
  }
  return outcome(request, 'sent', { ...sentFields(message), ...consentFields(evidence), sent_at: message.date_created ?? isoString(request.now) });
}
