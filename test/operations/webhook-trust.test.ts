import { createHmac } from 'node:crypto';
import { appTester, perform, zapierRawRequest } from '../helpers/app';
import { type Fixture, fixture, rawBodyOf } from '../helpers/provider-fixtures';

/** Issue 13's webhook-trust findings, each through the Zapier trigger as a delivery arrives. */

const deliver = (content: string, headers: Record<string, string>, inputData: Record<string, unknown>) =>
  appTester(perform('triggers', 'missed_call_webhook'), {
    authData: {},
    inputData,
    rawRequest: zapierRawRequest({ body: content, headers }),
  } as never) as Promise<Record<string, unknown>[]>;

const deliverFixture = (f: Fixture, inputData: Record<string, unknown> = {}) =>
  deliver(rawBodyOf(f), f.headers, {
    business_number: f.settings?.businessNumber,
    timezone: f.settings?.timeZone,
    ...inputData,
  });

/** A copy of a fixture with one field of its JSON body (a dotted path) or of its form body replaced. */
function withField(provider: string, name: string, path: string, value: unknown): Fixture {
  const f = fixture(provider, name);
  if (typeof f.body === 'string') {
    const form = new URLSearchParams(f.body);
    form.set(path, String(value));
    return { ...f, body: form.toString() };
  }
  const body = structuredClone(f.body);
  const keys = path.split('.');
  let node = body as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return { ...f, body };
}

describe('a webhook secret needs a named phone system', () => {
  // The Telnyx public key is public: as an Aircall "token" it must not let a forged payload through.
  const TELNYX_PUBLIC_KEY = 'bW9jay10ZWxueXgtcHVibGljLWtleS0zMi1ieXRlcyE=';
  const forged = withField('aircall', 'missed', 'token', TELNYX_PUBLIC_KEY);

  test('auto with a secret is refused with a sentence asking which phone system', async () => {
    await expect(deliverFixture(forged, { provider: 'auto', webhook_secret: TELNYX_PUBLIC_KEY })).rejects.toThrow(
      /which phone system/i,
    );
  });

  test('named, the scheme of that phone system decides', async () => {
    expect(await deliverFixture(forged, { provider: 'telnyx', webhook_secret: TELNYX_PUBLIC_KEY })).toEqual([]);
    expect(await deliverFixture(forged, { provider: 'aircall', webhook_secret: TELNYX_PUBLIC_KEY })).toHaveLength(1);
  });

  test('auto without a secret still works', async () => {
    expect(await deliverFixture(fixture('aircall', 'missed'), { provider: 'auto' })).toHaveLength(1);
  });
});

describe('no call time, no consent evidence', () => {
  test('a generic delivery without called_at says the time is unknown (null), never "now"', async () => {
    const body = {
      caller_number: '+15125550123',
      business_number: '+15125550100',
      call_id: 'pbx-771',
      missed: true,
      caller_name: 'Visit evil.example now',
    };
    const [item] = await deliver(JSON.stringify(body), { 'Content-Type': 'application/json' }, {});
    expect(item).toMatchObject({ id: 'generic:pbx-771', caller_number: '+15125550123', called_at: null });
  });

  test('with business hours set, an unknown time is neither inside nor outside them', async () => {
    const body = { caller_number: '+15125550123', call_id: 'pbx-772', missed: true };
    const hours = { business_hours: 'Mon-Sun 00:00-00:00', timezone: 'UTC' };
    const [item] = await deliver(JSON.stringify(body), { 'Content-Type': 'application/json' }, hours);
    expect(item).toMatchObject({ called_at: null, after_hours: null });
  });

  test('a Twilio-shaped callback without a Timestamp has no call time either', async () => {
    const f = fixture('twilio', 'status-no-answer');
    const content = (f.body as string).replace(/&Timestamp=[^&]*/, '');
    expect(await deliver(content, f.headers, {})).toEqual([
      expect.objectContaining({ called_at: null, missed_reason: 'no_answer' }),
    ]);
  });
});

describe('payload words are looked up as own keys only', () => {
  const WORDS = ['constructor', '__proto__', 'toString'];

  test.each([
    ['generic', 'missed-redelivered', 'status'],
    ['twilio', 'status-no-answer', 'CallStatus'],
    ['twilio', 'dial-action-no-answer-duplicate', 'DialCallStatus'],
    ['telnyx', 'call-hangup-timeout', 'data.payload.hangup_cause'],
    ['justcall', 'call-completed-missed', 'data.call_info.type'],
    ['plivo', 'hangup-ring-timeout', 'CallStatus'],
    ['vonage', 'busy', 'status'],
    ['ringcentral', 'call-log-busy', 'result'],
    ['plivo', 'dial-action-no-answer', 'DialStatus'],
    ['vonage', 'business-missed-extension-101', 'event.state'],
  ])('%s/%s: a %s that alone decides gives no item', async (provider, name, path) => {
    for (const word of WORDS) {
      const f = withField(provider, name, path, word);
      const body = typeof f.body === 'string' ? f.body : { ...f.body, missed: undefined };
      expect(await deliverFixture({ ...f, body }, { provider })).toEqual([]);
    }
  });

  test.each(WORDS)('an unanswered Aircall call.ended whose missed_call_reason is %p stays no_answer', async (word) => {
    const items = await deliverFixture(withField('aircall', 'missed', 'data.missed_call_reason', word), {
      provider: 'aircall',
    });
    expect(items).toEqual([expect.objectContaining({ id: 'aircall:1842301', missed_reason: 'no_answer' })]);
  });
});

describe('Dialpad: a signed token must carry its signing time', () => {
  const SECRET = 'dialpad-webhook-secret-7c1d';
  const event = fixture('dialpad', 'missed').body as Record<string, unknown>;
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const jwt = (claims: Record<string, unknown>) => {
    const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
    return `${unsigned}.${createHmac('sha256', SECRET).update(unsigned).digest('base64url')}`;
  };
  const send = (claims: Record<string, unknown>) =>
    deliver(jwt(claims), { 'Content-Type': 'application/jwt' }, { provider: 'dialpad', webhook_secret: SECRET });
  const now = Math.floor(Date.now() / 1000);

  test('a correctly signed token without iat for a 90-day-old call is refused', async () => {
    const { event_timestamp: _ignored, ...old }: Record<string, unknown> = {
      ...event,
      date_started: (now - 90 * 86400) * 1000,
    };
    expect(await send(old)).toEqual([]);
  });

  test('a correctly signed token with a fresh iat is accepted; a stale one is not', async () => {
    expect(await send({ ...event, iat: now - 20 })).toHaveLength(1);
    expect(await send({ ...event, iat: now - 6 * 60 })).toEqual([]);
  });
});
