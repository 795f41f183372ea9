import { MAIN_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox } from '../helpers/app';

const sandbox = useSandbox();

type Item = Record<string, unknown>;
let nextCaller = 700;
const freshCaller = () => `+1415555${String(nextCaller++).padStart(4, '0')}`;

const send = (inputData: Record<string, unknown>, zapTimeZone?: string) =>
  run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: { from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing', if_skipped: 'continue', ...inputData },
    ...(zapTimeZone ? { meta: { timezone: zapTimeZone } } : {}),
  }) as Promise<Item>;

/** A wall-clock time `minutesAgo` in `timeZone`, the parts a Formatter step writes. */
function wallClock(minutesAgo: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(Date.now() - minutesAgo * 60000));
  const get = (type: string) => parts.find((part) => part.type === type)!.value;
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}
/** "2026-12-06 11:40", as Zapier's Formatter writes a local time. */
const formatterLocal = (minutesAgo: number, timeZone: string) => {
  const w = wallClock(minutesAgo, timeZone);
  return `${w.year}-${w.month}-${w.day} ${w.hour}:${w.minute}`;
};
/** "12/06/2026 11:40 AM" (the Formatter's MM/DD/YYYY hh:mm A). */
const usFormLocal = (minutesAgo: number, timeZone: string) => {
  const w = wallClock(minutesAgo, timeZone);
  const hour = Number(w.hour);
  return `${w.month}/${w.day}/${w.year} ${String(hour % 12 || 12).padStart(2, '0')}:${w.minute} ${hour < 12 ? 'AM' : 'PM'}`;
};
const minutesOld = (iso: unknown) => (Date.now() - Date.parse(String(iso))) / 60000;

describe('a called_at without an offset is read in the right zone (contract: Times and promises)', () => {
  test("a Los Angeles call mapped with a local called_at, in the Zap's zone, is texted at once with the minutes promise", async () => {
    const result = await send(
      { to: freshCaller(), call_id: 'aircall:9001', called_at: formatterLocal(2, 'America/Los_Angeles') },
      'America/Los_Angeles',
    );
    expect(result).toMatchObject({ status: 'sent', skip_reason: null, consent_basis: 'inbound_call' });
    expect(result.body).toContain('within 5 min');
    expect(minutesOld(result.consent_called_at)).toBeGreaterThan(1);
    expect(minutesOld(result.consent_called_at)).toBeLessThan(4);
  });

  test("east of UTC (the step's Time Zone, Tokyo), a 2-minute-old call in the Formatter's US form is not in the future", async () => {
    const result = await send({
      to: freshCaller(),
      call_id: 'aircall:9002',
      called_at: usFormLocal(2, 'Asia/Tokyo'),
      timezone: 'Asia/Tokyo',
    });
    expect(result).toMatchObject({ status: 'sent', skip_reason: null, consent_basis: 'inbound_call' });
    expect(result.body).toContain('within 5 min');
    expect(minutesOld(result.consent_called_at)).toBeLessThan(4);
  });

  test("the step's Time Zone wins over the Zap's", async () => {
    const result = await send(
      {
        to: freshCaller(),
        call_id: 'aircall:9003',
        called_at: formatterLocal(3, 'America/Denver'),
        timezone: 'America/Denver',
      },
      'Asia/Tokyo',
    );
    expect(result).toMatchObject({ status: 'sent', consent_basis: 'inbound_call' });
    expect(minutesOld(result.consent_called_at)).toBeLessThan(5);
  });
});

describe('a called_at nobody can read is no evidence, and the sentence says why', () => {
  test('words instead of a time: not "now", so no consent from it', async () => {
    const to = freshCaller();
    const result = await send({ to, call_id: 'aircall:9004', called_at: 'right after lunch' }, 'America/Chicago');
    expect(result).toMatchObject({ status: 'skipped', skip_reason: 'no_consent', message_sid: null });
    await expect(
      send({ to, call_id: 'aircall:9004', called_at: 'right after lunch', if_skipped: 'halt' }, 'America/Chicago'),
    ).rejects.toThrow(
      'Called At "right after lunch" is not a date and time the app can read (write it like 2026-12-06 11:40, or with its offset, 2026-12-06T11:40:00-06:00), so it is no evidence of a call.',
    );
  });

  test('a local time with no zone anywhere (a US From number spans several zones) is not guessed as UTC', async () => {
    const to = freshCaller();
    const calledAt = formatterLocal(2, 'UTC');
    const result = await send({ to, call_id: 'aircall:9005', called_at: calledAt });
    expect(result).toMatchObject({ status: 'skipped', skip_reason: 'no_consent' });
    await expect(send({ to, call_id: 'aircall:9005', called_at: calledAt, if_skipped: 'halt' })).rejects.toThrow(
      `Called At "${calledAt}" has no time zone`,
    );
  });

  test('a lenient parser\'s date ("call 5 maybe" is May 2001 to JavaScript) is no time either', async () => {
    const to = freshCaller();
    await expect(
      send({ to, call_id: 'aircall:9006', called_at: 'call 5 maybe', if_skipped: 'halt' }, 'America/Chicago'),
    ).rejects.toThrow('Called At "call 5 maybe" is not a date and time the app can read');
  });
});
