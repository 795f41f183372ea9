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

export type ClaimOutcome =
  | { kind: 'held'; claims: Claim[] }
  | { kind: 'lost'; lost: Claim['kind'] }
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

/**
 * Takes every claim, in order. A run that loses one keeps none. A store that stops answering part-way (throttled,
 * or an error) leaves the run to the log checks, but the claims already taken are kept until the send is over:
 * releasing them would let a racing run through.
 */
export async function takeClaims(store: ClaimStore | undefined, claims: Claim[], now: Date): Promise<ClaimOutcome> {
  if (claims.length === 0) return { kind: 'held', claims };
  if (!store) return { kind: 'unavailable', why: 'there is no cache here', claims: [] };
  const held: Claim[] = [];
  for (const claim of claims) {
    let answer: boolean | null;
    try {
      answer = await store.setIfAbsent(claim.key, { at: now.toISOString() }, claim.ttlSeconds);
    } catch (error) {
      return { kind: 'unavailable', why: error instanceof Error ? error.message : String(error), claims: held };
    }
    if (answer === true) {
      held.push(claim);
      continue;
    }
    if (answer !== false) return { kind: 'unavailable', why: 'Zapier throttled the cache', claims: held };
    await releaseClaims(store, held);
    return { kind: 'lost', lost: claim.kind };
  }
  return { kind: 'held', claims: held };
}

/** Best effort: a claim that cannot be removed simply expires with its ttl. */
export async function releaseClaims(store: ClaimStore | undefined, claims: Claim[]): Promise<void> {
  if (!store) return;
  await Promise.all(claims.map((claim) => store.remove(claim.key).catch(() => undefined)));
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
