/**
 * Atomic claims against duplicate texts (contract: "Concurrent runs"). Twilio's log is the record, but two runs
 * that read it before either sends would both send; a set-if-absent in Zapier's cache lets exactly one of them on.
 */

/** Zapier's cache as the core sees it. */
export interface ClaimStore {
  /** true: this run now holds the key; false: another run does; null: the store could not answer (throttled). */
  setIfAbsent(key: string, value: unknown, ttlSeconds: number): Promise<boolean | null>;
  remove(key: string): Promise<void>;
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
  | { kind: 'unavailable'; why: string };

/**
 * Long enough to cover any race between runs; afterwards Twilio's log, which shows a text as soon as it is
 * accepted, is guard enough for the call.
 */
export const CALL_CLAIM_SECONDS = 3600;

/** The claims a send needs: one per `call_id`, and one per customer number while a cooldown is set. */
export function claimsFor(
  accountSid: string,
  customer: string,
  callId: string | undefined,
  cooldownHours: number,
): Claim[] {
  const prefix = `text-back:${accountSid}`;
  return [
    ...(callId ? [{ key: `${prefix}:call:${callId}`, ttlSeconds: CALL_CLAIM_SECONDS, kind: 'call' as const }] : []),
    ...(cooldownHours > 0
      ? [{ key: `${prefix}:to:${customer}`, ttlSeconds: cooldownHours * 3600, kind: 'number' as const }]
      : []),
  ];
}

/** Takes every claim, in order; a run that loses one (or meets a store that cannot answer) keeps none. */
export async function takeClaims(store: ClaimStore | undefined, claims: Claim[], now: Date): Promise<ClaimOutcome> {
  if (claims.length === 0) return { kind: 'held', claims };
  if (!store) return { kind: 'unavailable', why: 'there is no cache here' };
  const held: Claim[] = [];
  for (const claim of claims) {
    let answer: boolean | null;
    try {
      answer = await store.setIfAbsent(claim.key, { at: now.toISOString() }, claim.ttlSeconds);
    } catch (error) {
      await releaseClaims(store, held);
      return { kind: 'unavailable', why: error instanceof Error ? error.message : String(error) };
    }
    if (answer === true) {
      held.push(claim);
      continue;
    }
    await releaseClaims(store, held);
    return answer === false
      ? { kind: 'lost', lost: claim.kind }
      : { kind: 'unavailable', why: 'Zapier throttled the cache' };
  }
  return { kind: 'held', claims: held };
}

/** Best effort: a claim that cannot be removed simply expires with its ttl. */
export async function releaseClaims(store: ClaimStore | undefined, claims: Claim[]): Promise<void> {
  if (!store) return;
  await Promise.all(claims.map((claim) => store.remove(claim.key).catch(() => undefined)));
}
