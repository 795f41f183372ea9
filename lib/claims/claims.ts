import { randomUUID } from 'node:crypto';

/**
 * Atomic claims against duplicate texts (contract: "Concurrent runs"). Twilio's log is the record, but two runs
 * that read it before either sends would both send; a set-if-absent in Zapier's cache lets exactly one of them on.
 */

/** Zapier's cache as the core sees it. */
export interface ClaimStore {
  /** true: this run now holds the key; false: another run does; null: the store could not answer (throttled). */
  setIfAbsent(key: string, value: unknown, ttlSeconds: number): Promise<boolean | null>;
  remove(key: string): Promise<void>;
  /** The value under a key, or null (absent, expired, or the store could not answer). */
  get(key: string): Promise<unknown>;
  /** Writes a value whether or not the key exists. */
  put(key: string, value: unknown, ttlSeconds: number): Promise<void>;
}

export interface Claim {
  key: string;
  ttlSeconds: number;
  /** `call`: this missed call's text; `number`: any text to this number within the cooldown. */
  kind: 'call' | 'number';
}

/** What a claim's value says: when it was taken, by which run, and whether that run's send ended unknown. */
export interface ClaimNote {
  at: string;
  run: string;
  /** `unknown`: the send ended without an answer (dropped, timed out, 5xx, unreadable); the log decides. */
  outcome?: 'unknown';
}

export type ClaimOutcome =
  | { kind: 'held'; claims: Claim[] }
  /** Another run holds `claim`; `note` is its value (null when it could not be read). */
  | { kind: 'lost'; claim: Claim; note: ClaimNote | null }
  | { kind: 'unavailable'; why: string; claims: Claim[] };

/**
 * Long enough to cover any race between runs; afterwards Twilio's log, which shows a text as soon as it is
 * accepted, is guard enough for the call.
 */
export const CALL_CLAIM_SECONDS = 3600;

/**
 * How long the cache remembers the text that answered a call, once sent. Twilio's log can tie a text to a call
 * only through the call's time; a call from another phone system mapped without `called_at` has none, so a replay
 * days later is recognised by this memory (contract: a `call_id` replay never sends a second text).
 */
export const SENT_MEMORY_SECONDS = 30 * 86400;

const callKey = (accountSid: string, callId: string) => `text-back:${accountSid}:call:${callId}`;
/** Apart from the claim, so the claim still expires after the hour: the memory names a text, it blocks no one. */
const sentKey = (accountSid: string, callId: string) => `text-back:${accountSid}:sent:${callId}`;

/** The claims a send needs: one per `call_id`, and one per customer number while a cooldown is set. */
export function claimsFor(
  accountSid: string,
  customer: string,
  callId: string | undefined,
  cooldownHours: number,
): Claim[] {
  const prefix = `text-back:${accountSid}`;
  return [
    ...(callId ? [{ key: callKey(accountSid, callId), ttlSeconds: CALL_CLAIM_SECONDS, kind: 'call' as const }] : []),
    ...(cooldownHours > 0
      ? [{ key: `${prefix}:to:${customer}`, ttlSeconds: cooldownHours * 3600, kind: 'number' as const }]
      : []),
  ];
}

/** A run's own note, under a fresh run id. */
export const claimNote = (at: Date): ClaimNote => ({ at: at.toISOString(), run: randomUUID() });

/** The note under a claim's key, or null when it is absent, unreadable or the store cannot answer. */
async function readNote(store: ClaimStore, key: string): Promise<ClaimNote | null> {
  const value = await Promise.resolve()
    .then(() => store.get(key))
    .catch(() => null);
  const note = value as Partial<ClaimNote> | null;
  return note && typeof note.at === 'string'
    ? { at: note.at, run: String(note.run ?? note.at), ...outcomeOf(note) }
    : null;
}

const outcomeOf = (note: Partial<ClaimNote>) => (note.outcome === 'unknown' ? { outcome: 'unknown' as const } : {});

/**
 * Takes every claim, in order, under `note`. A claim already under this run's note (taken over) is held. A run
 * that loses one keeps none, and learns the winner's note. A store that stops answering part-way (throttled, or
 * an error) leaves the run to the log checks, but the claims already taken are kept until the send is over:
 * releasing them would let a racing run through.
 */
export async function takeClaims(
  store: ClaimStore | undefined,
  claims: Claim[],
  note: ClaimNote,
): Promise<ClaimOutcome> {
  if (claims.length === 0) return { kind: 'held', claims };
  if (!store) return { kind: 'unavailable', why: 'there is no cache here', claims: [] };
  const held: Claim[] = [];
  for (const claim of claims) {
    let answer: boolean | null;
    try {
      answer = await store.setIfAbsent(claim.key, note, claim.ttlSeconds);
    } catch (error) {
      return { kind: 'unavailable', why: error instanceof Error ? error.message : String(error), claims: held };
    }
    if (answer === null || answer === undefined)
      return { kind: 'unavailable', why: 'Zapier throttled the cache', claims: held };
    const winner = answer ? note : await readNote(store, claim.key);
    if (answer || winner?.run === note.run) {
      held.push(claim);
      continue;
    }
    await releaseClaims(store, held);
    return { kind: 'lost', claim, note: winner };
  }
  return { kind: 'held', claims: held };
}

/**
 * Takes over a claim another run left (its send abandoned, or its cooldown shorter than this run's), atomically:
 * among runs that saw the same note, only the one that writes the note's takeover key first goes on. true: this
 * run now holds the claim; false: another run took it over; null: the store could not answer.
 */
export async function takeOver(
  store: ClaimStore,
  claim: Claim,
  seen: ClaimNote,
  note: ClaimNote,
): Promise<boolean | null> {
  const taken = await Promise.resolve()
    .then(() => store.setIfAbsent(`${claim.key}:taken-over:${seen.run}`, note, claim.ttlSeconds))
    .catch(() => null);
  if (taken !== true) return taken ?? null;
  await store.put(claim.key, note, claim.ttlSeconds).catch(() => undefined);
  return true;
}

/** Best effort: a claim that cannot be removed is judged abandoned once it is older than a send (see settle). */
export async function releaseClaims(store: ClaimStore | undefined, claims: Claim[]): Promise<void> {
  if (!store) return;
  await Promise.all(
    claims.map((claim) =>
      Promise.resolve()
        .then(() => store.remove(claim.key))
        .catch(() => undefined),
    ),
  );
}

/**
 * A send whose outcome is unknown keeps its claims; the note says so, so the next attempt knows no run is sending
 * now (best effort: without it, the claim's age says the same once a send's time has passed).
 */
export async function markUnknown(store: ClaimStore | undefined, claims: Claim[], note: ClaimNote): Promise<void> {
  if (!store) return;
  const marked: ClaimNote = { ...note, outcome: 'unknown' };
  await Promise.all(
    claims.map((claim) =>
      Promise.resolve()
        .then(() => store.put(claim.key, marked, claim.ttlSeconds))
        .catch(() => undefined),
    ),
  );
}

/** After a send: the call's memory keeps the message SID, so a later replay of the call returns that text. */
export async function rememberSend(
  store: ClaimStore | undefined,
  accountSid: string,
  callId: string | undefined,
  messageSid: string,
): Promise<void> {
  if (!store || !callId) return;
  // Best effort: the text is sent, and a failed note must not fail the step (a retry would meet the log).
  await Promise.resolve()
    .then(() => store.put(sentKey(accountSid, callId), { message_sid: messageSid }, SENT_MEMORY_SECONDS))
    .catch(() => undefined);
}

/** The message SID remembered for the call, if any; null when there is none or the store cannot answer. */
export async function rememberedSend(
  store: ClaimStore | undefined,
  accountSid: string,
  callId: string | undefined,
): Promise<string | null> {
  if (!store || !callId) return null;
  const value = await Promise.resolve()
    .then(() => store.get(sentKey(accountSid, callId)))
    .catch(() => null);
  const sid = (value as { message_sid?: unknown } | null)?.message_sid;
  return typeof sid === 'string' ? sid : null;
}
