import { MAIN_LINE } from '../../sandbox/scenario';
import { sendMessage } from '../../sandbox/state';
import { perform, run, useSandbox } from '../helpers/app';

const sandbox = useSandbox();

type Item = Record<string, unknown>;
let nextCaller = 100;
/** A fresh fictional caller number for each test, so tests don't see each other's texts. */
const freshCaller = () => `+1412555${String(nextCaller++).padStart(4, '0')}`;

const send = (inputData: Record<string, unknown>) =>
  run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: { from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing', if_skipped: 'continue', ...inputData },
  }) as Promise<Item>;
const textsTo = (number: string) =>
  sandbox().state.messages.filter((message) => message.to === number && message.direction === 'outbound-api');
/** A caller who just called and got no answer: the usual reason to text back. */
const missedCaller = (minutesAgo = 3) => {
  const from = freshCaller();
  const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo });
  return { from, sid: call.sid };
};

describe('checks, in the contract order', () => {
  test.each([
    ['555-1234', 'invalid_number'],
    ['911', 'invalid_number'],
    ['12345', 'invalid_number'],
    ['+1 512 555 01234567', 'invalid_number'],
    ['call me', 'invalid_number'],
    ['+266696687', 'not_textable'],
    ['Anonymous', 'not_textable'],
    ['client:alice', 'not_textable'],
    ['+1 800 555 0123', 'not_textable'],
    ['+1 900 555 0123', 'not_textable'],
    ['+1 876 555 0142', 'country_not_allowed'],
    ['+44 20 7946 0018', 'country_not_allowed'],
  ])('%s is skipped as %s without asking Twilio', async (to, reason) => {
    sandbox().resetRequests();
    const result = await send({ to });
    expect(result).toMatchObject({ status: 'skipped', skip_reason: reason, message_sid: null });
    expect(sandbox().requests).toEqual([]);
  });

  test('a recent caller in any format gets one text, with consent evidence', async () => {
    const { from, sid } = missedCaller();
    const typed = `(${from.slice(2, 5)}) ${from.slice(5, 8)}-${from.slice(8)}`;
    const result = await send({ to: typed, call_id: sid });
    expect(result).toMatchObject({
      status: 'sent',
      skip_reason: null,
      to: from,
      from: MAIN_LINE,
      consent_basis: 'inbound_call',
      consent_call_id: sid,
      encoding: 'GSM-7',
      segments: 1,
      footer_added: true,
      after_hours: null,
    });
    expect(result.message_sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(result.id).toBe(result.message_sid);
    expect(result.body).toContain('Rapid Rooter Plumbing');
    expect(result.body).toMatch(/Reply STOP to opt out\.$/);
    expect(textsTo(from).map((message) => message.body)).toEqual([result.body]);
  });

  test('opted out: STOP, or a plain-language request, until START', async () => {
    const { from, sid } = missedCaller();
    sandbox().addInboundMessage({
      from,
      to: MAIN_LINE,
      body: 'please stop texting me',
      at: new Date(Date.now() - 3600000),
    });
    expect(await send({ to: from, call_id: sid })).toMatchObject({ status: 'skipped', skip_reason: 'opted_out' });
    sandbox().addInboundMessage({ from, to: '+15125550101', body: 'START', at: new Date(Date.now() - 1800000) });
    expect(await send({ to: from, call_id: sid })).toMatchObject({ status: 'sent' });
  });

  test('opt-out to another account number counts, and a later call does not undo it', async () => {
    const from = freshCaller();
    sandbox().addInboundMessage({ from, to: '+15125550101', body: 'Stop.', at: new Date(Date.now() - 30 * 86400000) });
    const { call } = sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 2 });
    expect(await send({ to: from, call_id: call.sid })).toMatchObject({ skip_reason: 'opted_out' });
    expect(textsTo(from)).toEqual([]);
  });

  test('no consent: never called, or called outside the window', async () => {
    expect(await send({ to: freshCaller() })).toMatchObject({
      status: 'skipped',
      skip_reason: 'no_consent',
      consent_basis: 'not_required',
    });
    const old = missedCaller(5 * 24 * 60);
    expect(await send({ to: old.from, call_id: old.sid })).toMatchObject({ skip_reason: 'no_consent' });
    const recent = missedCaller();
    expect(await send({ to: recent.from, consent_window_hours: '0' })).toMatchObject({ skip_reason: 'no_consent' });
  });

  test('require_caller_consent off texts a number that never called', async () => {
    const to = freshCaller();
    // No call known: it counts as old (no minutes promised), so quiet hours are off here to test at any hour.
    expect(await send({ to, require_caller_consent: 'no', quiet_hours: '' })).toMatchObject({
      status: 'sent',
      consent_basis: 'not_required',
      body: "Hi there, sorry Rapid Rooter Plumbing missed your call! We'll call you back as soon as we can. Reply YES to confirm. Reply STOP to opt out.",
    });
  });

  test('other phone systems: call_id plus called_at is the evidence; a future time is not', async () => {
    const to = freshCaller();
    const future = new Date(Date.now() + 3600000).toISOString();
    expect(await send({ to, call_id: 'aircall:991', called_at: future })).toMatchObject({ skip_reason: 'no_consent' });
    const calledAt = new Date(Date.now() - 600000).toISOString().replace(/\.\d+Z$/, 'Z');
    expect(await send({ to, call_id: 'aircall:991', called_at: calledAt })).toMatchObject({
      status: 'sent',
      consent_basis: 'inbound_call',
      consent_call_id: 'aircall:991',
      consent_called_at: calledAt,
    });
  });

  test('cooldown: a second call within the cooldown gets no second text; 0 turns it off', async () => {
    const first = missedCaller(30);
    sendMessage(
      sandbox().state,
      { To: first.from, From: MAIN_LINE, Body: 'Rapid Rooter Plumbing: sorry we missed you!' },
      new Date(Date.now() - 20 * 60000),
    );
    const { call } = sandbox().addMissedCall({ from: first.from, to: MAIN_LINE, minutesAgo: 1 });
    expect(await send({ to: first.from, call_id: call.sid })).toMatchObject({
      status: 'skipped',
      skip_reason: 'cooldown',
    });
    expect(await send({ to: first.from, call_id: call.sid, cooldown_hours: '0' })).toMatchObject({ status: 'sent' });
    expect(textsTo(first.from)).toHaveLength(2);
    const outboundReply = missedCaller(5);
    sendMessage(
      sandbox().state,
      { To: outboundReply.from, From: MAIN_LINE, Body: 'You have been unsubscribed.' },
      new Date(Date.now() - 60000),
    );
    sandbox().state.messages.at(-1)!.direction = 'outbound-reply';
    expect(await send({ to: outboundReply.from, call_id: outboundReply.sid })).toMatchObject({ status: 'sent' });
  });

  test('already connected: the business called back and got through', async () => {
    const { from, sid } = missedCaller(20);
    sandbox().addCall({
      from: MAIN_LINE,
      to: from,
      direction: 'outbound-api',
      status: 'completed',
      minutesAgo: 10,
      durationSeconds: 95,
    });
    expect(await send({ to: from, call_id: sid })).toMatchObject({
      status: 'skipped',
      skip_reason: 'already_connected',
    });
    expect(await send({ to: from, call_id: sid, skip_if_connected: 'false' })).toMatchObject({ status: 'sent' });
  });

  test('landline: checked with Lookup only when asked', async () => {
    const landline = sandbox()
      .scenarioCalls()
      .find((call) => call.key === 'landline-caller')!;
    sandbox().resetRequests();
    // The call is hours old: with quiet hours off, the verdict does not depend on the hour the test runs.
    expect(
      await send({ to: landline.from, call_id: landline.sid, skip_landlines: true, dry_run: true, quiet_hours: '' }),
    ).toMatchObject({
      status: 'dry_run',
      skip_reason: 'landline',
    });
    expect(sandbox().requests.filter((request) => request.path.startsWith('/v2/PhoneNumbers'))).toHaveLength(1);
  });
});

describe('halting, dry runs and replays', () => {
  test('halt (the default) stops the run with one plain sentence', async () => {
    const from = freshCaller();
    sandbox().addInboundMessage({ from, to: MAIN_LINE, body: 'STOP', at: new Date('2026-11-20T15:00:00Z') });
    sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo: 2 });
    const halted = send({ to: from, if_skipped: undefined, timezone: 'America/Chicago' });
    await expect(halted).rejects.toMatchObject({ name: 'HaltedError' });
    // Zapier appends its own "What happened" context below the first line.
    await expect(halted).rejects.toThrow(
      new RegExp(`^Not sent: \\(412\\) 555-${from.slice(-4)} replied STOP on Nov 20\\.(\\n|$)`),
    );
  });

  test('dry run composes and checks but sends nothing, and never halts', async () => {
    const { from, sid } = missedCaller();
    const result = await send({ to: from, call_id: sid, dry_run: 'true', if_skipped: 'halt' });
    expect(result).toMatchObject({ status: 'dry_run', skip_reason: null, message_sid: null, consent_call_id: sid });
    expect(result.body).toContain('Rapid Rooter Plumbing');
    expect(textsTo(from)).toEqual([]);
    expect(await send({ to: '+1 876 555 0142', dry_run: true, if_skipped: 'halt' })).toMatchObject({
      status: 'dry_run',
      skip_reason: 'country_not_allowed',
    });
  });

  test('the same call_id twice sends one text and returns it both times', async () => {
    const { from, sid } = missedCaller();
    const first = await send({ to: from, call_id: sid });
    const second = await send({ to: from, call_id: sid, cooldown_hours: 0 });
    expect(second).toMatchObject({ status: 'sent', message_sid: first.message_sid });
    expect(textsTo(from)).toHaveLength(1);
  });

  test('a send whose answer was lost is found on retry, not sent again', async () => {
    const { from, sid } = missedCaller();
    sandbox().faults.add({ kind: 'lose_response', method: 'POST', path: 'Messages.json' });
    await expect(send({ to: from, call_id: sid })).rejects.toThrow();
    expect(textsTo(from)).toHaveLength(1);
    const retry = await send({ to: from, call_id: sid });
    expect(retry).toMatchObject({ status: 'sent', message_sid: textsTo(from)[0].sid });
    expect(textsTo(from)).toHaveLength(1);
  });

  test('a failing lookup fails closed: nothing is sent and Zapier retries later', async () => {
    const { from, sid } = missedCaller();
    sandbox().faults.add({ kind: '500', path: 'Messages.json', method: 'GET' });
    await expect(send({ to: from, call_id: sid })).rejects.toMatchObject({ name: 'ThrottledError' });
    sandbox().faults.add({ kind: '429', path: 'Calls.json', retryAfter: 7 });
    await expect(send({ to: from, call_id: sid })).rejects.toThrow(/"delay":7/);
    sandbox().faults.add({ kind: 'garbage', path: 'IncomingPhoneNumbers.json' });
    await expect(send({ to: from, call_id: sid })).rejects.toMatchObject({ name: 'ThrottledError' });
    expect(textsTo(from)).toEqual([]);
  });

  test('a text-back costs one round trip of checks (5 lookups: calls and texts from and to the caller), then one send', async () => {
    const { from, sid } = missedCaller();
    sandbox().resetRequests();
    await send({ to: from, call_id: sid });
    const kinds = sandbox().requests.map((request) => `${request.method} ${request.path.split('/').pop()}`);
    expect(kinds.slice(0, 5).sort()).toEqual([
      'GET Calls.json',
      'GET Calls.json',
      'GET IncomingPhoneNumbers.json',
      'GET Messages.json',
      'GET Messages.json',
    ]);
    expect(kinds.slice(5)).toEqual(['POST Messages.json']);
  });
});

describe('business hours', () => {
  const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'America/Chicago' }).format(
    new Date(),
  );
  const ALWAYS_CLOSED = 'Mon-Sun 00:00-00:01';
  const ALWAYS_OPEN = 'Mon-Sun 00:00-24:00';

  test('outside the hours the after-hours text is used', async () => {
    const { from, sid } = missedCaller();
    const result = await send({
      to: from,
      call_id: sid,
      business_hours: ALWAYS_CLOSED,
      timezone: 'America/Chicago',
      dry_run: true,
      after_hours_template: 'custom',
      after_hours_message: "{business_name}: we're closed now, we'll call you first thing tomorrow.",
    });
    expect(result).toMatchObject({ after_hours: true, status: 'dry_run' });
    expect(result.body).toBe(
      "Rapid Rooter Plumbing: we're closed now, we'll call you first thing tomorrow. Reply STOP to opt out.",
    );
  });

  test('inside the hours the normal template is used', async () => {
    const { from, sid } = missedCaller();
    const result = await send({
      to: from,
      call_id: sid,
      business_hours: ALWAYS_OPEN,
      after_hours_template: 'custom',
      after_hours_message: 'closed',
      dry_run: true,
    });
    expect(result).toMatchObject({ after_hours: false });
    expect(result.body).not.toContain('closed');
    expect(weekday).toMatch(/^[A-Z][a-z]{2}$/);
  });

  test("the Zap's time zone is the default", async () => {
    const { from, sid } = missedCaller();
    const hourThere = (zone: string) =>
      Number(
        new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone: zone }).format(new Date()),
      );
    // Open only during the current hour in Tokyo: open for a Tokyo Zap, closed for a Zap twelve-plus hours away.
    const tokyoHour = hourThere('Asia/Tokyo');
    const hours = `Mon-Sun ${String(tokyoHour).padStart(2, '0')}:00-${String(tokyoHour).padStart(2, '0')}:59`;
    const tokyo = (await run(sandbox(), perform('creates', 'send_text_back'), {
      inputData: {
        to: from,
        call_id: sid,
        from: MAIN_LINE,
        business_name: 'Rapid Rooter Plumbing',
        business_hours: hours,
        dry_run: true,
      },
      meta: { timezone: 'Asia/Tokyo' },
    })) as Item;
    expect(tokyo.after_hours).toBe(false);
    const honolulu = (await run(sandbox(), perform('creates', 'send_text_back'), {
      inputData: {
        to: from,
        call_id: sid,
        from: MAIN_LINE,
        business_name: 'Rapid Rooter Plumbing',
        business_hours: hours,
        dry_run: true,
      },
      meta: { timezone: 'Pacific/Honolulu' },
    })) as Item;
    expect(honolulu.after_hours).toBe(true);
  });
});

describe('messaging services', () => {
  test('a Messaging Service SID in From (or its own field) sends through the service', async () => {
    const service = sandbox().state.messagingServices[0].sid;
    for (const inputs of [{ from: service }, { messaging_service_sid: service }]) {
      const { from, sid } = missedCaller();
      const result = await send({ to: from, call_id: sid, ...inputs });
      expect(result).toMatchObject({ status: 'sent' });
      expect(textsTo(from)).toHaveLength(1);
    }
  });
});

describe('send errors in plain words', () => {
  test('21408: a country the account may not text', async () => {
    const from = '+442079460018';
    await expect(
      send({ to: from, allowed_countries: 'us, gb', require_caller_consent: false, quiet_hours: '' }),
    ).rejects.toThrow(/Geo Permissions/);
    expect(textsTo(from)).toEqual([]);
  });

  test('21606: a number that cannot send texts', async () => {
    await expect(
      send({ to: freshCaller(), from: '+15125550104', require_caller_consent: false, quiet_hours: '' }),
    ).rejects.toThrow(/cannot send text messages/);
  });
});

describe('bad input is a clear error before anything is sent', () => {
  test.each([
    [{ template: 'booking_link' }, /Booking Link/],
    [{ template: 'custom' }, /message/i],
    [{ template: 'custom', message: 'Hi {first_name}' }, /first_name/],
    [{ template: 'custom', message: 'Hi {caller_name}, {business_name} here' }, /caller_name|Caller Name/],
    [{ opt_out_text: 'Reply NO to opt out' }, /STOP/],
    [{ business_name: '' }, /Business Name/],
    [{ allowed_countries: 'US, XX' }, /XX/],
    [{ cooldown_hours: '-1' }, /negative/],
    [{ consent_window_hours: 'soon' }, /whole number/],
    [{ dry_run: 'maybe' }, /true or false/],
    [{ template: 'custom', message: 'x'.repeat(1700) }, /1,?600/],
    [{ from: 'main line' }, /From/],
    [{ business_hours: 'whenever' }, /whenever|Mon-Fri/],
    [{ timezone: 'America/Chicgo', business_hours: 'Mon-Fri 08:00-17:00' }, /not a time zone/],
  ])('%j', async (inputs, message) => {
    const { from, sid } = missedCaller();
    sandbox().resetRequests();
    await expect(send({ to: from, call_id: sid, ...inputs })).rejects.toThrow(message);
    expect(sandbox().requests.filter((request) => request.method === 'POST')).toEqual([]);
    expect(textsTo(from)).toEqual([]);
  });
});
