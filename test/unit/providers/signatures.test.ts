import { createHmac } from 'node:crypto';
import aircall from '../../../lib/providers/aircall';
import dialpad from '../../../lib/providers/dialpad';
import generic from '../../../lib/providers/generic';
import { normalizeWebhook, parseDelivery } from '../../../lib/providers/index';
import openphone from '../../../lib/providers/openphone';
import ringcentral from '../../../lib/providers/ringcentral';
import type { WebhookDelivery } from '../../../lib/providers/types';
import zoom from '../../../lib/providers/zoom';
import { deliveryOf, type Fixture, fixture } from '../../helpers/provider-fixtures';

/**
 * Webhook signatures of Aircall, RingCentral, OpenPhone/Quo, Dialpad, Zoom and the generic shape, each provider's
 * cases spelled out, and normalizeWebhook's rule that the check runs only when a secret is set. The other signing
 * providers share one table of checks: signature-table.test.ts.
 */

// Signatures are computed here from a test secret; fixtures never store one.

const NOW = new Date('2026-11-29T14:05:00Z');
const SECRET = 'test-webhook-secret-1f2e3d';
const SIX_MINUTES_AGO = NOW.getTime() - 6 * 60 * 1000;

function withHeaders(f: Fixture, headers: Record<string, string>, body?: string): WebhookDelivery {
  const delivery = deliveryOf(f, headers);
  return body === undefined ? delivery : { ...delivery, rawBody: body };
}

describe('Aircall: the body token must equal the secret', () => {
  const f = fixture('aircall', 'missed');
  test.each([
    ['the right token', '45XXYYZZa08', true],
    ['another token', '45XXYYZZa09', false],
    ['a shorter token', '45XX', false],
  ])('%s', (_label, secret, ok) => {
    expect(aircall.verify(deliveryOf(f), { webhookSecret: secret })).toBe(ok);
  });
  test('no token in the body', () => {
    const { token: _token, ...body } = f.body as Record<string, unknown>;
    expect(aircall.verify(deliveryOf({ ...f, body }), { webhookSecret: '45XXYYZZa08' })).toBe(false);
  });
});

describe('RingCentral: the Verification-Token header must equal the secret', () => {
  const f = fixture('ringcentral', 'session-missed');
  test.each([
    ['matching header', { 'verification-token': SECRET }, true],
    ['Zapier-renamed header', { 'Http-Verification-Token': SECRET }, true],
    ['wrong token', { 'verification-token': `${SECRET}x` }, false],
    ['no header', {}, false],
  ])('%s', (_label, headers, ok) => {
    expect(ringcentral.verify(deliveryOf(f, headers), { webhookSecret: SECRET })).toBe(ok);
  });
});

describe('OpenPhone/Quo signatures', () => {
  const f = fixture('openphone', 'missed');
  const key = Buffer.from(SECRET).toString('base64');
  const raw = JSON.stringify(f.body);
  const legacy = (timestamp: number, body = raw, signingKey = key) =>
    `hmac;1;${timestamp};${createHmac('sha256', Buffer.from(signingKey, 'base64')).update(`${timestamp}.${body}`).digest('base64')}`;
  const standard = (id: string, timestamp: number, body = raw) =>
    `v1,${createHmac('sha256', Buffer.from(key, 'base64')).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
  const fresh = NOW.getTime() - 30_000;

  test.each([
    ['legacy, valid', { 'openphone-signature': legacy(fresh) }, raw, true],
    ['legacy, one of several', { 'openphone-signature': `hmac;1;${fresh};AAAA,${legacy(fresh)}` }, raw, true],
    [
      'legacy, wrong key',
      { 'openphone-signature': legacy(fresh, raw, Buffer.from('other').toString('base64')) },
      raw,
      false,
    ],
    [
      'legacy, tampered body',
      { 'openphone-signature': legacy(fresh) },
      raw.replace('+15125550123', '+15125550124'),
      false,
    ],
    ['legacy, stale', { 'openphone-signature': legacy(SIX_MINUTES_AGO) }, raw, false],
    ['legacy, malformed', { 'openphone-signature': 'hmac;1;nonsense' }, raw, false],
    [
      'current, valid',
      {
        'webhook-id': 'msg_1',
        'webhook-timestamp': String(Math.floor(fresh / 1000)),
        'webhook-signature': standard('msg_1', Math.floor(fresh / 1000)),
      },
      raw,
      true,
    ],
    [
      'current, other id',
      {
        'webhook-id': 'msg_2',
        'webhook-timestamp': String(Math.floor(fresh / 1000)),
        'webhook-signature': standard('msg_1', Math.floor(fresh / 1000)),
      },
      raw,
      false,
    ],
    [
      'current, stale',
      {
        'webhook-id': 'msg_1',
        'webhook-timestamp': String(Math.floor(SIX_MINUTES_AGO / 1000)),
        'webhook-signature': standard('msg_1', Math.floor(SIX_MINUTES_AGO / 1000)),
      },
      raw,
      false,
    ],
    ['unsigned', {}, raw, false],
  ])('%s', (_label, headers, body, ok) => {
    expect(openphone.verify(withHeaders(f, headers, body), { webhookSecret: key, now: NOW })).toBe(ok);
  });

  test('a whsec_ secret is accepted as Quo issues it', () => {
    const ts = Math.floor(fresh / 1000);
    const delivery = withHeaders(f, {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(ts),
      'webhook-signature': standard('msg_1', ts),
    });
    expect(openphone.verify(delivery, { webhookSecret: `whsec_${key}`, now: NOW })).toBe(true);
  });
});

describe('Dialpad: a JWT body signed with the secret', () => {
  const event = fixture('dialpad', 'missed').body as Record<string, unknown>;
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const jwt = (claims: Record<string, unknown>, secret = SECRET, alg = 'HS256') => {
    const unsigned = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
    return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
  };
  const freshEvent = { ...event, event_timestamp: NOW.getTime() - 20_000, iat: Math.floor(NOW.getTime() / 1000) - 20 };
  const delivery = (content: string) => parseDelivery({ content, headers: { 'content-type': 'application/jwt' } });

  test.each([
    ['valid', jwt(freshEvent), true],
    ['wrong secret', jwt(freshEvent, 'another-secret'), false],
    ['alg none', jwt(freshEvent, SECRET, 'none'), false],
    ['stale event', jwt({ ...event, event_timestamp: SIX_MINUTES_AGO }), false],
    ['stale iat', jwt({ ...freshEvent, iat: Math.floor(SIX_MINUTES_AGO / 1000) }), false],
    ['unsigned JSON', JSON.stringify(freshEvent), false],
  ])('%s', (_label, content, ok) => {
    expect(dialpad.verify(delivery(content), { webhookSecret: SECRET, now: NOW })).toBe(ok);
  });

  test('a tampered payload fails', () => {
    const [header, , signature] = jwt(freshEvent).split('.');
    const forged = `${header}.${b64({ ...freshEvent, external_number: '+15125550124' })}.${signature}`;
    expect(dialpad.verify(delivery(forged), { webhookSecret: SECRET, now: NOW })).toBe(false);
  });

  test('the JWT body is decoded and normalized like plain JSON', () => {
    const item = dialpad.normalize(delivery(jwt(freshEvent)), {});
    expect(item).toMatchObject(fixture('dialpad', 'missed').expected!);
  });
});

describe('Zoom: x-zm-signature over v0:<timestamp>:<body>', () => {
  const f = fixture('zoom', 'callee-missed');
  const raw = JSON.stringify(f.body);
  const sign = (timestamp: number, body = raw, secret = SECRET) =>
    `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const fresh = Math.floor(NOW.getTime() / 1000) - 10;
  const stale = Math.floor(SIX_MINUTES_AGO / 1000);

  test.each([
    ['valid', { 'x-zm-request-timestamp': String(fresh), 'x-zm-signature': sign(fresh) }, raw, true],
    [
      'Zapier-renamed headers',
      { 'Http-X-Zm-Request-Timestamp': String(fresh), 'Http-X-Zm-Signature': sign(fresh) },
      raw,
      true,
    ],
    [
      'wrong secret',
      { 'x-zm-request-timestamp': String(fresh), 'x-zm-signature': sign(fresh, raw, 'nope') },
      raw,
      false,
    ],
    [
      'tampered body',
      { 'x-zm-request-timestamp': String(fresh), 'x-zm-signature': sign(fresh) },
      raw.replace('No Answer', 'Call Cancel'),
      false,
    ],
    ['timestamp swapped', { 'x-zm-request-timestamp': String(fresh + 1), 'x-zm-signature': sign(fresh) }, raw, false],
    ['stale', { 'x-zm-request-timestamp': String(stale), 'x-zm-signature': sign(stale) }, raw, false],
    ['unsigned', {}, raw, false],
  ])('%s', (_label, headers, body, ok) => {
    expect(zoom.verify(withHeaders(f, headers, body), { webhookSecret: SECRET, now: NOW })).toBe(ok);
  });
});

describe('generic: the secret travels in X-Webhook-Secret or a secret field', () => {
  const f = fixture('generic', 'missed-redelivered');
  test.each([
    ['header', { 'x-webhook-secret': SECRET }, {}, true],
    ['Zapier-renamed header', { 'Http-X-Webhook-Secret': SECRET }, {}, true],
    ['body field', {}, { secret: SECRET }, true],
    ['wrong header', { 'x-webhook-secret': 'guess' }, {}, false],
    ['nothing', {}, {}, false],
  ])('%s', (_label, headers, extra, ok) => {
    const delivery = deliveryOf({ ...f, body: { ...(f.body as object), ...extra } }, headers);
    expect(generic.verify(delivery, { webhookSecret: SECRET })).toBe(ok);
  });
});

describe('normalizeWebhook runs the check only when a secret is set', () => {
  const f = fixture('zoom', 'callee-missed');
  test('no secret: the item comes through', () => {
    expect(normalizeWebhook(deliveryOf(f), {}, 'zoom').item).toMatchObject(f.expected!);
  });
  test('a secret and no signature: rejected, with a plain reason and no item', () => {
    const result = normalizeWebhook(deliveryOf(f), { webhookSecret: SECRET, now: NOW }, 'zoom');
    expect(result.item).toBeNull();
    expect(result.rejected).toMatch(/secret/);
  });
  test('a secret and a valid signature: the item comes through', () => {
    const ts = Math.floor(NOW.getTime() / 1000);
    const raw = JSON.stringify(f.body);
    const headers = {
      'x-zm-request-timestamp': String(ts),
      'x-zm-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${raw}`).digest('hex')}`,
    };
    const result = normalizeWebhook(deliveryOf(f, headers), { webhookSecret: SECRET, now: NOW }, 'zoom');
    expect(result.rejected).toBeUndefined();
    expect(result.item!.id).toBe('zoom:7196185539573491246');
  });
});
