import { sandboxClient } from '../../sandbox/client';
import { MAIN_LINE } from '../../sandbox/scenario';
import { startSandbox } from '../../sandbox/server';
import { HOUR } from '../helpers/sandbox-api';

/** Seeding: bulk missed calls for load tests, and the same SIDs and dates on every run with a fixed clock. */

describe('seeding', () => {
  test('seedMissedCalls(n): n callers, each completed with a no-answer forwarded leg, inside the last 24 hours', async () => {
    const fresh = await startSandbox({ now: new Date('2026-11-29T14:03:00Z') });
    try {
      const before = fresh.state.calls.length;
      const added = fresh.seedMissedCalls(500);
      expect(fresh.state.calls.length).toBe(before + 1000);
      expect(new Set(added.map((a) => a.call.from)).size).toBe(500);
      for (const { call, legs } of added) {
        expect(call).toMatchObject({ direction: 'inbound', status: 'completed', to: MAIN_LINE, parentCallSid: null });
        expect(legs).toEqual([
          expect.objectContaining({ direction: 'outbound-dial', status: 'no-answer', parentCallSid: call.sid }),
        ]);
        const age = fresh.now.getTime() - call.startTime!.getTime();
        expect(age).toBeGreaterThan(0);
        expect(age).toBeLessThan(24 * HOUR);
      }
      const client = sandboxClient(fresh, { username: fresh.accountSid, password: fresh.authToken });
      const listed = await client.get('/Calls.json', {
        'StartTime>': new Date(fresh.now.getTime() - 24 * HOUR).toISOString(),
        PageSize: '1000',
      });
      // 1,000 seeded calls and the day's own in the last 24 hours: more than one page, so a full first page.
      const inWindow = fresh.state.calls.filter(
        (call) => call.startTime !== null && call.startTime.getTime() > fresh.now.getTime() - 24 * HOUR,
      );
      expect(inWindow.length).toBeGreaterThan(1000);
      expect(listed.body.calls).toHaveLength(1000);
      expect(listed.body.next_page_uri).not.toBeNull();
      expect(
        fresh
          .seedMissedCalls(2)
          .map((a) => a.call.sid)
          .some((sid) => added.some((a) => a.call.sid === sid)),
      ).toBe(false);
    } finally {
      await fresh.stop();
    }
  });

  test('a fixed clock seeds the same SIDs and dates every run', async () => {
    const now = new Date('2026-11-29T14:03:00Z');
    const [a, b] = await Promise.all([startSandbox({ now }), startSandbox({ now })]);
    try {
      expect(a.callSid('voicemail')).toBe(b.callSid('voicemail'));
      expect(a.state.calls.map((c) => [c.sid, c.startTime?.toISOString()])).toEqual(
        b.state.calls.map((c) => [c.sid, c.startTime?.toISOString()]),
      );
      expect(a.accountSid).toMatch(/^AC[0-9a-f]{32}$/);
      expect(a.apiKeySid).toMatch(/^SK[0-9a-f]{32}$/);
      expect(a.url).not.toBe(b.url);
      expect(a.authData()).toEqual({ account_sid: a.accountSid, auth_token: a.authToken, api_base_url: a.url });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
