import { CacheDouble } from '../../sandbox/zapier-cache';
import { useSandbox } from '../helpers/app';
import { skipAhead, useMovableClock } from '../helpers/clock';
import { RETRY_STEP_MS, retriedUntilDone, textBackRuns } from '../helpers/text-back-runs';

/**
 * Contract: "Exactly once, with nothing lost". A send whose outcome is unknown keeps its claims and Twilio's log
 * settles it on the next attempt; a claim never blocks longer than the send it guards (2 minutes when no text is
 * behind it). The clock is moved, never waited on; the cache double takes nx and ttl seriously.
 */
const sandbox = useSandbox();
useMovableClock();
const { freshCaller, missedCall, textsTo, sendWith } = textBackRuns(sandbox, 600);
const ABANDON_MS = 2 * 60 * 1000;
const settings = { quiet_hours: '' };
afterEach(() => sandbox().faults.clear());

/** A cache whose deletes fail (the claim a refused send releases stays behind). */
class UndeletableCache extends CacheDouble {
  override async delete(): Promise<boolean> {
    throw new Error('rpc is not available');
  }
}

describe('a send whose outcome is unknown', () => {
  test('the connection dropped before Twilio committed the text: one text after the retries, within 2 minutes', async () => {
    const caller = freshCaller();
    const callId = missedCall(caller);
    const cache = new CacheDouble();
    sandbox().faults.add({ kind: 'drop', method: 'POST', path: 'Messages.json' });
    const { result, heldBackMs, errors } = await retriedUntilDone(() =>
      sendWith(cache, { to: caller, call_id: callId, ...settings }),
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(result).toMatchObject({ status: 'sent', replayed: false, message_sid: textsTo(caller)[0]?.sid });
    expect(textsTo(caller)).toHaveLength(1);
    expect(heldBackMs).toBeLessThanOrEqual(ABANDON_MS + RETRY_STEP_MS);
  });

  test.each(['500_after_commit', '503_page_after_commit'] as const)(
    '%s, and a racing run that read the log before the text: one text',
    async (kind) => {
      const caller = freshCaller();
      const callId = missedCall(caller);
      const cache = new CacheDouble();
      // The racing run's log reads arrive before the text exists, and answer after the first run's send failed.
      sandbox().resetRequests();
      sandbox().faults.add({ kind: 'slow', method: 'GET', path: 'Messages.json', count: 2, delayMs: 600 });
      const racing = sendWith(cache, { to: caller, call_id: callId, ...settings });
      while (!sandbox().requests.some((request) => request.fault === 'slow'))
        await new Promise((r) => setTimeout(r, 5));
      await new Promise((resolve) => setTimeout(resolve, 30));
      sandbox().faults.clear();
      sandbox().faults.add({ kind, method: 'POST', path: 'Messages.json' });
      const first = sendWith(cache, { to: caller, call_id: callId, ...settings });
      const settled = await Promise.allSettled([first, racing]);
      expect(settled[0].status).toBe('rejected');
      expect(textsTo(caller)).toHaveLength(1);
      const retry = await retriedUntilDone(() => sendWith(cache, { to: caller, call_id: callId, ...settings }));
      expect(retry.result).toMatchObject({ status: 'sent', replayed: true, message_sid: textsTo(caller)[0].sid });
      expect(textsTo(caller)).toHaveLength(1);
    },
  );

  // 50 at once against the claims alone: test/unit/claims/settlement.test.ts; here the whole step, fewer.
  test('12 retries at once after an unknown outcome: one takes the claim over and sends, the others return its text', async () => {
    const caller = freshCaller();
    const callId = missedCall(caller);
    const cache = new CacheDouble();
    sandbox().faults.add({ kind: 'drop', method: 'POST', path: 'Messages.json' });
    await expect(sendWith(cache, { to: caller, call_id: callId, ...settings })).rejects.toThrow();
    expect(textsTo(caller)).toHaveLength(0);
    skipAhead(ABANDON_MS + 1000);
    const runs = Array.from({ length: 12 }, () =>
      retriedUntilDone(() => sendWith(cache, { to: caller, call_id: callId, ...settings })),
    );
    const results = (await Promise.all(runs)).map(({ result }) => result);
    expect(textsTo(caller)).toHaveLength(1);
    const sid = textsTo(caller)[0].sid;
    for (const result of results) expect(result).toMatchObject({ status: 'sent', message_sid: sid });
    expect(results.filter((result) => result.replayed === false)).toHaveLength(1);
  }, 40000);
});

describe('claims that outlive their send', () => {
  test('a refused send whose claims could not be removed: the retry sends after the abandon time, not the cooldown', async () => {
    const caller = freshCaller();
    const callId = missedCall(caller);
    const cache = new UndeletableCache();
    sandbox().faults.add({ kind: '429', method: 'POST', path: 'Messages.json' });
    const { result, heldBackMs, errors } = await retriedUntilDone(() =>
      sendWith(cache, { to: caller, call_id: callId, cooldown_hours: 24, ...settings }),
    );
    expect(errors.length).toBeGreaterThan(1);
    expect(result).toMatchObject({ status: 'sent', replayed: false });
    expect(textsTo(caller)).toHaveLength(1);
    expect(heldBackMs).toBeGreaterThanOrEqual(ABANDON_MS - RETRY_STEP_MS);
    expect(heldBackMs).toBeLessThanOrEqual(ABANDON_MS + RETRY_STEP_MS);
  });

  test('two Zaps with cooldowns 24 and 1: the 1-hour Zap texts a new call once the first text is over an hour old', async () => {
    const caller = freshCaller();
    const cache = new CacheDouble();
    const daily = await sendWith(cache, { to: caller, call_id: missedCall(caller), cooldown_hours: 24, ...settings });
    expect(daily).toMatchObject({ status: 'sent', replayed: false });
    skipAhead(90 * 60 * 1000);
    const secondCall = missedCall(caller);
    const hourly = await sendWith(cache, { to: caller, call_id: secondCall, cooldown_hours: 1, ...settings });
    expect(hourly).toMatchObject({ status: 'sent', replayed: false });
    expect(textsTo(caller)).toHaveLength(2);
    // The 24-hour Zap meets the same call: its cooldown (by Twilio's log) holds it back, without an error.
    const dailyAgain = await sendWith(cache, { to: caller, call_id: secondCall, cooldown_hours: 24, ...settings });
    expect(dailyAgain).toMatchObject({ status: 'sent', replayed: true, message_sid: hourly.message_sid });
    expect(textsTo(caller)).toHaveLength(2);
  });

  test('"another run is texting right now" only while the claim is younger than a send', async () => {
    const caller = freshCaller();
    const callId = missedCall(caller);
    const cache = new CacheDouble();
    sandbox().faults.add({ kind: 'drop', method: 'POST', path: 'Messages.json' });
    await expect(sendWith(cache, { to: caller, call_id: callId, ...settings })).rejects.toThrow();
    skipAhead(RETRY_STEP_MS);
    const early = sendWith(cache, { to: caller, call_id: callId, ...settings });
    await expect(early).rejects.toMatchObject({ name: 'ThrottledError' });
    await expect(early).rejects.not.toThrow(/Another run/);
    expect(textsTo(caller)).toHaveLength(0);
  });
});
