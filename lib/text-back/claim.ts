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
import type { TwilioClient } from '../twilio/client';
import { nothingWentOut } from '../twilio/error-table';
import { messageTime } from '../twilio/resources';
import { textBackClaimWords } from './claim-words';
import { decide, outcomeOf } from './decide';
import type { RequestWithHistory } from './history';
import type { TextBackOutcome } from './result';
import type { TextBackContext } from './settings';

/** The claims this run holds on the call and the number until its one send ends. */
export interface HeldClaims {
  store: ClaimStore | undefined;
  claims: Claim[];
  note: ClaimNote;
  accountSid: string;
  callId: string | undefined;
}

/**
 * Step 4 of Send Text-Back: atomic claims in Zapier's cache on the call and the number, against duplicate texts
 * (`lib/claims/claims.ts`); a claim another run holds is settled (`lib/claims/settlement.ts`, in this step's words
 * from `claim-words.ts`), and then the run returns what
 * Twilio's log says instead of sending.
 */
export async function claim(
  twilio: TwilioClient,
  request: RequestWithHistory,
  context: TextBackContext,
): Promise<{ settled: TextBackOutcome } | { held: HeldClaims }> {
  const { settings } = request;
  const { accountSid } = twilio.connection;
  const now = () => context.now ?? new Date();
  const note = claimNote(now());
  const taken = await claimOrSettle({
    store: context.claims,
    claims: claimsFor(accountSid, request.customer.e164, settings.callId, settings.cooldownHours),
    note,
    now,
    cooldownHours: settings.cooldownHours,
    words: textBackClaimWords(request.shown),
    waitsMs: context.loserWaitsMs ?? LOSER_WAITS_MS,
    recheck: (since) => recheckLog(twilio, request, context, since),
  });
  if (taken.kind === 'settled') return { settled: taken.outcome };
  if (taken.kind === 'unavailable') {
    context.log?.(
      `Duplicate-text guard: Zapier's cache could not be used (${taken.why}), so only Twilio's message log was checked before sending.`,
    );
  }
  return { held: { store: context.claims, claims: taken.claims, note, accountSid, callId: settings.callId } };
}

/**
 * A send that failed: Twilio's refusal (a 4xx with its error: nothing went out) releases the claims so a retry can
 * send; an unknown outcome (dropped, timed out, a 5xx, an unreadable answer) keeps them, marked, and Twilio's log
 * decides on the retry.
 */
export async function letGo(held: HeldClaims, error: unknown): Promise<void> {
  if (nothingWentOut(error)) await releaseClaims(held.store, held.claims);
  else await markUnknown(held.store, held.claims, held.note);
}

/** A text that went out is remembered under the call's key, so a replay of the call returns it. */
export async function rememberSent(held: HeldClaims, messageSid: string): Promise<void> {
  await rememberSend(held.store, held.accountSid, held.callId, messageSid);
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
  if (decision.action !== 'send') return outcomeOf(request, decision);
  const behind = since ? latestTextBack(history.outboundMessages.filter((text) => messageTime(text) >= since)) : null;
  if (!behind) return null;
  await rememberSend(context.claims, accountSid, request.settings.callId, behind.sid);
  return outcomeOf(request, { action: 'replay', message: behind, evidence: decision.evidence });
}
