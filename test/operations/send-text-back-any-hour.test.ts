import { MAIN_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox } from '../helpers/app';
import { useClockFrom } from '../helpers/clock';
import { inDefaultQuietHours } from '../helpers/scenario-expectations';

/**
 * CI runs at any hour, so the verdicts that depend on the hour are checked here at fixed hours instead of at the
 * hour the suite happens to run: one sandbox, its clock set to each instant in turn (Date only, it keeps running).
 */
const CLOCKS = [
  '2026-12-07T03:30:00Z', // Monday: night in UTC and in Austin
  '2026-12-07T08:00:00Z', // day in UTC, 2 AM in Austin
  '2026-12-07T12:00:00Z', // day in UTC, 6 AM in Austin
  '2026-12-07T17:30:00Z', // day on both clocks
  '2026-12-07T21:30:00Z', // night in UTC, 3:30 PM in Austin
  '2026-12-07T23:45:00Z', // night in UTC, 5:45 PM in Austin
  '2026-12-12T16:00:00Z', // Saturday, day on both clocks
];
const AUSTIN = 'America/Chicago';

useClockFrom(new Date(CLOCKS[0]));
const sandbox = useSandbox();
let nextCaller = 900;

/** A missed call from a fresh Austin caller `minutesAgo` old, through Send Text-Back with the default quiet hours. */
async function textBack(minutesAgo: number) {
  const from = `+1512555${String(nextCaller++).padStart(4, '0')}`;
  const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo });
  return (await run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: {
      from: MAIN_LINE,
      to: from,
      call_id: call.sid,
      business_name: 'Rapid Rooter Plumbing',
      if_skipped: 'continue',
      timezone: 'UTC',
    },
  })) as Record<string, unknown>;
}

describe('Send Text-Back at every hour CI may run (contract: Times and promises)', () => {
  test.each(CLOCKS)(
    "at %s a call 90 minutes old waits out quiet hours on the Zap's clock or the caller's",
    async (at) => {
      jest.setSystemTime(new Date(at));
      const quiet = inDefaultQuietHours(new Date(at), 'UTC') || inDefaultQuietHours(new Date(at), AUSTIN);
      const result = await textBack(90);
      expect(result).toMatchObject(
        quiet ? { status: 'skipped', skip_reason: 'quiet_hours' } : { status: 'sent', skip_reason: null },
      );
      const fresh = await textBack(5);
      expect(fresh).toMatchObject({ status: 'sent', skip_reason: null });
      expect(fresh.body).toContain('within 5 min');
    },
  );
});
