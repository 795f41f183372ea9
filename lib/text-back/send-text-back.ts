import { InputError } from '../errors/input-error';
import type { TwilioClient } from '../twilio/client';
import { twilioCodeOf } from '../twilio/error-table';
import type { Message } from '../twilio/resources';
import { claim, type HeldClaims, letGo, rememberSent } from './claim';
import { decide, outcomeOf } from './decide';
import { type RequestWithHistory, readHistory } from './history';
import { resolve } from './resolve';
import type { TextBackOutcome } from './result';
import type { TextBackContext, TextBackSettings } from './settings';

export type { TextBackOutcome, TextBackResult } from './result';

/**
 * Send Text-Back from start to finish, one file per step: resolve the request (`resolve.ts`: compose first, so a
 * template mistake comes before anything else, then the number checks), read the history (`history.ts`: one
 * concurrent round trip; the call answered and its age), decide (`decide.ts`, pure), claim (`claim.ts`: atomic,
 * against duplicate texts), then at most one send (below). A replay of the same missed call returns the text
 * already sent instead of sending again.
 */
export async function sendTextBack(
  twilio: TwilioClient,
  settings: TextBackSettings,
  context: TextBackContext = {},
): Promise<TextBackOutcome> {
  const resolved = resolve(settings, context);
  if ('skip' in resolved) return outcomeOf(resolved.request, { action: 'skip', skip: resolved.skip, evidence: null });

  const request = await readHistory(twilio, resolved.request, resolved.customer, context.claims);

  const decision = decide(request);
  if (decision.action === 'refuse') throw new InputError(`Dry run: ${decision.problem}`);
  if (decision.action !== 'send') return outcomeOf(request, decision);

  const claimed = await claim(twilio, request, context);
  if ('settled' in claimed) return claimed.settled;
  return send(twilio, request, decision.evidence, claimed.held);
}

/**
 * Step 5, the one send. A failed send lets the claims go the safe way (`letGo`: released only when nothing went
 * out); a text that went out is remembered under the call's key.
 */
async function send(
  twilio: TwilioClient,
  request: RequestWithHistory,
  evidence: Extract<Parameters<typeof outcomeOf>[1], { action: 'sent' }>['evidence'],
  held: HeldClaims,
): Promise<TextBackOutcome> {
  const { settings, customer, fromPhone, composed } = request;
  let message: Message;
  try {
    message = await twilio.createMessage({
      to: customer.e164,
      from: settings.messagingServiceSid ? undefined : fromPhone?.e164,
      messaging_service_sid: settings.messagingServiceSid,
      body: composed.body,
    });
  } catch (error) {
    await letGo(held, error);
    // Twilio's 21610: the customer texted STOP to Twilio, which blocks the send.
    if (twilioCodeOf(error) === 21610) {
      const skip = { reason: 'opted_out' as const, facts: { number: request.shown, at: null } };
      return outcomeOf(request, { action: 'skip', skip, evidence });
    }
    throw error;
  }
  await rememberSent(held, message.sid);
  return outcomeOf(request, { action: 'sent', message, evidence });
}
