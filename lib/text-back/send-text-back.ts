import {
  type Claim,
  type ClaimNote,
  type ClaimStore,
  claimNote,
  claimsFor,
  markUnknown,
  releaseClaims,
  rememberedSend,
  rememberSend,
} from '../claims/claims';
import { claimOrSettle, LOSER_WAITS_MS } from '../claims/settlement';
import { InputError } from '../errors/input-error';
import { latestTextBack } from '../history/text-backs';
import { isoString } from '../time/dates';
import type { TwilioClient } from '../twilio/client';
import { nothingWentOut, twilioCodeOf } from '../twilio/error-table';
import { type Message, messageTime } from '../twilio/resources';
import { checkNumber } from './checks';
import { textBackClaimWords } from './claim-words';
import { type Decision, decide } from './decide';
import { type RequestWithHistory, readHistory } from './history';
import { resolveRequest } from './resolve';
import { consentFields, outcome, sentFields, skipped, type TextBackOutcome } from './result';
import type { TextBackContext, TextBackSettings } from './settings';

export type { TextBackOutcome, TextBackResult } from './result';

/**
 * Send Text-Back from start to finish, one file per step: resolve the request (`resolve.ts`: compose first, so a
 * template mistake comes before anything else, then the number checks), read the history (`history.ts`: one
 * concurrent round trip; the call answered and its age), decide (`decide.ts`, pure), claim (`claims.ts`: atomic,
 * against duplicate texts), then at most one send (below). A replay of the same missed call returns the text
 * already sent instead of sending again.
 */
export async function sendTextBack(
  twilio: TwilioClient,
  settings: TextBackSettings,
  context: TextBackContext = {},
): Promise<TextBackOutcome> {
  const resolved = resolveRequest(settings, context);
  const number = checkNumber(resolved);
  if ('skip' in number) return skipped(resolved, number.skip);

  const request = await readHistory(twilio, resolved, number.customer, context.claims);

  const decision = decide(request);
  if (decision.action === 'refuse') throw new InputError(`Dry run: ${decision.problem}`);
  if (decision.action !== 'send') return carryOut(request, decision);

  const now = () => context.now ?? new Date();
  const note = claimNote(now());
  const taken = await claimOrSettle({
    store: context.claims,
    claims: claimsFor(twilio.connection.accountSid, request.customer.e164, settings.callId, settings.cooldownHours),
    note,
    now,
    cooldownHours: settings.cooldownHours,
    words: textBackClaimWords(request.shown),
    waitsMs: context.loserWaitsMs ?? LOSER_WAITS_MS,
    recheck: (since) => recheckLog(twilio, request, context, since),
  });
  if (taken.kind === 'settled') return taken.outcome;
  if (taken.kind === 'unavailable') {
    context.log?.(
      `Duplicate-text guard: Zapier's cache could not be used (${taken.why}), so only Twilio's message log was checked before sending.`,
    );
  }
  return send(twilio, request, decision.evidence, context.claims, taken.claims, note);
}

/** What a decision other than "send" returns. */
function carryOut(
  request: RequestWithHistory,
  decision: Exclude<Decision, { action: 'send' | 'refuse' }>,
): TextBackOutcome {
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
 * Another run holds a claim: Twilio's log, read again, decides (a replay of this call, or a cooldown skip). A
 * text-back dated `since` (the claim's time) or later is the text that claim guarded, even for a call whose time
 * the log cannot tell: it is returned, and remembered for later replays. null: nothing in the log stops a send.
 */
async function recheckLog(
  twilio: TwilioClient,
  request: RequestWithHistory,
  context: TextBackContext,
  since: string | null,
): Promise<TextBackOutcome | null> {
  const { accountSid } = twilio.connection;
  const [sent, rememberedSid] = await Promise.all([
    twilio.listMessages({ To: request.customer.e164 }),
    rememberedSend(context.claims, accountSid, request.settings.callId),
  ]);
  const history = {
    ...request.history,
    outboundMessages: sent.filter((message) => message.direction.startsWith('outbound')),
  };
  const decision = decide({ ...request, history, rememberedSid });
  if (decision.action === 'refuse') throw new InputError(`Dry run: ${decision.problem}`);
  if (decision.action !== 'send') return carryOut(request, decision);
  const behind = since ? latestTextBack(history.outboundMessages.filter((text) => messageTime(text) >= since)) : null;
  if (!behind) return null;
  await rememberSend(context.claims, accountSid, request.settings.callId, behind.sid);
  return carryOut(request, { action: 'replay', message: behind, evidence: decision.evidence });
}

/**
 * The one send. A send Twilio refused (a 4xx with Twilio's error: nothing went out) releases the claims so a retry
 * can send; a send whose outcome is unknown (dropped, timed out, a 5xx, an unreadable answer) keeps them, marked,
 * and Twilio's log decides on the retry. A text that went out is remembered under the call's key.
 */
async function send(
  twilio: TwilioClient,
  request: RequestWithHistory,
  evidence: Parameters<typeof consentFields>[0],
  store: ClaimStore | undefined,
  claims: Claim[],
  note: ClaimNote,
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
    if (nothingWentOut(error)) await releaseClaims(store, claims);
    else await markUnknown(store, claims, note);
    // Twilio's 21610: the customer texted STOP to Twilio, which blocks the send.
    if (twilioCodeOf(error) === 21610) {
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
