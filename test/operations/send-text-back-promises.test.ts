import { MAIN_LINE } from '../../sandbox/scenario';
import { useSandbox } from '../helpers/app';
import { type Item, sendTextBack } from '../helpers/text-back-runs';

const sandbox = useSandbox();

let nextCaller = 100;
const freshCaller = () => `+1415555${String(nextCaller++).padStart(4, '0')}`;

const send = (inputData: Item) => sendTextBack(sandbox(), { timezone: 'UTC', ...inputData });
const missedCaller = (minutesAgo: number) => {
  const from = freshCaller();
  const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo });
  return { from, sid: call.sid, at: call.startTime!.toISOString() };
};

const freshCallerWhoCalled = (minutesAgo: number) => missedCaller(minutesAgo).from;

const pad = (hour: number) => String((hour + 24) % 24).padStart(2, '0');
const hourNow = new Date().getUTCHours();
/** Quiet hours (UTC) around the present hour, and twelve hours away from it. */
const QUIET_NOW = `${pad(hourNow - 1)}:00-${pad(hourNow + 1)}:59`;
const QUIET_LATER = `${pad(hourNow + 11)}:00-${pad(hourNow + 12)}:00`;

describe('promises the business can keep (contract)', () => {
  test('a call 90 minutes old (its age from call_id\'s Twilio call) gets "as soon as we can", no minutes', async () => {
    const { from, sid } = missedCaller(90);
    const result = await send({ to: from, call_id: sid, quiet_hours: QUIET_LATER });
    expect(result.status).toBe('sent');
    expect(result.body).toBe(
      "Hi there, sorry Rapid Rooter Plumbing missed your call! We'll call you back as soon as we can. Reply YES to confirm. Reply STOP to opt out.",
    );
  });

  test('a call 90 minutes old from another phone system (its age from called_at) promises no minutes either', async () => {
    const { from, at } = missedCaller(90);
    const result = await send({
      to: from,
      call_id: 'aircall:1843219572',
      called_at: at,
      template: 'service_specific',
      quiet_hours: '',
    });
    expect(result.status).toBe('sent');
    expect(result.body).toContain("Reply YES and we'll call as soon as we can.");
    expect(result.body).not.toMatch(/quick|fast|min\b/);
  });

  test('a called_at in the future is of unknown age: no minutes promised, and quiet hours apply', async () => {
    const { from } = missedCaller(10);
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    const result = await send({ to: from, called_at: tomorrow, quiet_hours: '' });
    expect(result.status).toBe('sent');
    expect(result.body).toContain('as soon as we can');
    expect(result.body).not.toContain('within 5 min');
    const quiet = await send({ to: freshCallerWhoCalled(10), called_at: tomorrow, quiet_hours: QUIET_NOW });
    expect(quiet).toMatchObject({ status: 'skipped', skip_reason: 'quiet_hours' });
  });

  test('a call 10 minutes old keeps the promise of minutes, even in quiet hours', async () => {
    const { from, sid } = missedCaller(10);
    const result = await send({ to: from, call_id: sid, quiet_hours: QUIET_NOW });
    expect(result.status).toBe('sent');
    expect(result.body).toContain('within 5 min');
  });

  test('without call_id or called_at, a call the history shows 12 hours old is promised no minutes', async () => {
    const { from } = missedCaller(720);
    const result = await send({ to: from, quiet_hours: QUIET_LATER });
    expect(result).toMatchObject({ status: 'sent', skip_reason: null });
    expect(result.body).toBe(
      "Hi there, sorry Rapid Rooter Plumbing missed your call! We'll call you back as soon as we can. Reply YES to confirm. Reply STOP to opt out.",
    );
  });

  test('without call_id or called_at, the consent call 90 minutes old waits out quiet hours', async () => {
    const { from } = missedCaller(90);
    const result = await send({ to: from, quiet_hours: QUIET_NOW, dry_run: true });
    expect(result).toMatchObject({ status: 'dry_run', skip_reason: 'quiet_hours' });
    expect(result.body).toContain('as soon as we can');
  });

  test('with no known call at all (consent not required, nothing in the log) the call counts as old', async () => {
    const to = freshCaller();
    const result = await send({ to, require_caller_consent: false, quiet_hours: QUIET_NOW });
    expect(result).toMatchObject({ status: 'skipped', skip_reason: 'quiet_hours', message_sid: null });
    await expect(
      send({ to, require_caller_consent: false, quiet_hours: QUIET_NOW, if_skipped: 'halt' }),
    ).rejects.toThrow(
      /^Not sent: \(415\) 555-\d{4} called at a time nobody knows, so it counts as more than an hour ago, and it is now your quiet hours \(\d+:00 [AP]M to \d+:59 [AP]M\)\. Call them back in the morning\./,
    );
    const later = await send({ to, require_caller_consent: false, quiet_hours: QUIET_LATER });
    expect(later.status).toBe('sent');
    expect(later.body).toContain('as soon as we can');
  });
});

describe('quiet hours', () => {
  test('an old call in quiet hours is skipped with quiet_hours, nothing sent, and a plain sentence', async () => {
    const { from, sid } = missedCaller(90);
    const before = sandbox().state.messages.length;
    const result = await send({ to: from, call_id: sid, quiet_hours: QUIET_NOW });
    expect(result).toMatchObject({ status: 'skipped', skip_reason: 'quiet_hours', message_sid: null });
    expect(sandbox().state.messages.length).toBe(before);
    await expect(send({ to: from, call_id: sid, quiet_hours: QUIET_NOW, if_skipped: 'halt' })).rejects.toThrow(
      /Not sent: \(415\) 555-\d{4} called more than an hour ago \(\w{3} \d+ at \d+:\d\d [AP]M\), and it is now your quiet hours \(\d+:00 [AP]M to \d+:59 [AP]M\)\. Call them back in the morning\./,
    );
  });

  test('a dry run reports the quiet-hours skip and never halts', async () => {
    const { from, sid } = missedCaller(120);
    expect(
      await send({ to: from, call_id: sid, quiet_hours: QUIET_NOW, dry_run: true, if_skipped: 'halt' }),
    ).toMatchObject({ status: 'dry_run', skip_reason: 'quiet_hours' });
  });

  test("the default quiet hours are 21:00-08:00 in the business's zone; blank turns them off", async () => {
    const { from, sid } = missedCaller(90);
    // Pick the zone where it is now 23:30-ish: inside 21:00-08:00 whatever the hour here.
    const zone = [
      'Etc/GMT+12',
      'Etc/GMT+11',
      'Etc/GMT+10',
      'Etc/GMT+9',
      'Etc/GMT+8',
      'Etc/GMT+7',
      'Etc/GMT+6',
      'Etc/GMT+5',
      'Etc/GMT+4',
      'Etc/GMT+3',
      'Etc/GMT+2',
      'Etc/GMT+1',
      'Etc/GMT',
      'Etc/GMT-1',
      'Etc/GMT-2',
      'Etc/GMT-3',
      'Etc/GMT-4',
      'Etc/GMT-5',
      'Etc/GMT-6',
      'Etc/GMT-7',
      'Etc/GMT-8',
      'Etc/GMT-9',
      'Etc/GMT-10',
      'Etc/GMT-11',
    ].find(
      (name) =>
        Number(
          new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone: name }).format(new Date()),
        ) === 23,
    )!;
    expect(await send({ to: from, call_id: sid, timezone: zone, dry_run: true })).toMatchObject({
      skip_reason: 'quiet_hours',
    });
    expect(await send({ to: from, call_id: sid, timezone: zone, dry_run: true, quiet_hours: '' })).toMatchObject({
      skip_reason: null,
    });
  });

  test('checks before it in the contract order win: an opted-out caller is opted_out, not quiet_hours', async () => {
    const { from, sid } = missedCaller(90);
    sandbox().addInboundMessage({ from, to: MAIN_LINE, body: 'STOP' });
    expect(await send({ to: from, call_id: sid, quiet_hours: QUIET_NOW })).toMatchObject({ skip_reason: 'opted_out' });
  });

  test('already_connected comes before quiet_hours, and quiet_hours before landline (contract order)', async () => {
    const { from, sid } = missedCaller(90);
    sandbox().addCall({
      from: MAIN_LINE,
      to: from,
      direction: 'outbound-api',
      status: 'completed',
      minutesAgo: 80,
      durationSeconds: 95,
    });
    expect(await send({ to: from, call_id: sid, quiet_hours: QUIET_NOW })).toMatchObject({
      skip_reason: 'already_connected',
    });
    const landline = sandbox()
      .scenarioCalls()
      .find((call) => call.key === 'landline-caller')!;
    expect(
      await send({
        to: landline.from,
        call_id: landline.sid,
        skip_landlines: true,
        dry_run: true,
        quiet_hours: QUIET_NOW,
      }),
    ).toMatchObject({ status: 'dry_run', skip_reason: 'quiet_hours' });
  });

  test('unreadable quiet hours are a clear error, before anything is asked of Twilio', async () => {
    sandbox().resetRequests();
    await expect(send({ to: freshCaller(), quiet_hours: 'late at night' })).rejects.toThrow(
      /Quiet Hours .{1,2}late at night.{1,2} is not a time range\. Write it like 21:00-08:00/,
    );
    expect(sandbox().requests).toEqual([]);
  });
});

describe('after hours (contract)', () => {
  const ALWAYS_CLOSED = 'Mon-Sun 00:00-00:01';

  test('the default after-hours text says when the business opens, and promises no minutes', async () => {
    const { from, sid } = missedCaller(3);
    const result = await send({ to: from, call_id: sid, business_hours: ALWAYS_CLOSED, dry_run: true });
    expect(result).toMatchObject({ after_hours: true, status: 'dry_run' });
    expect(result.body).toBe(
      'Hi there, sorry Rapid Rooter Plumbing missed your call! We open tomorrow at 12:00 AM and will call you back then. Reply STOP to opt out.',
    );
  });

  test('{opens_at} without business hours is a clear error', async () => {
    await expect(send({ to: freshCaller(), template: 'custom', message: 'We open {opens_at}.' })).rejects.toThrow(
      /\{opens_at\} but no Business Hours is set/,
    );
  });
});
