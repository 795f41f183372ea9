import { createHmac } from 'node:crypto';
import { detectProvider, normalizeWebhook, PROVIDER_REGISTRY, parseDelivery } from '../../../lib/providers/index';
import { PROVIDERS } from '../../../lib/providers/registry';
import { deliveryOf, everyFixture, fixture, normalizerOf } from '../../helpers/provider-fixtures';

const everyFixtureCase = everyFixture();

describe('auto picks the right provider', () => {
  test('the registry covers every provider of the contract, once', () => {
    const keys = PROVIDER_REGISTRY.map((normalizer) => normalizer.key);
    expect([...keys].sort()).toEqual([...PROVIDERS].sort());
    expect(keys[keys.length - 1]).toBe('generic');
  });

  test.each(everyFixtureCase)('%s', (_name, provider, fixture) => {
    const delivery = deliveryOf(fixture);
    expect(detectProvider(delivery)).toBe(provider);
    const auto = normalizeWebhook(delivery, fixture.settings ?? {}, 'auto');
    const named = normalizeWebhook(delivery, fixture.settings ?? {}, normalizerOf(provider).key);
    expect(auto).toEqual(named);
    if (fixture.expected === null) expect(auto.item).toBeNull();
    else expect(auto.item).toMatchObject(fixture.expected);
  });

  test('a Dialpad JWT body is recognised from its claims', () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const event = fixture('dialpad', 'missed').body as Record<string, unknown>;
    const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(event)}`;
    const jwt = `${unsigned}.${createHmac('sha256', 'k').update(unsigned).digest('base64url')}`;
    const delivery = parseDelivery({ content: jwt, headers: { 'Content-Type': 'application/jwt' } });
    expect(delivery.body).toEqual({});
    expect(detectProvider(delivery)).toBe('dialpad');
    expect(normalizeWebhook(delivery, {}, 'auto').item!.id).toBe('dialpad:5875110945865728');
  });

  test.each([
    ['an empty body', ''],
    ['truncated JSON', '{"event":"call.ended","data":{"id":'],
    ['plain text', 'hello'],
    ['a JSON list', '[{"from":"+15125550123"}]'],
  ])('%s is no provider and no item', (_label, content) => {
    const delivery = parseDelivery({ content });
    expect(detectProvider(delivery)).toBeNull();
    expect(normalizeWebhook(delivery, {}, 'auto')).toEqual({ item: null });
    expect(normalizeWebhook(delivery, { webhookSecret: 'x' }, 'generic').item).toBeNull();
  });
});

describe('parseDelivery', () => {
  test("lower-cases header names and strips Zapier's Http- prefix", () => {
    const delivery = parseDelivery({
      content: '{}',
      headers: {
        'Http-X-Zm-Signature': 'v0=ab',
        'Content-Type': 'application/json',
        'HTTP-VERIFICATION-TOKEN': 't',
        'X-Many': ['a', 'b'],
      },
    });
    expect(delivery.headers).toEqual({
      'x-zm-signature': 'v0=ab',
      'content-type': 'application/json',
      'verification-token': 't',
      'x-many': 'a,b',
    });
  });

  test.each([
    ['JSON', '{"caller_number":"+15125550123","missed":true}', {}, { caller_number: '+15125550123', missed: true }],
    [
      'form fields',
      'CallSid=CA1&From=%2B15125550123&To=+15125550100',
      { 'content-type': 'application/x-www-form-urlencoded' },
      { CallSid: 'CA1', From: '+15125550123', To: ' 15125550100' },
    ],
    [
      'form fields without a content type',
      'CallUUID=u-1&From=15125550123',
      {},
      { CallUUID: 'u-1', From: '15125550123' },
    ],
    ['truncated JSON', '{"caller_number":"+1512', { 'content-type': 'application/json' }, {}],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJjYWxsX2lkIjoxfQ.c2ln', {}, {}],
  ])('%s', (_label, content, headers, body) => {
    const delivery = parseDelivery({ content, headers });
    expect(delivery.body).toEqual(body);
    expect(delivery.rawBody).toBe(content);
  });

  test('an already-parsed body is kept, and query strings are read either way', () => {
    expect(parseDelivery({ body: { id: 'c-1' }, querystring: 'a=1&b=two' })).toEqual({
      body: { id: 'c-1' },
      headers: {},
      rawBody: '{"id":"c-1"}',
      querystring: { a: '1', b: 'two' },
    });
    expect(parseDelivery({ querystring: { a: 1, b: undefined } }).querystring).toEqual({ a: '1' });
  });

  test('never throws on odd input', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => parseDelivery({ body: cyclic })).not.toThrow();
    expect(() => parseDelivery({})).not.toThrow();
    expect(parseDelivery({}).body).toEqual({});
  });
});
