import { CacheDouble } from '../../sandbox/zapier-cache';
import { useSandbox } from '../helpers/app';
import { textBackRuns } from '../helpers/text-back-runs';

/**
 * Contract: "Concurrent runs (Send Text-Back)". Runs race for real here: the sandbox answers every history read
 * slowly, so each run has read Twilio's log before any run sends, which is exactly when a log check alone fails.
 */
const sandbox = useSandbox();

type Item = Record<string, unknown>;
const { freshCaller, missedCall, textsTo, sendWith } = textBackRuns(sandbox, 300);

/** Slows the next `reads` history reads, so every run in a race has read the log before any run sends. */
const slowHistory = (reads: number) =>
  sandbox().faults.add({ kind: 'slow', method: 'GET', path: 'Messages.json', count: reads, delayMs: 250 });

async function race(runs: number, inputOf: (run: number) => Item, cache = new CacheDouble()) {
  slowHistory(runs * 2);
  const settled = await Promise.allSettled(Array.from({ length: runs }, (_, run) => sendWith(cache, inputOf(run))));
  sandbox().faults.clear();
  return {
    settled,
    results: settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : [])),
    cache,
  };
}

describe('one missed call, many runs at once', () => {
  test.each([2, 3, 8])('%i runs for one call send exactly one text; the others return it as replayed', async (runs) => {
    const caller = freshCaller();
    const callId = missedCall(caller);
    const { settled, results } = await race(runs, () => ({ to: caller, call_id: callId }));
    expect(textsTo(caller)).toHaveLength(1);
    const sid = textsTo(caller)[0].sid;
    expect(settled.every((outcome) => outcome.status === 'fulfilled')).toBe(true);
    expect(results.filter((result) => result.replayed === false)).toHaveLength(1);
    for (const result of results) expect(result).toMatchObject({ status: 'sent', message_sid: sid });
    expect(results.filter((result) => result.replayed === true)).toHaveLength(runs - 1);
  });

  test("claims are keyed by the account, the call and the number, with the cooldown as the number's ttl", async () => {
    const caller = freshCaller();
    const callId = missedCall(caller);
    const { cache } = await race(1, () => ({ to: caller, call_id: callId, cooldown_hours: 6 }));
    const account = sandbox().authData().account_sid;
    const claims = cache.sets.filter((set) => set.nx);
    const keys = claims.map((set) => set.key);
    expect(keys).toEqual([expect.stringContaining(callId), expect.stringContaining(caller)]);
    for (const key of keys) expect(key).toContain(account);
    expect(claims[1].ttl).toBe(6 * 3600);
    // After the send, a key of its own remembers the call's text (a plain set), for replays after the claim expires.
    const memory = `text-back:${account}:sent:${callId}`;
    expect(cache.sets.filter((set) => !set.nx)).toEqual([{ key: memory, ttl: 30 * 86400, nx: false, answer: true }]);
    expect(await cache.get(memory)).toEqual({ message_sid: textsTo(caller)[0].sid });
  });

  test('a caller who rang twice between two polls gets one text (the cooldown claim)', async () => {
    const caller = freshCaller();
    const calls = [missedCall(caller, 9), missedCall(caller, 4)];
    const { results } = await race(2, (run) => ({ to: caller, call_id: calls[run] }));
    expect(textsTo(caller)).toHaveLength(1);
    // Both calls came before the one text, so it answers both: the other run returns it as replayed.
    expect(results.map((result) => [result.status, result.replayed, result.message_sid])).toEqual(
      expect.arrayContaining([
        ['sent', false, textsTo(caller)[0].sid],
        ['sent', true, textsTo(caller)[0].sid],
      ]),
    );
  });

  test('runs without a call_id: one text, the others skipped for the cooldown', async () => {
    const caller = freshCaller();
    missedCall(caller);
    const { results } = await race(3, () => ({ to: caller }));
    expect(textsTo(caller)).toHaveLength(1);
    expect(results.filter((result) => result.status === 'skipped').map((result) => result.skip_reason)).toEqual([
      'cooldown',
      'cooldown',
    ]);
  });

  test('cooldown 0 and two calls: two texts, one per call', async () => {
    const caller = freshCaller();
    const calls = [missedCall(caller, 9), missedCall(caller, 4)];
    await race(2, (run) => ({ to: caller, call_id: calls[run], cooldown_hours: 0 }));
    expect(textsTo(caller)).toHaveLength(2);
  });

  test('ten callers at once get ten texts: different callers never block each other', async () => {
    const callers = Array.from({ length: 10 }, () => freshCaller());
    const calls = callers.map((caller) => missedCall(caller));
    const { results } = await race(10, (run) => ({ to: callers[run], call_id: calls[run] }));
    expect(results.map((result) => result.status)).toEqual(Array(10).fill('sent'));
    for (const caller of callers) expect(textsTo(caller)).toHaveLength(1);
  });

  test('dry runs first claim nothing, so the real run after them sends', async () => {
    const caller = freshCaller();
    const callId = missedCall(caller);
    const { results, cache } = await race(3, () => ({ to: caller, call_id: callId, dry_run: true }));
    expect(results.map((result) => result.status)).toEqual(['dry_run', 'dry_run', 'dry_run']);
    expect(cache.sets).toEqual([]);
    const real = await sendWith(cache, { to: caller, call_id: callId });
    expect(real).toMatchObject({ status: 'sent', replayed: false });
    expect(textsTo(caller)).toHaveLength(1);
  });

  test('a send Twilio refused releases its claims: the retry sends one text', async () => {
    const caller = freshCaller();
    const callId = missedCall(caller);
    const cache = new CacheDouble();
    sandbox().faults.add({ kind: '429', method: 'POST', path: 'Messages.json' });
    await expect(sendWith(cache, { to: caller, call_id: callId })).rejects.toMatchObject({ name: 'ThrottledError' });
    expect(textsTo(caller)).toHaveLength(0);
    expect(cache.keys()).toEqual([]);
    expect(await sendWith(cache, { to: caller, call_id: callId })).toMatchObject({ status: 'sent', replayed: false });
    expect(textsTo(caller)).toHaveLength(1);
  });

  test('a send whose answer was lost keeps its claims; the retry finds the text and sends nothing', async () => {
    const caller = freshCaller();
    const callId = missedCall(caller);
    const cache = new CacheDouble();
    sandbox().faults.add({ kind: 'lose_response', method: 'POST', path: 'Messages.json' });
    await expect(sendWith(cache, { to: caller, call_id: callId })).rejects.toThrow();
    expect(cache.keys()).toHaveLength(2);
    const retry = await sendWith(cache, { to: caller, call_id: callId });
    expect(retry).toMatchObject({ status: 'sent', replayed: true, message_sid: textsTo(caller)[0].sid });
    expect(textsTo(caller)).toHaveLength(1);
  });

  test("a loser that never sees the winner's text fails with a retryable error, and sends nothing", async () => {
    const caller = freshCaller();
    const callId = missedCall(caller);
    const cache = new CacheDouble();
    // Another run holds the claim but its text never reaches the log (it crashed before sending).
    await cache.set(
      `text-back:${sandbox().authData().account_sid}:call:${callId}`,
      { at: 'earlier' },
      3600,
      null,
      true,
    );
    await expect(sendWith(cache, { to: caller, call_id: callId })).rejects.toMatchObject({
      name: 'ThrottledError',
      message: expect.stringContaining('Another run'),
    });
    expect(textsTo(caller)).toHaveLength(0);
  });
});

describe('replays never send a second text, whatever the settings', () => {
  test.each([
    ['consent off and cooldown 0', { require_caller_consent: false, cooldown_hours: 0 }],
    ['a call older than the consent window', { consent_window_hours: 1, cooldown_hours: 0 }],
    ['a consent window of 0', { consent_window_hours: 0, require_caller_consent: false, cooldown_hours: 0 }],
  ])('%s', async (_situation, settings) => {
    const caller = freshCaller();
    const callId = missedCall(caller, 90);
    const first = await sendWith(undefined, {
      to: caller,
      call_id: callId,
      require_caller_consent: false,
      cooldown_hours: 0,
      quiet_hours: '',
    });
    expect(first).toMatchObject({ status: 'sent', replayed: false });
    const replay = await sendWith(undefined, { to: caller, call_id: callId, ...settings });
    expect(replay).toMatchObject({ status: 'sent', replayed: true, message_sid: first.message_sid });
    expect(textsTo(caller)).toHaveLength(1);
  });
});

describe('replays long after the race', () => {
  const settings = { require_caller_consent: false, cooldown_hours: 0, quiet_hours: '' };

  test("a call from another phone system with no call time: Zapier's cache remembers its text", async () => {
    const caller = freshCaller();
    const cache = new CacheDouble();
    const input = { to: caller, call_id: 'generic:pbx-4711', ...settings };
    const first = await sendWith(cache, input);
    expect(first).toMatchObject({ status: 'sent', replayed: false });
    // Hours later, long after any race: the claim has expired, and the log cannot tie a text to a call without a time.
    cache.now += 5 * 3600 * 1000;
    const replay = await sendWith(cache, input);
    expect(replay).toMatchObject({ status: 'sent', replayed: true, message_sid: first.message_sid });
    expect(textsTo(caller)).toHaveLength(1);
  });

  test("the app tester's cache (nx ignored) too: a replay of a call without a time sends nothing", async () => {
    const caller = freshCaller();
    const input = { to: caller, call_id: 'aircall:88121', ...settings };
    const first = await sendWith(undefined, input);
    const replay = await sendWith(undefined, input);
    expect(replay).toMatchObject({ status: 'sent', replayed: true, message_sid: first.message_sid });
    expect(textsTo(caller)).toHaveLength(1);
  });

  test('a remembered text that is not in the log (deleted, another number) is not a replay', async () => {
    const caller = freshCaller();
    const cache = new CacheDouble();
    const key = `text-back:${sandbox().authData().account_sid}:sent:generic:pbx-4712`;
    await cache.set(key, { message_sid: 'SM00000000000000000000000000000000' }, 3600);
    cache.now += 2 * 3600 * 1000;
    const first = await sendWith(cache, { to: caller, call_id: 'generic:pbx-4712', ...settings });
    expect(first).toMatchObject({ status: 'sent', replayed: false });
    expect(textsTo(caller)).toHaveLength(1);
  });

  test('the memory blocks no one: the same call_id mapped for another caller hours later still texts them', async () => {
    const [caller, other] = [freshCaller(), freshCaller()];
    const cache = new CacheDouble();
    await sendWith(cache, { to: caller, call_id: 'generic:pbx-4713', ...settings });
    cache.now += 2 * 3600 * 1000;
    const next = await sendWith(cache, { to: other, call_id: 'generic:pbx-4713', ...settings });
    expect(next).toMatchObject({ status: 'sent', replayed: false });
    expect(textsTo(other)).toHaveLength(1);
  });
});

/** A cache that answers null (throttled) for keys containing `throttled`, and works for the others. */
class PartlyThrottledCache extends CacheDouble {
  constructor(private readonly throttled: string) {
    super();
  }
  override async set(key: string, value: unknown, ttl: number | null = null, scope: unknown = null, nx = null) {
    if (key.includes(this.throttled)) return null;
    return super.set(key, value, ttl, scope, nx);
  }
}

describe('without a working cache', () => {
  test.each(['throttled', 'broken'] as const)(
    'a %s cache falls back to the log checks and says so once',
    async (mode) => {
      const caller = freshCaller();
      const callId = missedCall(caller);
      const cache = new CacheDouble();
      cache.mode = mode;
      const logged: string[] = [];
      const spy = jest
        .spyOn(console, 'log')
        .mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
      try {
        expect(await sendWith(cache, { to: caller, call_id: callId })).toMatchObject({
          status: 'sent',
          replayed: false,
        });
      } finally {
        spy.mockRestore();
      }
      expect(logged.filter((line) => line.includes('Duplicate-text guard'))).toHaveLength(1);
      expect(textsTo(caller)).toHaveLength(1);
      expect(await sendWith(cache, { to: caller, call_id: callId })).toMatchObject({ status: 'sent', replayed: true });
      expect(textsTo(caller)).toHaveLength(1);
    },
  );

  test('a cache throttled mid-way: the run keeps the claim it got, so a racing run for the call sends nothing', async () => {
    const caller = freshCaller();
    const callId = missedCall(caller);
    // The call claim is taken; the number claim answers null (throttled).
    const { results } = await race(2, () => ({ to: caller, call_id: callId }), new PartlyThrottledCache(':to:'));
    expect(textsTo(caller)).toHaveLength(1);
    expect(results.map((result) => result.replayed).sort()).toEqual([false, true]);
  });
});
