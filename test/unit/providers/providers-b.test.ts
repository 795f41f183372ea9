import { createHash, createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { join } from 'node:path';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import callrail from '../../../lib/providers/callrail';
import justcall from '../../../lib/providers/justcall';
import plivo, { plivoSignedText } from '../../../lib/providers/plivo';
import telnyx from '../../../lib/providers/telnyx';
import twilio from '../../../lib/providers/twilio-form';
import vonage from '../../../lib/providers/vonage';
import { detectProvider, normalizeWebhook } from '../../../lib/providers/index';
import { deliveryOf, everyFixture, fixture as loadFixture, fixturesOf, type Fixture } from '../../helpers/provider-fixtures';
import type { ProviderNormalizer, WebhookDelivery, WebhookSettings } from '../../../lib/providers/types';

const MINE: Record<string, ProviderNormalizer> = { telnyx, vonage, plivo, callrail, justcall, twilio };

const mine = Object.keys(MINE).flatMap((key) => fixturesOf(key).map(([name, fixture]) => [`${key}/${name}`, key, fixture] as const));
const others = everyFixture().filter(([, provider]) => !(provider in MINE)).map(([name, , fixture]) => [name, fixture] as const);

describe('every fixture normalizes to its expected item', () => {
  test.each(mine)('%s', (_name, key, fixture) => {
    expect(fixture.source).toMatch(/^https:\/\//);
    const item = MINE[key].normalize(deliveryOf(fixture), fixture.settings ?? {});
    if (fixture.expected === null) {
      expect(item).toBeNull();
    } else {
      expect(item).toMatchObject(fixture.expected);
      expect(item!.provider).toBe(key);
      expect(item!.called_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(item!.voicemail).toBe(item!.missed_reason === 'voicemail');
    }
  });
});

describe('detection picks exactly the right provider', () => {
  test.each(mine)('%s is detected by %s only', (_name, key, fixture) => {
    const delivery = deliveryOf(fixture);
    const claimed = Object.entries(MINE).filter(([, normalizer]) => normalizer.detect(delivery)).map(([k]) => k);
    expect(claimed).toEqual([key]);
  });

  test.each(mine)('%s: provider auto picks %s', (_name, key, fixture) => {
    expect(detectProvider(deliveryOf(fixture))).toBe(key);
    const { item } = normalizeWebhook(deliveryOf(fixture), fixture.settings ?? {}, 'auto');
    expect(item?.id ?? null).toBe(fixture.expected === null ? null : MINE[key].normalize(deliveryOf(fixture), fixture.settings ?? {})!.id);
  });

  const otherCases = others.length ? others : [['(none yet)', null] as const];
  test.each(otherCases)('%s (another group) is claimed by none of these', (_name, fixture) => {
    if (!fixture) return;
    const delivery = deliveryOf(fixture as Fixture);
    const claimed = Object.entries(MINE).filter(([, normalizer]) => normalizer.detect(delivery)).map(([k]) => k);
    expect(claimed).toEqual([]);
  });
});

describe('one call, one id', () => {
  const DUPLICATES: [string, string, string][] = [
    ['twilio', 'status-no-answer', 'dial-action-no-answer-duplicate'],
    ['telnyx', 'call-hangup-timeout', 'call-hangup-timeout-redelivered'],
    ['telnyx', 'call-hangup-timeout', 'call-hangup-originator-cancel'],
    ['vonage', 'unanswered', 'unanswered-redelivered'],
    ['vonage', 'unanswered', 'record-voicemail'],
    ['plivo', 'hangup-caller-hung-up', 'hangup-caller-hung-up-redelivered'],
    ['plivo', 'hangup-caller-hung-up', 'record-action-voicemail'],
    ['callrail', 'post-call-missed', 'post-call-missed-redelivered'],
    ['justcall', 'call-completed-missed', 'call-missed-same-call'],
  ];
  test.each(DUPLICATES)('%s: %s and %s share an id', (key, first, second) => {
    const load = (name: string) => loadFixture(key, name);
    const a = MINE[key].normalize(deliveryOf(load(first)), load(first).settings ?? {});
    const b = MINE[key].normalize(deliveryOf(load(second)), load(second).settings ?? {});
    expect(a).not.toBeNull();
    expect(b?.id).toBe(a!.id);
    expect(a!.id.startsWith(key === 'twilio' ? 'CA' : `${key}:`)).toBe(true);
  });
});

describe('settings', () => {
  const fixture = loadFixture('vonage', 'unanswered');

  test.each([
    ['payload number wins', { businessNumber: '+15125550199' }, '+15125550100'],
    ['input number fills a gap', { businessNumber: '(512) 555-0199' }, '+15125550199'],
    ['neither: null', {}, null],
  ])('business_number: %s', (_label, settings, expected) => {
    const delivery = deliveryOf(fixture);
    if (expected !== '+15125550100') delete delivery.body.to;
    expect(vonage.normalize(delivery, settings)?.business_number).toBe(expected);
  });

  test.each([
    ['', '2026-12-01T09:04:05Z'],
    ['America/Chicago', '2026-12-01T15:04:05Z'],
    ['Europe/London', '2026-12-01T09:04:05Z'],
  ])('zone-less Plivo StartTime read in %p', (timeZone, expected) => {
    const plivoFixture = loadFixture('plivo', 'hangup-caller-hung-up');
    expect(plivo.normalize(deliveryOf(plivoFixture), { timeZone })?.called_at).toBe(expected);
  });

  test.each([
    ['epoch seconds', '1796137445', '2026-12-01T15:04:05Z'],
    ['epoch milliseconds', '1796137445000', '2026-12-01T15:04:05Z'],
    ['offset date', '2026-12-01T09:04:05-06:00', '2026-12-01T15:04:05Z'],
  ])('CallRail start_time as %s', (_label, start, expected) => {
    const callrailFixture = loadFixture('callrail', 'post-call-missed');
    const delivery = deliveryOf(callrailFixture);
    delivery.body.start_time = start;
    expect(callrail.normalize(delivery, {})?.called_at).toBe(expected);
  });

  test.each([
    [telnyx, { data: 'not an object' }],
    [vonage, { conversation_uuid: 'CON-1', status: 42, direction: ['inbound'] }],
    [plivo, { CallUUID: {}, Direction: null }],
    [callrail, { customer_phone_number: null, tracking_phone_number: 5 }],
    [justcall, { type: 'call.completed', data: [] }],
    [twilio, { CallSid: 7 }],
  ])('malformed payloads give null, never throw (%#)', (normalizer, body) => {
    const delivery: WebhookDelivery = { body: body as Record<string, unknown>, headers: {}, rawBody: '{', querystring: {} };
    expect(() => normalizer.normalize(delivery, {})).not.toThrow();
    expect(normalizer.normalize(delivery, {})).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Signatures: computed here from test secrets, never stored in fixtures.

const NOW = new Date('2026-12-01T15:05:00Z');
const nowSeconds = Math.floor(NOW.getTime() / 1000);
const URL_OF_TRIGGER = 'https://hooks.zapier.com/hooks/standard/123/abc/?z=1&a=2';

type Signer = { normalizer: ProviderNormalizer; fixture: string; secret: string; sign(d: WebhookDelivery, age?: number): WebhookDelivery };

const telnyxKeys = generateKeyPairSync('ed25519');
const telnyxPublic = telnyxKeys.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('base64');
const otherKeys = generateKeyPairSync('ed25519');

function jwt(claims: Record<string, unknown>, secret: string, alg = 'HS256'): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const head = `${part({ alg, typ: 'JWT' })}.${part(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

const SIGNERS: Record<string, Signer> = {
  telnyx: {
    normalizer: telnyx,
    fixture: 'telnyx/call-hangup-timeout.json',
    secret: telnyxPublic,
    sign(d, age = 10) {
      const timestamp = String(nowSeconds - age);
      const signature = sign(null, Buffer.from(`${timestamp}|${d.rawBody}`), telnyxKeys.privateKey).toString('base64');
      return { ...d, headers: { ...d.headers, 'telnyx-timestamp': timestamp, 'telnyx-signature-ed25519': signature } };
    },
  },
  vonage: {
    normalizer: vonage,
    fixture: 'vonage/unanswered.json',
    secret: 'vonage-signature-secret-0123456789',
    sign(d, age = 10) {
      const claims = { iat: nowSeconds - age, jti: 'c5ba8f24-1a14-4c10-bfdf-3fbe8ce511b5', iss: 'Vonage', payload_hash: createHash('sha256').update(d.rawBody).digest('hex'), api_key: 'abc123', application_id: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab' };
      return { ...d, headers: { ...d.headers, authorization: `Bearer ${jwt(claims, this.secret)}` } };
    },
  },
  plivo: {
    normalizer: plivo,
    fixture: 'plivo/hangup-caller-hung-up.json',
    secret: 'MjYyNDQ4ZjQ0YzE1NmU4ZDZiNzBlNmJlNGE1Nzg2',
    sign(d) {
      const nonce = '05429567804466091622';
      const signature = createHmac('sha256', this.secret).update(plivoSignedText(URL_OF_TRIGGER, d.body, nonce)).digest('base64');
      return { ...d, headers: { ...d.headers, 'x-plivo-signature-v3': `${signature},bm90LXRoaXMtb25l`, 'x-plivo-signature-v3-nonce': nonce } };
    },
  },
  callrail: {
    normalizer: callrail,
    fixture: 'callrail/post-call-missed.json',
    secret: 'callrail-company-signing-key',
    sign(d) {
      return { ...d, headers: { ...d.headers, signature: createHmac('sha1', this.secret).update(d.rawBody).digest('base64') } };
    },
  },
  justcall: {
    normalizer: justcall,
    fixture: 'justcall/call-completed-missed.json',
    secret: 'ea39089c40790e9dc7a080ec95e849b8fa0fa5fb',
    sign(d, age = 10) {
      const timestamp = new Date(NOW.getTime() - age * 1000).toISOString().replace('T', ' ').slice(0, 19);
      const message = `${this.secret}|${encodeURIComponent(String(d.body.webhook_url))}|${d.body.type}|${timestamp}`;
      const signature = createHmac('sha256', this.secret).update(message).digest('hex');
      return { ...d, headers: { ...d.headers, 'x-justcall-signature': signature, 'x-justcall-signature-version': 'v1', 'x-justcall-request-timestamp': timestamp } };
    },
  },
  twilio: {
    normalizer: twilio,
    fixture: 'twilio/status-no-answer.json',
    secret: '12345678901234567890123456789012',
    sign(d) {
      return { ...d, headers: { ...d.headers, 'x-twilio-signature': getExpectedTwilioSignature(this.secret, URL_OF_TRIGGER, d.body) } };
    },
  },
};

const signedCase = (key: string) => {
  const signer = SIGNERS[key];
  const [provider, file] = signer.fixture.split('/');
  const fixture = loadFixture(provider, file.replace(/\.json$/, ''));
  const settings: WebhookSettings = { webhookSecret: signer.secret, webhookUrl: URL_OF_TRIGGER, now: NOW };
  return { signer, delivery: deliveryOf(fixture), settings };
};

/** Changes what the signature covers: the raw body, or for JustCall (which signs the envelope) the event type. */
function tamper(key: string, d: WebhookDelivery): WebhookDelivery {
  if (key === 'justcall') return { ...d, body: { ...d.body, type: 'call.missed' } };
  if (key === 'twilio' || key === 'plivo') return { ...d, body: { ...d.body, From: '+15125550142' } };
  return { ...d, rawBody: d.rawBody.replace('15125550123', '15125550142') };
}

describe.each(Object.keys(SIGNERS))('%s signatures', (key) => {
  test('a valid signature passes, and the signed delivery still normalizes', () => {
    const { signer, delivery, settings } = signedCase(key);
    const signed = signer.sign(delivery);
    expect(signer.normalizer.verify!(signed, settings)).toBe(true);
    expect(signer.normalizer.normalize(signed, settings)).not.toBeNull();
  });

  test('an unsigned delivery fails when a secret is set', () => {
    const { signer, delivery, settings } = signedCase(key);
    expect(signer.normalizer.verify!(delivery, settings)).toBe(false);
  });

  test('without a secret there is nothing to check', () => {
    const { signer, delivery } = signedCase(key);
    expect(signer.normalizer.verify!(delivery, {})).toBe(true);
  });

  test('a tampered delivery fails', () => {
    const { signer, delivery, settings } = signedCase(key);
    expect(signer.normalizer.verify!(tamper(key, signer.sign(delivery)), settings)).toBe(false);
  });

  test('a signature made with another secret fails', () => {
    const { signer, delivery, settings } = signedCase(key);
    const otherSecret = key === 'telnyx'
      ? otherKeys.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('base64')
      : `${signer.secret}x`;
    expect(signer.normalizer.verify!(signer.sign(delivery), { ...settings, webhookSecret: otherSecret })).toBe(false);
  });

  test('garbage in signature headers fails without throwing', () => {
    const { signer, delivery, settings } = signedCase(key);
    const signed = signer.sign(delivery);
    const garbled = Object.fromEntries(Object.entries(signed.headers).map(([name, value]) =>
      [name, name === 'content-type' ? value : `%%${value}.not base64!`]));
    expect(() => signer.normalizer.verify!({ ...signed, headers: garbled }, settings)).not.toThrow();
    expect(signer.normalizer.verify!({ ...signed, headers: garbled }, settings)).toBe(false);
  });
});

describe.each(['telnyx', 'vonage', 'justcall'])('%s replay window', (key) => {
  test.each([
    [10, true],
    [299, true],
    [301, false],
    [3600, false],
    [-3600, false],
  ])('signed %i seconds ago: %p', (age, valid) => {
    const { signer, delivery, settings } = signedCase(key);
    expect(signer.normalizer.verify!(signer.sign(delivery, age), settings)).toBe(valid);
  });
});

describe('signature details', () => {
  test('Vonage: a JWT whose alg is not HS256 fails', () => {
    const { delivery, settings } = signedCase('vonage');
    const claims = { iat: nowSeconds, payload_hash: createHash('sha256').update(delivery.rawBody).digest('hex') };
    const token = jwt(claims, SIGNERS.vonage.secret, 'none');
    expect(vonage.verify!({ ...delivery, headers: { authorization: `Bearer ${token}` } }, settings)).toBe(false);
  });

  test('Plivo: the signature covers this trigger URL', () => {
    const { signer, delivery, settings } = signedCase('plivo');
    const signed = signer.sign(delivery);
    expect(plivo.verify!(signed, { ...settings, webhookUrl: 'https://hooks.zapier.com/hooks/standard/123/other/' })).toBe(false);
    expect(plivo.verify!(signed, { ...settings, webhookUrl: undefined })).toBe(false);
  });

  test.each([
    ['no query, POST fields', 'https://example.com/hook', { b: '2', a: '1' }, 'https://example.com/hook?a1b2.n1'],
    ['query and fields', 'https://example.com/hook?y=2&x=1', { b: '2' }, 'https://example.com/hook?x=1&y=2.b2.n1'],
    ['no fields', 'https://example.com:8443/hook?x=1', {}, 'https://example.com:8443/hook?x=1.n1'],
  ])('Plivo V3 signed text: %s', (_label, url, body, expected) => {
    expect(plivoSignedText(url, body, 'n1')).toBe(expected);
  });

  test('Twilio: the signature covers this trigger URL', () => {
    const { signer, delivery, settings } = signedCase('twilio');
    expect(twilio.verify!(signer.sign(delivery), { ...settings, webhookUrl: 'https://hooks.zapier.com/other' })).toBe(false);
  });
});
