import {
  CALL_CLAIM_SECONDS,
  type Claim,
  type ClaimStore,
  claimNote,
  markUnknown,
  releaseClaims,
  rememberedSend,
  rememberSend,
} from '../claims/claims';
import { ABANDON_SECONDS, type ClaimWords, claimOrSettle } from '../claims/settlement';
import { optOutState } from '../consent/opt-out-state';
import { isTeamAlert } from '../history/text-backs';
import { shortDate } from '../time/format';
import type { TwilioClient } from '../twilio/client';
import { httpStatusOf, nothingWentOut, twilioCodeOf } from '../twilio/error-table';
import { type Message, messageTime } from '../twilio/resources';
import type { AlertText } from './alert-text';

/** What happened for one team number. */
export type Delivery =
  | { kind: 'sent'; to: string; message: Message; replayed: boolean }
  | { kind: 'skipped'; to: string; why: string };

export interface DeliveryContext {
  twilio: TwilioClient;
  from: string;
  alert: AlertText;
  /** The call the alert is about (`call_id`, else caller and time); null when nothing names it. */
  identity: string | null;
  now: Date;
  timeZone: string;
  claims?: ClaimStore;
  log?: (line: string) => void;
  loserWaitsMs: readonly number[];
}

/**
 * One alert per call per team number, with Send Text-Back's claims (contract: "replays and racing runs return the
 * first"). The claim key names the team number too, so one number's STOP or refusal never blocks another's alert.
 */
const claimFor = (accountSid: string, identity: string, to: string): Claim => ({
  key: `team-alert:${accountSid}:call:${identity}:to:${to}`,
  ttlSeconds: CALL_CLAIM_SECONDS,
  kind: 'call',
});
/** The memory of the sent alert, under the claims' own memory (a name no Send Text-Back `call_id` can take). */
const memoryName = (identity: string, to: string) => `team-alert:${identity}:to:${to}`;

const DAY_MS = 86400000;

/**
 * The alert's earlier copy in Twilio's log: the one the cache remembers for this call, or, where the cache cannot
 * say (no cache, or nothing names the call), an alert with the same first line (caller and time) of the last day,
 * or, while a claim is settled, sent since the claim was taken (`since`). A second alert about the same call
 * under another name (New Missed Call Not Returned's `...:unreturned`) is sent.
 */
function earlierAlert(
  toTeam: Message[],
  rememberedSid: string | null,
  byHeadline: AlertText | null,
  now: Date,
  since: string | null,
) {
  const alerts = toTeam.filter(isTeamAlert);
  const recent = (message: Message) =>
    since ? messageTime(message) >= since : now.getTime() - Date.parse(messageTime(message)) < DAY_MS;
  return (
    alerts.find((message) => message.sid === rememberedSid) ??
    (byHeadline
      ? alerts.find((message) => recent(message) && message.body.split('\n')[0] === byHeadline.headline)
      : undefined) ??
    null
  );
}

async function lookBack(
  context: DeliveryContext,
  to: string,
  byHeadline: boolean,
  since: string | null = null,
): Promise<Message | null> {
  const { twilio, identity, claims } = context;
  const [toTeam, rememberedSid] = await Promise.all([
    twilio.listMessages({ To: to, From: context.from }),
    identity ? rememberedSend(claims, twilio.connection.accountSid, memoryName(identity, to)) : null,
  ]);
  return earlierAlert(toTeam, rememberedSid, byHeadline ? context.alert : null, context.now, since);
}

/** The team member's own STOP, read from Twilio's log with the app's one opt-out classifier. */
async function stoppedAt(twilio: TwilioClient, to: string): Promise<string | null> {
  const fromTeam = await twilio.listMessages({ From: to });
  const state = optOutState(fromTeam.filter((message) => message.direction === 'inbound'));
  return state.optedOut ? state.optedOutAt : null;
}

/** What this step says while a claim another run holds is settled (`lib/claims/settlement.ts`). */
const alertClaimWords = (to: string): ClaimWords => ({
  sendingNow: `Another run of this Zap is alerting ${to} about this call right now, so this run sent nothing to it. Zapier will try this step again, and nobody gets the alert twice.`,
  settling: `An earlier attempt to alert ${to} about this call got no answer from Twilio, and its alert is not in Twilio's log yet. Zapier will try this step again; within ${ABANDON_SECONDS / 60} minutes it either finds that alert or sends one, never two.`,
  unsure: `Zapier's cache did not answer while this run checked an earlier attempt to alert ${to}, so this run sent nothing to it. Zapier will try this step again, and nobody gets the alert twice.`,
});

/** Looks, claims (Send Text-Back's claims, settled the same way), sends: at most one alert to `to` for this call. */
export async function deliverTo(context: DeliveryContext, to: string): Promise<Delivery> {
  const { twilio, identity, claims, alert } = context;
  const [stopped, remembered] = await Promise.all([stoppedAt(twilio, to), lookBack(context, to, !identity)]);
  if (remembered) return { kind: 'sent', to, message: remembered, replayed: true };
  if (stopped) return { kind: 'skipped', to, why: `replied STOP on ${shortDate(stopped, context.timeZone)}` };

  const note = claimNote(context.now);
  const taken = await claimOrSettle<Delivery>({
    store: claims,
    claims: identity ? [claimFor(twilio.connection.accountSid, identity, to)] : [],
    note,
    now: () => context.now,
    cooldownHours: 0,
    words: alertClaimWords(to),
    waitsMs: context.loserWaitsMs,
    recheck: (since) => recheckLog(context, to, since),
  });
  if (taken.kind === 'settled') return taken.outcome;
  if (taken.kind === 'unavailable') {
    context.log?.(`Duplicate-alert guard: Zapier's cache could not be used (${taken.why}); Twilio's log was checked.`);
    const earlier = await lookBack(context, to, true);
    if (earlier) return { kind: 'sent', to, message: earlier, replayed: true };
  }
  let message: Message;
  try {
    message = await twilio.createMessage({ to, from: context.from, body: alert.body });
  } catch (error) {
    // The one refusal rule (a Twilio 4xx with its code): anything else is of unknown outcome, so the claim stays,
    // marked, for the retry to settle by Twilio's log.
    if (!nothingWentOut(error)) {
      await markUnknown(claims, taken.claims, note);
      throw error;
    }
    await releaseClaims(claims, taken.claims);
    // Too many requests: nothing went out, and a retry will send it.
    if (httpStatusOf(error) === 429) throw error;
    // Twilio's 21610: the number texted STOP to this sender, so Twilio blocks the alert.
    if (twilioCodeOf(error) === 21610) {
      return { kind: 'skipped', to, why: 'replied STOP (Twilio blocks texts to it)' };
    }
    return { kind: 'skipped', to, why: `Twilio refused it: ${(error as Error).message}` };
  }
  if (identity) await rememberSend(claims, twilio.connection.accountSid, memoryName(identity, to), message.sid);
  return { kind: 'sent', to, message, replayed: false };
}

/**
 * Another run holds this number's claim: its alert, once the cache or Twilio's log shows it (sent since that
 * claim was taken, or, for a claim of unknown age, the same call's alert of the last day), is this run's answer.
 */
async function recheckLog(context: DeliveryContext, to: string, since: string | null): Promise<Delivery | null> {
  const earlier = await lookBack(context, to, true, since);
  if (!earlier) return null;
  const { twilio, identity, claims } = context;
  if (identity) await rememberSend(claims, twilio.connection.accountSid, memoryName(identity, to), earlier.sid);
  return { kind: 'sent', to, message: earlier, replayed: true };
}
