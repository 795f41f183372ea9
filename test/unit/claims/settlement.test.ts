import { type ClaimStore, claimNote, claimsFor } from '../../../lib/claims/claims';
import { ABANDON_SECONDS, type ClaimingRun, claimOrSettle, judgeClaim } from '../../../lib/claims/settlement';
import { textBackClaimWords } from '../../../lib/text-back/claim-words';
import type { TextBackOutcome } from '../../../lib/text-back/result';
import { DEFAULT_TIMEOUT_MS } from '../../../lib/twilio/timeout';
import { CacheDouble } from '../../../sandbox/zapier-cache';

/** Contract: "Exactly once, with nothing lost": a claim never blocks longer than the send it guards. */
const [callClaim, numberClaim] = claimsFor(`AC${'0'.repeat(32)}`, '+15125550123', 'CA1', 24);
const NOW = new Date('2026-12-01T15:00:00Z');
const noteAged = (seconds: number, outcome?: 'unknown') => ({
  at: new Date(NOW.getTime() - seconds * 1000).toISOString(),
  run: 'r1',
  ...(outcome ? { outcome } : {}),
});

describe('a claim another run holds', () => {
  test.each([
    ['a claim just taken: its run may be texting now', callClaim, noteAged(1), 24, 'sending'],
    ['younger than a send (the client timeout and the moment before it)', callClaim, noteAged(20), 24, 'sending'],
    ['older than a send: the log settles it', callClaim, noteAged(30), 24, 'settling'],
    ['marked unknown by its run: no run is sending', callClaim, noteAged(1, 'unknown'), 24, 'settling'],
    ['2 minutes old: abandoned unless a text is behind it', callClaim, noteAged(ABANDON_SECONDS), 24, 'abandoned'],
    ['a number claim 90 minutes old met by a 1-hour cooldown', numberClaim, noteAged(5400), 1, 'outlived'],
    ['a number claim 90 minutes old met by a 24-hour cooldown', numberClaim, noteAged(5400), 24, 'abandoned'],
    ['a number claim 30 seconds old met by a 1-hour cooldown', numberClaim, noteAged(30), 1, 'settling'],
    ['a call claim is never outlived by a cooldown', callClaim, noteAged(5400), 1, 'abandoned'],
    ['a note that cannot be read: fail closed', callClaim, null, 24, 'sending'],
    ['a note without a readable time: fail closed', callClaim, { at: 'earlier', run: 'r1' }, 24, 'sending'],
    ['a note from the future (clock skew): fail closed', callClaim, noteAged(-60), 24, 'sending'],
  ] as const)('%s', (_name, claim, note, cooldownHours, verdict) => {
    expect(judgeClaim(claim, note, NOW, cooldownHours)).toBe(verdict);
  });

  test('the abandon time is 2 minutes, longer than any send', () => {
    expect(ABANDON_SECONDS).toBe(120);
    expect(ABANDON_SECONDS * 1000).toBeGreaterThan(DEFAULT_TIMEOUT_MS + 5000);
  });
});

/** The cache double as the claims see it (the edge's zapierClaimStore does the same with Zapier's cache). */
const claimStore = (cache: CacheDouble): ClaimStore => ({
  setIfAbsent: (key, value, ttl) => cache.set(key, value, ttl, null, true),
  remove: async (key) => void (await cache.delete(key)),
  get: (key) => cache.get(key),
  put: async (key, value, ttl) => void (await cache.set(key, value, ttl)),
});

describe('racing retries after an unknown outcome', () => {
  test('50 retries at once meet an abandoned claim: exactly one takes it over, the others return its text', async () => {
    const cache = new CacheDouble();
    const store = claimStore(cache);
    const claims = claimsFor(`AC${'0'.repeat(32)}`, '+15125550123', 'CA1', 24);
    const now = new Date();
    // The first attempt's claims, marked unknown, 3 minutes ago; its text never reached Twilio.
    const left = { ...claimNote(new Date(now.getTime() - 180000)), outcome: 'unknown' as const };
    for (const claim of claims) await store.put(claim.key, left, claim.ttlSeconds);
    const sent: string[] = [];
    const replay = { result: { status: 'sent', replayed: true } } as unknown as TextBackOutcome;
    const run = (): ClaimingRun<TextBackOutcome> => ({
      store,
      claims,
      note: claimNote(now),
      now: () => now,
      cooldownHours: 24,
      words: textBackClaimWords('(512) 555-0123'),
      waitsMs: [5, 10, 20, 40, 80],
      recheck: async () => (sent.length > 0 ? replay : null),
    });
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const taken = await claimOrSettle(run());
        if (taken.kind === 'held') sent.push('SM1');
        return taken.kind;
      }),
    );
    expect(outcomes.filter((kind) => kind === 'held')).toHaveLength(1);
    expect(outcomes.filter((kind) => kind === 'settled')).toHaveLength(49);
    expect(sent).toHaveLength(1);
  });
});
