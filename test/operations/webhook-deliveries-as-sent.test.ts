import { createHmac } from 'node:crypto';
import { PROVIDER_REGISTRY } from '../../lib/providers/registry';
import { App, appTester, perform, zapierRawRequest } from '../helpers/app';
import { fixture, rawBodyOf } from '../helpers/provider-fixtures';

/**
 * Deliveries in the odd but honest forms they reach the static hook and the Catch Raw Hook search: header values
 * with spaces, one header twice, a body Zapier already parsed, a Raw Body or Headers mapped as structures.
 * Contract: `missed_call_webhook`, `find_missed_call_in_webhook`, Webhook trust (additions).
 */

type Items = Record<string, unknown>[];
const search = perform('searches', 'find_missed_call_in_webhook');
const find = (inputData: Record<string, unknown>) =>
  appTester(search, { authData: {}, inputData } as never) as Promise<Items>;
const hook = (rawRequest: Record<string, unknown>, inputData: Record<string, unknown>, cleanedRequest?: unknown) =>
  appTester(perform('triggers', 'missed_call_webhook'), {
    authData: {},
    inputData,
    rawRequest,
    cleanedRequest,
  } as never) as Promise<Items>;

const SECRET = 'zoom-secret-token-5e2a';
const zoom = fixture('zoom', 'callee-missed');
const raw = rawBodyOf(zoom);
const ZOOM_ID = zoom.expected!.id;
const signature = (timestamp: number, secret = SECRET) =>
  `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${raw}`).digest('hex')}`;
const now = () => Math.floor(Date.now() / 1000);
const zoomInputs = { provider: 'zoom', webhook_secret: SECRET };

describe('header values are read without the spaces around them (as HTTP servers read them)', () => {
  test('the static hook accepts a signature with spaces around it', async () => {
    const ts = now();
    const headers = { 'X-Zm-Signature': ` ${signature(ts)} `, 'X-Zm-Request-Timestamp': `${ts} ` };
    expect(await hook(zapierRawRequest({ body: raw, headers }), zoomInputs)).toEqual([
      expect.objectContaining({ id: ZOOM_ID }),
    ]);
  });

  test('the search accepts them in a headers object, and a generic secret with spaces', async () => {
    const ts = now();
    const headers = { 'Http-X-Zm-Signature': `\t${signature(ts)} `, 'Http-X-Zm-Request-Timestamp': ` ${ts}` };
    expect(await find({ raw_body: raw, headers, ...zoomInputs })).toEqual([expect.objectContaining({ id: ZOOM_ID })]);
    const call = { caller_number: '+15125550123', call_id: 'pbx-9', called_at: '2026-11-29T14:03:00Z', missed: true };
    const generic = { provider: 'generic', webhook_secret: 's3cret' };
    expect(
      await find({ raw_body: JSON.stringify(call), headers: { 'X-Webhook-Secret': ' s3cret ' }, ...generic }),
    ).toEqual([expect.objectContaining({ id: 'generic:pbx-9' })]);
  });
});

describe('a header sent twice', () => {
  test('with two different values proves nothing, whichever comes last', async () => {
    const ts = now();
    const good = signature(ts);
    const forged = signature(ts, 'a-guess');
    for (const [first, second] of [
      [forged, good],
      [good, forged],
    ]) {
      const headers = { 'x-zm-signature': first, 'X-ZM-SIGNATURE': second, 'x-zm-request-timestamp': String(ts) };
      expect(await find({ raw_body: raw, headers, ...zoomInputs })).toEqual([]);
      const lines = `X-Zm-Signature: ${first}\nHttp-X-Zm-Signature: ${second}\nX-Zm-Request-Timestamp: ${ts}`;
      expect(await find({ raw_body: raw, headers: lines, ...zoomInputs })).toEqual([]);
    }
  });

  test('with the same value twice (with and without the Http- prefix) still verifies', async () => {
    const ts = now();
    const headers = {
      'X-Zm-Signature': signature(ts),
      'Http-X-Zm-Signature': signature(ts),
      'X-Zm-Request-Timestamp': String(ts),
    };
    expect(await find({ raw_body: raw, headers, ...zoomInputs })).toEqual([expect.objectContaining({ id: ZOOM_ID })]);
  });
});

describe('structures mapped into the search', () => {
  const call = { caller_number: '+15125550123', call_id: 'pbx-10', called_at: '2026-11-29T14:03:00Z', missed: true };

  test('a Raw Body that arrives as a JSON object is read as the body', async () => {
    expect(await find({ raw_body: call })).toEqual([expect.objectContaining({ id: 'generic:pbx-10' })]);
  });

  test('Headers that arrive as a list of `Name: value` lines are read as lines', async () => {
    const ts = now();
    const headers = [`Http-X-Zm-Signature: ${signature(ts)}`, `X-Zm-Request-Timestamp: ${ts}`];
    expect(await find({ raw_body: raw, headers, ...zoomInputs })).toEqual([expect.objectContaining({ id: ZOOM_ID })]);
    expect(await find({ raw_body: raw, headers: JSON.stringify(headers), ...zoomInputs })).toHaveLength(1);
  });
});

describe('the static hook reads the body Zapier parsed when the raw request has no content', () => {
  const call = { caller_number: '+15125550123', call_id: 'pbx-11', called_at: '2026-11-29T14:03:00Z', missed: true };

  test('rawRequest with headers only: the body is cleanedRequest and the headers still count', async () => {
    const rawRequest = { method: 'POST', headers: { 'Http-X-Webhook-Secret': 's3cret' }, querystring: '' };
    const generic = { provider: 'generic', webhook_secret: 's3cret' };
    expect(await hook(rawRequest, generic, call)).toEqual([expect.objectContaining({ id: 'generic:pbx-11' })]);
    expect(await hook({ ...rawRequest, headers: {} }, generic, call)).toEqual([]);
  });

  test('raw content, when there is some, is what counts', async () => {
    const rawRequest = zapierRawRequest({ body: JSON.stringify({ ...call, missed: false }), headers: {} });
    expect(await hook(rawRequest, {}, call)).toEqual([]);
  });
});

test('with Detect Automatically, Where to Paste the URL names every phone system, each clause whole', () => {
  const setupField = (App.searches!.find_missed_call_in_webhook.operation.inputFields as unknown[]).find(
    (field) => typeof field === 'function',
  ) as (z: unknown, bundle: unknown) => { helpText: string }[];
  const text = setupField({}, { inputData: { provider: 'auto' } })[0].helpText;
  expect(text.length).toBeLessThanOrEqual(1000);
  for (const row of PROVIDER_REGISTRY) expect(text).toContain(row.setup.slice(0, row.setup.indexOf(':')));
  expect(text.split('(').length).toBe(text.split(')').length);
  expect(text).toMatch(/pick your phone system/i);
});
