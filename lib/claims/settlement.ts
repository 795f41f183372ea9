import { RetryLaterError } from '../errors/retry-later-error';
import { HOUR_MS, isoString } from '../time/dates';
import { requestTimeoutMs } from '../twilio/timeout';
import { type Claim, type ClaimNote, type ClaimOutcome, type ClaimStore, takeClaims, takeOver } from './claims';

/**
 * What a run does with a claim another run holds (contract: "Exactly once, with nothing lost"). A claim never
 * blocks longer than the send it guards: while it is younger than a send, its run may be texting right now; after
 * that, Twilio's log (which shows an accepted text at once) settles it; with no text behind it after 2 minutes it
 * is abandoned, and one run takes it over. A number claim older than this run's cooldown does not hold it back.
 */

/** A claim with no text behind it is abandoned once it is this old. */
export const ABANDON_SECONDS = 120;
/** How long a run that lost a claim waits, each time, for the winner's text to show in Twilio's log. */
export const LOSER_WAITS_MS: readonly number[] = [250, 500, 1000];
/** From taking the claims to Twilio's answer: the moment before the request, then at most the client's timeout. */
const CLAIM_TO_REQUEST_MS = 5000;
/** A text Twilio dated a little before the claim's note still belongs to it (Twilio dates to the second). */
const CLOCK_SLACK_MS = 5000;

export type ClaimVerdict = 'sending' | 'settling' | 'abandoned' | 'outlived';

/** How old a claim is, against what, decides the verdict. An unreadable note is of unknown age: fail closed. */
export function judgeClaim(claim: Claim, note: ClaimNote | null, now: Date, cooldownHours: number): ClaimVerdict {
  const at = note ? Date.parse(note.at) : Number.NaN;
  if (!note || Number.isNaN(at)) return 'sending';
  const ageMs = now.getTime() - at;
  if (claim.kind === 'number' && cooldownHours > 0 && ageMs >= cooldownHours * HOUR_MS) return 'outlived';
  if (ageMs >= ABANDON_SECONDS * 1000) return 'abandoned';
  return ageMs < requestTimeoutMs() + CLAIM_TO_REQUEST_MS && note.outcome !== 'unknown' ? 'sending' : 'settling';
}

interface Plan {
  /** How the log is read again before anything else: at each of the run's waits, once now, or not at all. */
  recheck: 'each_wait' | 'once' | 'no';
  takesOver: boolean;
}

/** `outlived` needs no recheck: the run already read the log for its own cooldown and found no text in it. */
const PLANS: Record<ClaimVerdict, Plan> = {
  sending: { recheck: 'each_wait', takesOver: false },
  settling: { recheck: 'once', takesOver: false },
  abandoned: { recheck: 'once', takesOver: true },
  outlived: { recheck: 'no', takesOver: true },
};

/** What a run tells the owner while it must wait, in the words of what it sends (a text-back, an alert). */
export interface ClaimWords {
  /** Another run is sending it right now. */
  sendingNow: string;
  /** An earlier attempt's send ended unknown, and the log does not show it yet. */
  settling: string;
  /** The cache stopped answering while this run checked the earlier attempt. */
  unsure: string;
}

/** `T`: what the run returns instead of sending, when the log shows the send a claim guarded. */
export interface ClaimingRun<T> {
  store: ClaimStore | undefined;
  claims: Claim[];
  /** This run's note: what it writes under the claims it takes or takes over. */
  note: ClaimNote;
  now: () => Date;
  cooldownHours: number;
  words: ClaimWords;
  /** How long a run waits, each time, for a sending run's text to show in Twilio's log. */
  waitsMs: readonly number[];
  /**
   * Twilio's log read again: what this run returns instead of sending (the text, replayed; a cooldown skip), or
   * null when it still should send. A text dated `since` or later is the one the claim guarded.
   */
  recheck(since: string | null): Promise<T | null>;
}

/**
 * Takes the run's claims, settling each claim another run holds. Resolves with the claims held (or the cache
 * unavailable), or with what the log says the run returns instead; throws a retryable error while a claim may
 * still have a text behind it.
 */
export async function claimOrSettle<T>(
  run: ClaimingRun<T>,
): Promise<Exclude<ClaimOutcome, { kind: 'lost' }> | { kind: 'settled'; outcome: T }> {
  // Each round takes over at most one claim, so one round per claim (and a last one to hold them all) suffices.
  for (let round = 0; round <= run.claims.length; round++) {
    const taken = await takeClaims(run.store, run.claims, run.note);
    if (taken.kind !== 'lost') return taken;
    const settled = await settle(run, taken.claim, taken.note);
    if (settled !== 'taken_over') return { kind: 'settled', outcome: settled };
  }
  throw new RetryLaterError(run.words.sendingNow);
}

async function settle<T>(run: ClaimingRun<T>, claim: Claim, note: ClaimNote | null): Promise<T | 'taken_over'> {
  const verdict = judgeClaim(claim, note, run.now(), run.cooldownHours);
  const plan = PLANS[verdict];
  const since = note && !Number.isNaN(Date.parse(note.at)) ? new Date(Date.parse(note.at) - CLOCK_SLACK_MS) : null;
  const found = await rechecked(run, plan.recheck, since);
  if (found) return found;
  if (!plan.takesOver || !note || !run.store) {
    if (verdict === 'sending') throw new RetryLaterError(run.words.sendingNow);
    throw new RetryLaterError(run.words.settling, secondsUntilAbandoned(note, run.now()));
  }
  const taken = await takeOver(run.store, claim, note, run.note);
  if (taken === true) return 'taken_over';
  if (taken === null) throw new RetryLaterError(run.words.unsure);
  // Another run took it over first and is sending now: its text, once in the log, is this run's answer.
  const theirs = await rechecked(run, 'each_wait', since);
  if (theirs) return theirs;
  throw new RetryLaterError(run.words.sendingNow);
}

async function rechecked<T>(run: ClaimingRun<T>, how: Plan['recheck'], since: Date | null): Promise<T | null> {
  const waits = how === 'each_wait' ? run.waitsMs : how === 'once' ? [0] : [];
  for (const wait of waits) {
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const found = await run.recheck(since ? isoString(since) : null);
    if (found) return found;
  }
  return null;
}

function secondsUntilAbandoned(note: ClaimNote | null, now: Date): number {
  const at = note ? Date.parse(note.at) : Number.NaN;
  const left = Number.isNaN(at) ? ABANDON_SECONDS : ABANDON_SECONDS - (now.getTime() - at) / 1000;
  return Math.min(ABANDON_SECONDS, Math.max(10, Math.ceil(left)));
}
