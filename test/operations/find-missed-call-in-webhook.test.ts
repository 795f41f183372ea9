import '../helpers/many-runs';
import { createHmac } from 'node:crypto';
import { App, appTester, perform } from '../helpers/app';
import { everyFixture, type Fixture, fixture, rawBodyOf } from '../helpers/provider-fixtures';

const search = {
  perform: perform('searches', 'find_missed_call_in_webhook'),
  inputFields: App.searches.find_missed_call_in_webhook.operation.inputFields as unknown[],
};

/** What a Zap maps from Catch Raw Hook: the raw body, and headers as the owner mapped them. */
const find = (rawBody: string, headers: unknown, inputData: Record<string, unknown> = {}) =>
  appTester(search.perform, {
    authData: {},
    inputData: { raw_body: rawBody, headers, ...inputData },
  } as never) as Promise<Record<string, unknown>[]>;

const settingsInputs = (f: Fixture) => ({
  timezone: f.settings?.timeZone,
  business_number: f.settings?.businessNumber,
  webhook_url: f.settings?.webhookUrl,
  querystring: new URLSearchParams(f.querystring ?? {}).toString(),
});

/** The three ways headers reach the search: a JSON object as Catch Raw Hook shows it (`Http-` names), JSON text, lines. */
const headerForms = (headers: Record<string, string>) => ({
  object: Object.fromEntries(Object.entries(headers).map(([name, value]) => [`Http-${name}`, value])),
  json: JSON.stringify(headers),
  lines: Object.entries(headers)
    .map(([name, value]) => `${name.toUpperCase()}: ${value}`)
    .join('\n'),
});

describe('every provider fixture through the search gives what the static hook gives', () => {
  test.each(everyFixture())('%s', async (_name, provider, f) => {
    const forms = headerForms(f.headers);
    for (const [choice, headers] of [
      ['auto', forms.object],
      [provider, forms.json],
      [provider, forms.lines],
    ] as const) {
      const items = await find(rawBodyOf(f), headers, { provider: choice, ...settingsInputs(f) });
      if (f.expected === null) expect(items).toEqual([]);
      else expect(items).toEqual([expect.objectContaining(f.expected)]);
    }
  });
});

describe('signatures and trust, as on the static hook', () => {
  const SECRET = 'zoom-secret-token-31d0';
  const f = fixture('zoom', 'callee-missed');
  const raw = rawBodyOf(f);
  const signed = (timestamp: number, body = raw) => ({
    'x-zm-request-timestamp': String(timestamp),
    'x-zm-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`,
  });
  const now = () => Math.floor(Date.now() / 1000);

  test.each(['object', 'json', 'lines'] as const)(
    'a correctly signed delivery is found (headers as %s)',
    async (form) => {
      const items = await find(raw, headerForms(signed(now()))[form], { provider: 'zoom', webhook_secret: SECRET });
      expect(items).toEqual([expect.objectContaining({ id: f.expected!.id })]);
    },
  );

  test('a forged, tampered or stale delivery is not found', async () => {
    const tampered = raw.replace('+1', '+44');
    expect(await find(raw, headerForms(signed(now())).object, { provider: 'zoom', webhook_secret: 'guess' })).toEqual(
      [],
    );
    expect(
      await find(tampered, headerForms(signed(now())).object, { provider: 'zoom', webhook_secret: SECRET }),
    ).toEqual([]);
    expect(
      await find(raw, headerForms(signed(now() - 360)).object, { provider: 'zoom', webhook_secret: SECRET }),
    ).toEqual([]);
    expect(await find(raw, '', { provider: 'zoom', webhook_secret: SECRET })).toEqual([]);
  });

  test('a secret with Detect Automatically is refused, asking which phone system', async () => {
    await expect(find(raw, headerForms(signed(now())).object, { webhook_secret: SECRET })).rejects.toThrow(
      /which phone system/i,
    );
  });

  test('the raw body is used as sent: a signature over a trailing newline still matches', async () => {
    const body = `${raw}\n`;
    const items = await find(body, headerForms(signed(now(), body)).lines, {
      provider: 'zoom',
      webhook_secret: SECRET,
    });
    expect(items).toHaveLength(1);
  });
});

describe('odd mappings find nothing and never break', () => {
  test.each([
    ['an empty body', '', ''],
    ['truncated JSON', '{"caller_number": "+15125550123", "missed": tr', 'Content-Type: application/json'],
    [
      'headers that are not headers',
      '{"caller_number":"+15125550123","call_id":"x","missed":true}',
      'no colon here\n: no name\n{not json',
    ],
  ])('%s', async (label, body, headers) => {
    const items = await find(body, headers);
    expect(items).toEqual(
      label === 'headers that are not headers' ? [expect.objectContaining({ id: 'generic:x', called_at: null })] : [],
    );
  });

  test('a list mapped into Raw Body is refused in plain words', async () => {
    await expect(find(['a', 'b'] as never, '')).rejects.toThrow(/Raw Body should be a single value/);
  });
});

test('the Phone System choice shows where to paste the Catch Raw Hook URL', async () => {
  const fieldFunction = search.inputFields.find((field) => typeof field === 'function') as (
    z: unknown,
    bundle: unknown,
  ) => { helpText: string }[];
  expect(fieldFunction({}, { inputData: { provider: 'callrail' } })[0].helpText).toMatch(
    /CallRail: Settings > Integrations > Webhooks/,
  );
  const auto = fieldFunction({}, { inputData: { provider: 'auto' } })[0].helpText;
  expect(auto.length).toBeLessThanOrEqual(1000);
  expect(auto).toMatch(/Aircall/);
});
