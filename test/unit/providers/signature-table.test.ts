import { createHash, createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import callrail from '../../../lib/providers/callrail';
import justcall from '../../../lib/providers/justcall';
import plivo, { plivoSignedText } from '../../../lib/providers/plivo';
import telnyx from '../../../lib/providers/telnyx';
import twilio from '../../../lib/providers/twilio-form';
import type { ProviderNormalizer, WebhookDelivery, WebhookSettings } from '../../../lib/providers/types';
import vonage from '../../../lib/providers/vonage';
import { deliveryOf, fixture as loadFixture } from '../../helpers/provider-fixtures';

/**
 * Webhook signatures of Telnyx (Ed25519), Vonage (JWT), Plivo (V3), CallRail, JustCall and Twilio-shaped callbacks
 * as one table of signers, each put through the same checks (valid, unsigned, no secret, tampered, other secret,
 * garbage, replay window). Other providers' cases: signatures.test.ts.
 */

// Signatures are computed here from test secrets, never stored in fixtures.

const NOW = new Date('2026-12-01T15:05:00Z');
const nowSeconds = Math.floor(NOW.getTime() / 1000);
const URL_OF_TRIGGER = 'https://hooks.zapier.com/hooks/standard/123/abc/?z=1&a=2';

type Signer = {
  normalizer: ProviderNormalizer;
  fixture: string;
  secret: string;
  sign(d: WebhookDelivery, age?: number): WebhookDelivery;
};

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
      const claims = {
        iat: nowSeconds - age,
        jti: 'c5ba8f24-1a14-4c10-bfdf-3fbe8ce511b5',
        iss: 'Vonage',
        payload_hash: createHash('sha256').update(d.rawBody).digest('hex'),
        api_key: 'abc123',
        application_id: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab',
      };
      return { ...d, headers: { ...d.headers, authorization: `Bearer ${jwt(claims, this.secret)}` } };
    },
  },
  plivo: {
    normalizer: plivo,
    fixture: 'plivo/hangup-caller-hung-up.json',
    secret: 'MjYyNDQ4ZjQ0YzE1NmU4ZDZiNzBlNmJlNGE1Nzg2',
    sign(d) {
      const nonce = '05429567804466091622';
      const signature = createHmac('sha256', this.secret)
        .update(plivoSignedText(URL_OF_TRIGGER, d.body, nonce))
        .digest('base64');
      return {
        ...d,
        headers: {
          ...d.headers,
          'x-plivo-signature-v3': `${signature},bm90LXRoaXMtb25l`,
          'x-plivo-signature-v3-nonce': nonce,
        },
      };
    },
  },
  callrail: {
    normalizer: callrail,
    fixture: 'callrail/post-call-missed.json',
    secret: 'callrail-company-signing-key',
    sign(d) {
      return {
        ...d,
        headers: { ...d.headers, signature: createHmac('sha1', this.secret).update(d.rawBody).digest('base64') },
      };
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
      return {
        ...d,
        headers: {
          ...d.headers,
          'x-justcall-signature': signature,
          'x-justcall-signature-version': 'v1',
          'x-justcall-request-timestamp': timestamp,
        },
      };
    },
  },
  twilio: {
    normalizer: twilio,
    fixture: 'twilio/status-no-answer.json',
    secret: '12345678901234567890123456789012',
    sign(d) {
      return {
        ...d,
        headers: {
          ...d.headers,
          'x-twilio-signature': getExpectedTwilioSignature(this.secret, URL_OF_TRIGGER, d.body),
        },
      };
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
    const otherSecret =
      key === 'telnyx'
        ? otherKeys.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('base64')
        : `${signer.secret}x`;
    expect(signer.normalizer.verify!(signer.sign(delivery), { ...settings, webhookSecret: otherSecret })).toBe(false);
  });

  test('garbage in signature headers fails without throwing', () => {
    const { signer, delivery, settings } = signedCase(key);
    const signed = signer.sign(delivery);
    const garbled = Object.fromEntries(
      Object.entries(signed.headers).map(([name, value]) => [
        name,
        name === 'content-type' ? value : `%%${value}.not base64!`,
      ]),
    );
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
    expect(
      plivo.verify!(signed, { ...settings, webhookUrl: 'https://hooks.zapier.com/hooks/standard/123/other/' }),
    ).toBe(false);
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
    expect(twilio.verify!(signer.sign(delivery), { ...settings, webhookUrl: 'https://hooks.zapier.com/other' })).toBe(
      false,
    );
  });
});
