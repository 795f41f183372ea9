import { RetryLaterError } from '../errors/retry-later-error';
import { fetchNumberHistory, type NumberHistory } from '../history/number-history';
import { isTextBack } from '../history/text-backs';
import { isoString } from '../time/dates';
import type { TwilioClient } from '../twilio/client';
import { orNullWhenNotFound } from '../twilio/error-table';
import type { Message } from '../twilio/resources';
import { isCallSid } from '../twilio/sids';
import { withCallAge } from './call-age';
import {
  type Claim,
  type ClaimStore,
  claimsFor,
  releaseClaims,
  rememberedSend,
  rememberSend,
  takeClaims,
} from './claims';
import { checkNumber, type Decision, type DecisionContext, decide } from './decide';
import { type TextBackContext as RequestContext, resolveRequest, type TextBackRequest } from './request';
import { consentFields, outcome, sentFields, skipped, type TextBackOutcome } from './result';
import type { TextBackSettings } from './settings';

export type { TextBackOutcome, TextBackResult } from './result';

export interface TextBackContext extends RequestContext {
  /** Zapier's cache, for the claims against duplicate texts; undefined where there is none. */
  claims?: ClaimStore;
  /** One line for the Zap's log. */
  log?: (line: string) => void;
  /** How long a run that lost a claim waits, each time, for the winner's text to show in Twilio's log. */
  loserWaitsMs?: readonly number[];
}

const LOSER_WAITS_MS = [250, 500, 1000];

/**
 * Send Text-Back from start to finish: resolve the request (compose first, so a template mistake comes before
 * anything else), the number checks, one concurrent round trip of Twilio lookups, a pure decision, an atomic claim,
 * then at most one send. A replay of the same missed call returns the text already sent instead of sending again.
 */
export async function sendTextBack(
  twilio: TwilioClient,
  settings: TextBackSettings,
  context: TextBackContext = {},
): Promise<TextBackOutcome> {
  let request = resolveRequest(settings, context);
  const numberSkip = checkNumber(request);
  if (numberSkip || !request.customer) return skipped(request, numberSkip!);
  const customer = request.customer;

  const { accountSid } = twilio.connection;
  const windowStart = new Date(request.now.getTime() - settings.consentWindowHours * 3600000);
  const [fetched, lineType, rememberedSid] = await Promise.all([
    fetchNumberHistory(twilio, customer.e164, { scope: 'window', windowStart }),
    settings.skipLandlines ? twilio.lookupLineType(customer.e164) : Promise.resolve(null),
    settings.dryRun ? null : rememberedSend(context.claims, accountSid, settings.callId),
  ]);
  const history = await withNamedCall(twilio, fetched, settings.callId);
  // The call's age decides the promise ("within 5 min" or "as soon as we can") and quiet hours.
  request = withCallAge(request, history.calls);
  const facts: DecisionContext = { request, history, lineType };
  const decision = withRememberedText(decide(facts), history.outboundMessages, rememberedSid);
  if (decision.action !== 'send') return carryOut(request, decision);

  const claims = claimsFor(accountSid, customer.e164, settings.callId, settings.cooldownHours);
  const taken = await takeClaims(context.claims, claims, request.now);
  if (taken.kind === 'lost') return afterLostClaim(twilio, facts, context, context.loserWaitsMs ?? LOSER_WAITS_MS);
  if (taken.kind === 'unavailable') {
    context.log?.(
      `Duplicate-text guard: Zapier's cache could not be used (${taken.why}), so only Twilio's message log was checked before sending.`,
    );
  }
  return send(twilio, request, decision.evidence, context.claims, taken.claims);
}

/**
 * A text the cache remembers for this call, when Twilio's log still shows it, is a replay whatever the other
 * checks say (the log alone cannot tie a text to a call whose time is unknown). Dry runs stay dry runs.
 */
function withRememberedText(decision: Decision, sent: Message[], rememberedSid: string | null): Decision {
  if (!rememberedSid || decision.action === 'dry_run' || decision.action === 'replay') return decision;
  const message = sent.find((text) => text.sid === rememberedSid && isTextBack(text));
  return message ? { action: 'replay', message, evidence: decision.evidence } : decision;
}

/** What a decision other than "send" returns. */
function carryOut(request: TextBackRequest, decision: Exclude<Decision, { action: 'send' }>): TextBackOutcome {
  switch (decision.action) {
    case 'skip':
      return skipped(request, decision.skip, decision.evidence);
    case 'replay':
      return outcome(request, 'sent', {
        ...sentFields(decision.message),
        ...consentFields(decision.evidence),
        replayed: true,
      });
    case 'dry_run':
      return outcome(request, 'dry_run', consentFields(decision.evidence));
  }
}

/**
 * The Twilio call named by `call_id` even when it is older than the consent window, so a replay is recognised
 * whatever the window says (one more request, only for such a call).
 */
async function withNamedCall(
  twilio: TwilioClient,
  history: NumberHistory,
  callId: string | undefined,
): Promise<NumberHistory> {
  if (!isCallSid(callId) || history.calls.some((call) => call.sid === callId)) return history;
  const call = await orNullWhenNotFound(twilio.fetchCall(callId));
  return call ? { ...history, calls: [...history.calls, call] } : history;
}

/**
 * Another run holds the claim and is sending: wait for its text in Twilio's log, then decide again (a replay of
 * this call, or a cooldown skip). A run that never sees it sends nothing and asks Zapier to try again later.
 */
async function afterLostClaim(
  twilio: TwilioClient,
  facts: DecisionContext,
  context: TextBackContext,
  waitsMs: readonly number[],
): Promise<TextBackOutcome> {
  const { request } = facts;
  const { accountSid } = twilio.connection;
  for (const wait of waitsMs) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    const [sent, rememberedSid] = await Promise.all([
      twilio.listMessages({ To: request.customer!.e164 }),
      rememberedSend(context.claims, accountSid, request.settings.callId),
    ]);
    const history = {
      ...facts.history,
      outboundMessages: sent.filter((message) => message.direction.startsWith('outbound')),
    };
    const decision = withRememberedText(decide({ ...facts, history }), history.outboundMessages, rememberedSid);
    if (decision.action !== 'send') return carryOut(request, decision);
  }
  throw new RetryLaterError(
    `Another run of this Zap is texting ${request.shown} right now, so this run sent nothing. Zapier will try this step again, and it will not text twice.`,
  );
}

/**
 * The one send. A send Twilio refused (it answered with an error: nothing went out) releases the claims so a retry
 * can send; a send whose answer was lost keeps them, and Twilio's log decides on the retry. A text that went out is
 * remembered under the call's key.
 */
async function send(
  twilio: TwilioClient,
  request: TextBackRequest,
  evidence: Parameters<typeof consentFields>[0],
  store: ClaimStore | undefined,
  claims: Claim[],
): Promise<TextBackOutcome> {
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
    const refused = typeof (error as { httpStatus?: number }).httpStatus === 'number';
    if (refused) await releaseClaims(store, claims);
    // Twilio's 21610: the customer texted STOP to Twilio, which blocks the send.
    if ((error as { twilioCode?: number }).twilioCode === 21610) {
      return skipped(request, { reason: 'opted_out', facts: { number: request.shown, at: null } }, evidence);
    }
    throw error;
  }
  await rememberSend(store, twilio.connection.accountSid, settings.callId, message.sid);
  return outcome(request, 'sent', {
    ...sentFields(message),
    ...consentFields(evidence),
    sent_at: message.date_created ?? isoString(request.now),
  });
}
