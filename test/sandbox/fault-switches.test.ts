import type { SandboxClient } from '../../sandbox/client';
import { MAIN_LINE } from '../../sandbox/scenario';
import type { Sandbox } from '../../sandbox/server';
import { startSandboxApi } from '../helpers/sandbox-api';

/** The fault switches tests use to make Twilio misbehave, and the request log that shows what reached it. */

let sandbox: Sandbox;
let twilio: SandboxClient;

beforeAll(async () => ({ sandbox, twilio } = await startSandboxApi()));
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.faults.clear());

describe('faults', () => {
  const sendForm = { To: '+15125550145', From: MAIN_LINE, Body: 'Rapid Rooter here' };
  const outboundTo = (to: string) =>
    sandbox.state.messages.filter((m) => m.to === to && m.direction === 'outbound-api').length;

  test('429 with Retry-After, then normal answers', async () => {
    sandbox.faults.add({ kind: '429', retryAfter: 7 });
    const limited = await twilio.get('/Calls.json');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body).toEqual({
      code: 20429,
      message: 'Too Many Requests',
      more_info: 'https://www.twilio.com/docs/errors/20429',
      status: 429,
    });
    expect((await twilio.get('/Calls.json')).status).toBe(200);
  });

  test('500 with a count', async () => {
    sandbox.faults.add({ kind: '500', count: 2 });
    expect((await twilio.get('.json')).status).toBe(500);
    expect((await twilio.get('.json')).body.code).toBe(20500);
    expect((await twilio.get('.json')).status).toBe(200);
  });

  test('slow answers after the delay', async () => {
    sandbox.faults.add({ kind: 'slow', delayMs: 300 });
    const started = Date.now();
    expect((await twilio.get('.json')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  test('drop closes the socket and does nothing', async () => {
    sandbox.faults.add({ kind: 'drop', method: 'POST' });
    const before = outboundTo(sendForm.To);
    await expect(twilio.post('/Messages.json', sendForm)).rejects.toThrow();
    expect(outboundTo(sendForm.To)).toBe(before);
  });

  test('lose_response sends the text but the answer never arrives', async () => {
    sandbox.faults.add({ kind: 'lose_response', path: 'Messages.json' });
    const before = outboundTo(sendForm.To);
    await expect(twilio.post('/Messages.json', sendForm)).rejects.toThrow();
    expect(outboundTo(sendForm.To)).toBe(before + 1);
    const listed = (await twilio.get('/Messages.json', { To: sendForm.To })).body.messages;
    expect(listed[0]).toMatchObject({ direction: 'outbound-api', body: sendForm.Body });
  });

  test.each([
    ['500_after_commit', 500, 'application/json'],
    ['503_page_after_commit', 503, 'text/html'],
  ] as const)('%s creates the text, then answers as if it failed', async (kind, status, type) => {
    sandbox.faults.add({ kind, method: 'POST', path: 'Messages.json' });
    const before = outboundTo(sendForm.To);
    const answer = await twilio.post('/Messages.json', sendForm);
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toContain(type);
    if (status === 500) expect(answer.body).toMatchObject({ code: 20500, status: 500 });
    else expect(answer.text).toContain('503 Service Temporarily Unavailable');
    expect(outboundTo(sendForm.To)).toBe(before + 1);
    const listed = (await twilio.get('/Messages.json', { To: sendForm.To })).body.messages;
    expect(listed[0]).toMatchObject({ direction: 'outbound-api', body: sendForm.Body });
  });

  test('drop loses the connection before the message is committed: nothing is created', async () => {
    sandbox.faults.add({ kind: 'drop', method: 'POST', path: 'Messages.json' });
    const before = outboundTo(sendForm.To);
    await expect(twilio.post('/Messages.json', sendForm)).rejects.toThrow();
    expect(outboundTo(sendForm.To)).toBe(before);
    expect((await twilio.post('/Messages.json', sendForm)).status).toBe(201);
    expect(outboundTo(sendForm.To)).toBe(before + 1);
  });

  test('garbage is a 200 that is not JSON, and nothing is done', async () => {
    sandbox.faults.add({ kind: 'garbage' });
    const before = outboundTo(sendForm.To);
    const answer = await twilio.post('/Messages.json', sendForm);
    expect(answer.status).toBe(200);
    expect(answer.body).toBeNull();
    expect(answer.text).toContain('<html>');
    expect(outboundTo(sendForm.To)).toBe(before);
  });

  test('page_link writes a hostile next-page link into a 2010 list and into a Messaging v1 list', async () => {
    sandbox.faults.add({ kind: 'page_link', link: '@evil.example/x', path: 'Calls.json' });
    const calls = await twilio.get('/Calls.json', { PageSize: '1' });
    expect(calls.status).toBe(200);
    expect(calls.body.calls).toHaveLength(1);
    expect(calls.body.next_page_uri).toBe('@evil.example/x');
    expect((await twilio.get('/Calls.json', { PageSize: '1' })).body.next_page_uri).toMatch(/PageToken=PA/);
    sandbox.faults.add({ kind: 'page_link', link: 'https://evil.example/v1/Services', path: '/v1/Services' });
    const services = await twilio.get('/v1/Services');
    expect(services.body.meta.next_page_url).toBe('https://evil.example/v1/Services');
    expect(services.body.next_page_uri).toBeUndefined();
  });

  test('redirect answers a 3xx to the location, and does nothing', async () => {
    sandbox.faults.add({ kind: 'redirect', location: 'http://169.254.169.254/latest/meta-data/', redirectStatus: 307 });
    const before = outboundTo(sendForm.To);
    const answer = await fetch(`${sandbox.url}/2010-04-01/Accounts/${sandbox.accountSid}/Messages.json`, {
      method: 'POST',
      body: new URLSearchParams(sendForm),
      redirect: 'manual',
    });
    expect(answer.status).toBe(307);
    expect(answer.headers.get('location')).toBe('http://169.254.169.254/latest/meta-data/');
    expect(outboundTo(sendForm.To)).toBe(before);
  });

  test('faults hit only matching requests, and are logged', async () => {
    sandbox.faults.add({ kind: '500', method: 'GET', path: /\/v2\/PhoneNumbers\// });
    sandbox.resetRequests();
    expect((await twilio.get('/Calls.json', { PageSize: '1' })).status).toBe(200);
    expect((await twilio.get('/v2/PhoneNumbers/+15125550131', { Fields: 'line_type_intelligence' })).status).toBe(500);
    expect((await twilio.get('/v2/PhoneNumbers/+15125550131', { Fields: 'line_type_intelligence' })).status).toBe(200);
    expect(sandbox.requests.map((r) => r.fault)).toEqual([undefined, '500', undefined]);
    expect(sandbox.faults.pending).toHaveLength(0);
  });
});

describe('request log', () => {
  test('records method, path, query and form; resetRequests clears it', async () => {
    sandbox.resetRequests();
    await twilio.get('/Calls.json', { To: MAIN_LINE, 'StartTime>': '2026-01-01' });
    await twilio.post('/Messages.json', { To: '+15125550146', From: MAIN_LINE, Body: 'Hi' });
    await twilio.get('/v2/PhoneNumbers/+15125550146', { Fields: 'line_type_intelligence' });
    expect(sandbox.requests).toEqual([
      {
        method: 'GET',
        path: `/2010-04-01/Accounts/${sandbox.accountSid}/Calls.json`,
        query: { To: MAIN_LINE, 'StartTime>': '2026-01-01' },
        form: {},
      },
      {
        method: 'POST',
        path: `/2010-04-01/Accounts/${sandbox.accountSid}/Messages.json`,
        query: {},
        form: { To: '+15125550146', From: MAIN_LINE, Body: 'Hi' },
      },
      { method: 'GET', path: '/v2/PhoneNumbers/+15125550146', query: { Fields: 'line_type_intelligence' }, form: {} },
    ]);
    sandbox.resetRequests();
    expect(sandbox.requests).toHaveLength(0);
  });
});
