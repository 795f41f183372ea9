import {
  CALL_CLAIM_SECONDS,
  type ClaimStore,
  claimNote,
  claimsFor,
  markUnknown,
  releaseClaims,
  rememberedSend,
  rememberSend,
  SENT_MEMORY_SECONDS,
  takeClaims,
  takeOver,
} from '../../../lib/claims/claims';
import { CUSTOMER, NOW } from '../text-back/records';

const ACCOUNT = `AC${'0'.repeat(32)}`;
const CALL_KEY = `text-back:${ACCOUNT}:call:CA1`;
const NUMBER_KEY = `text-back:${ACCOUNT}:to:${CUSTOMER}`;

/** Zapier's cache as a Map; `answers` overrides what set-if-absent says for a key (throttled, or an error). */
function memoryStore(answers: Record<string, boolean | null | Error> = {}) {
  const values = new Map<string, { value: unknown; ttlSeconds: number }>();
  const store: ClaimStore = {
    async setIfAbsent(key, value, ttlSeconds) {
      const answer = answers[key];
      if (answer instanceof Error) throw answer;
      if (answer !== undefined) return answer;
      if (values.has(key)) return false;
      values.set(key, { value, ttlSeconds });
      return true;
    },
    async remove(key) {
      values.delete(key);
    },
    async get(key) {
      return values.get(key)?.value ?? null;
    },
    async put(key, value, ttlSeconds) {
      values.set(key, { value, ttlSeconds });
    },
  };
  return { store, values };
}

describe('the claims a send needs', () => {
  test.each([
    ['a call_id and a cooldown: the call, then the number', 'CA1', 24, [CALL_KEY, NUMBER_KEY]],
    ['no call_id: the number only', undefined, 24, [NUMBER_KEY]],
    ['no cooldown: the call only', 'CA1', 0, [CALL_KEY]],
    ['neither: none', undefined, 0, []],
  ] as [string, string | undefined, number, string[]][])('%s', (_name, callId, cooldownHours, keys) => {
    expect(claimsFor(ACCOUNT, CUSTOMER, callId, cooldownHours).map((claim) => claim.key)).toEqual(keys);
  });

  test('the call claim lasts an hour, the number claim the cooldown', () => {
    expect(claimsFor(ACCOUNT, CUSTOMER, 'CA1', 6)).toEqual([
      { key: CALL_KEY, ttlSeconds: CALL_CLAIM_SECONDS, kind: 'call' },
      { key: NUMBER_KEY, ttlSeconds: 6 * 3600, kind: 'number' },
    ]);
  });
});

describe('taking the claims', () => {
  const claims = claimsFor(ACCOUNT, CUSTOMER, 'CA1', 24);
  const NOTE = claimNote(NOW);
  const OTHER_RUN = claimNote(NOW);

  test('a free store: every claim is held, stamped with the run time and the run', async () => {
    const { store, values } = memoryStore();
    expect(await takeClaims(store, claims, NOTE)).toEqual({ kind: 'held', claims });
    expect(values.get(CALL_KEY)).toEqual({ value: NOTE, ttlSeconds: CALL_CLAIM_SECONDS });
    expect(NOTE.at).toBe(NOW.toISOString());
    expect(NOTE.run).not.toBe(OTHER_RUN.run);
  });

  test('a run that loses one claim keeps none', async () => {
    const { store, values } = memoryStore({ [NUMBER_KEY]: false });
    expect(await takeClaims(store, claims, NOTE)).toEqual({ kind: 'lost', claim: claims[1], note: null });
    expect(values.has(CALL_KEY)).toBe(false);
  });

  test("the second run for the same call loses the call claim, and learns the winner's note", async () => {
    const { store } = memoryStore();
    await takeClaims(store, claims, OTHER_RUN);
    expect(await takeClaims(store, claims, NOTE)).toEqual({ kind: 'lost', claim: claims[0], note: OTHER_RUN });
  });

  test("a claim already under this run's note (taken over) is held", async () => {
    const { store } = memoryStore();
    await store.put(CALL_KEY, NOTE, 60);
    expect(await takeClaims(store, claims, NOTE)).toEqual({ kind: 'held', claims });
  });

  test('a throttled store leaves the run to the log checks and keeps what it took', async () => {
    const { store, values } = memoryStore({ [NUMBER_KEY]: null });
    expect(await takeClaims(store, claims, NOTE)).toEqual({
      kind: 'unavailable',
      why: 'Zapier throttled the cache',
      claims: [claims[0]],
    });
    expect(values.has(CALL_KEY)).toBe(true);
  });

  test("a store that fails says why, in the store's words", async () => {
    const { store } = memoryStore({ [CALL_KEY]: new Error('cache is down') });
    expect(await takeClaims(store, claims, NOTE)).toEqual({ kind: 'unavailable', why: 'cache is down', claims: [] });
  });

  test('no store, and nothing to claim', async () => {
    expect(await takeClaims(undefined, claims, NOTE)).toEqual({
      kind: 'unavailable',
      why: 'there is no cache here',
      claims: [],
    });
    expect(await takeClaims(undefined, [], NOTE)).toEqual({ kind: 'held', claims: [] });
  });

  test('releasing is best effort: a failing remove is no error', async () => {
    const { store, values } = memoryStore();
    await takeClaims(store, claims, NOTE);
    await releaseClaims(store, claims);
    expect(values.size).toBe(0);
    const failing = { ...store, remove: async () => Promise.reject(new Error('down')) };
    await expect(releaseClaims(failing, claims)).resolves.toBeUndefined();
  });
});

describe('taking over a claim another run left', () => {
  const [callClaim] = claimsFor(ACCOUNT, CUSTOMER, 'CA1', 24);
  const LEFT = claimNote(NOW);

  test('among runs that saw the same note, exactly one takes it over and writes its own note', async () => {
    const { store, values } = memoryStore();
    await store.put(CALL_KEY, LEFT, 60);
    const runs = Array.from({ length: 10 }, () => claimNote(NOW));
    const answers = await Promise.all(runs.map((note) => takeOver(store, callClaim, LEFT, note)));
    expect(answers.filter((answer) => answer === true)).toHaveLength(1);
    expect(values.get(CALL_KEY)?.value).toEqual(runs[answers.indexOf(true)]);
  });

  test('a store that cannot answer takes nothing over', async () => {
    const { store } = memoryStore({ [`${CALL_KEY}:taken-over:${LEFT.run}`]: null });
    expect(await takeOver(store, callClaim, LEFT, claimNote(NOW))).toBeNull();
    const failing = { ...store, setIfAbsent: async () => Promise.reject(new Error('down')) };
    expect(await takeOver(failing, callClaim, LEFT, claimNote(NOW))).toBeNull();
  });

  test('a send whose outcome is unknown marks its claims, keeping their time and run', async () => {
    const { store, values } = memoryStore();
    await markUnknown(store, [callClaim], LEFT);
    expect(values.get(CALL_KEY)).toEqual({ value: { ...LEFT, outcome: 'unknown' }, ttlSeconds: CALL_CLAIM_SECONDS });
    const failing = { ...store, put: async () => Promise.reject(new Error('down')) };
    await expect(markUnknown(failing, [callClaim], LEFT)).resolves.toBeUndefined();
  });
});

describe("the cache's memory of a call's text", () => {
  test("a text sent is remembered under the call's key for 30 days, apart from the claim", async () => {
    const { store, values } = memoryStore();
    await rememberSend(store, ACCOUNT, 'CA1', 'SM1');
    expect(values.get(`text-back:${ACCOUNT}:sent:CA1`)).toEqual({
      value: { message_sid: 'SM1' },
      ttlSeconds: SENT_MEMORY_SECONDS,
    });
    expect(await rememberedSend(store, ACCOUNT, 'CA1')).toBe('SM1');
    expect(await rememberedSend(store, ACCOUNT, 'CA2')).toBeNull();
  });

  test('without a call_id or a store nothing is remembered; a failing store is no error', async () => {
    const { store, values } = memoryStore();
    await rememberSend(store, ACCOUNT, undefined, 'SM1');
    expect(values.size).toBe(0);
    expect(await rememberedSend(undefined, ACCOUNT, 'CA1')).toBeNull();
    const failing: ClaimStore = {
      ...store,
      put: async () => Promise.reject(new Error('down')),
      get: async () => Promise.reject(new Error('down')),
    };
    await expect(rememberSend(failing, ACCOUNT, 'CA1', 'SM1')).resolves.toBeUndefined();
    expect(await rememberedSend(failing, ACCOUNT, 'CA1')).toBeNull();
  });

  test('a remembered value of another shape names no text', async () => {
    const { store } = memoryStore();
    await store.put(`text-back:${ACCOUNT}:sent:CA1`, { message_sid: 42 }, 60);
    expect(await rememberedSend(store, ACCOUNT, 'CA1')).toBeNull();
  });
});
