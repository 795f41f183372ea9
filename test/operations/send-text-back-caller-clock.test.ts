import { MAIN_LINE } from '../../sandbox/scenario';
import { useSandbox } from '../helpers/app';
import { useClockFrom } from '../helpers/clock';
import { type Item, sendTextBack } from '../helpers/text-back-runs';

/** A fixed clock (Tuesday, noon in Los Angeles), so no run starts near the end of the quiet hour below. */
const START = new Date('2026-12-08T20:00:00Z');
useClockFrom(START);
const sandbox = useSandbox();

let nextCaller = 800;
/** A fresh California caller (area code 415). */
const californian = () => `+1415555${String(nextCaller++).padStart(4, '0')}`;

const send = (inputData: Item) => sendTextBack(sandbox(), { timezone: 'America/New_York', ...inputData });

const hourIn = (timeZone: string) =>
  Number(new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(START));
const pad = (hour: number) => String((hour + 24) % 24).padStart(2, '0');
/** Quiet hours around the clock's hour in Los Angeles: three hours before New York's, so never New York's now. */
const laHour = hourIn('America/Los_Angeles');
const QUIET_IN_LOS_ANGELES_ONLY = `${pad(laHour)}:00-${pad(laHour + 1)}:00`;

describe("quiet hours on the caller's clock (contract: Times and promises)", () => {
  test("a New York business does not text a California caller inside quiet hours on the caller's clock", async () => {
    const from = californian();
    const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 90 });
    const before = sandbox().state.messages.length;
    const result = await send({ to: from, call_id: call.sid, quiet_hours: QUIET_IN_LOS_ANGELES_ONLY });
    expect(result).toMatchObject({ status: 'skipped', skip_reason: 'quiet_hours', message_sid: null });
    expect(sandbox().state.messages.length).toBe(before);
    await expect(
      send({ to: from, call_id: call.sid, quiet_hours: QUIET_IN_LOS_ANGELES_ONLY, if_skipped: 'halt' }),
    ).rejects.toThrow(
      /where they are \(America\/Los_Angeles\), inside quiet hours .*Call them back once it is morning there\./,
    );
  });

  test('the same call from a New York caller is texted: it is not quiet on either clock', async () => {
    const from = `+1212555${String(nextCaller++).padStart(4, '0')}`;
    const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 90 });
    const result = await send({ to: from, call_id: call.sid, quiet_hours: QUIET_IN_LOS_ANGELES_ONLY });
    expect(result).toMatchObject({ status: 'sent', skip_reason: null });
  });

  test("a call within the hour is answered at once, whatever the caller's clock", async () => {
    const from = californian();
    const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 5 });
    const result = await send({ to: from, call_id: call.sid, quiet_hours: QUIET_IN_LOS_ANGELES_ONLY });
    expect(result).toMatchObject({ status: 'sent' });
    expect(result.body).toContain('within 5 min');
  });
});
