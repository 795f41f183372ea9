import '../helpers/many-runs';
import { appTester, perform, zapierRawRequest } from '../helpers/app';
import { everyFixture, type Fixture, rawBodyOf } from '../helpers/provider-fixtures';

const fixtures = everyFixture().map(([, provider, fixture]) => ({ provider, fixture }));

const deliver = (fixture: Fixture, inputData: Record<string, unknown> = {}) => {
  const rawRequest = zapierRawRequest({
    body: rawBodyOf(fixture),
    headers: fixture.headers ?? { 'Content-Type': 'application/json' },
    querystring: fixture.querystring,
  });
  return appTester(perform('triggers', 'missed_call_webhook'), {
    authData: {},
    inputData: {
      timezone: fixture.settings?.timeZone,
      business_number: fixture.settings?.businessNumber,
      webhook_url: fixture.settings?.webhookUrl,
      ...inputData,
    },
    rawRequest,
  }) as Promise<Record<string, unknown>[]>;
};

describe('every provider fixture through the Zapier trigger', () => {
  test.each(everyFixture().map(([name, provider, fixture]) => [name, { provider, fixture }] as const))(
    '%s',
    async (_name, { provider, fixture }) => {
      for (const choice of ['auto', provider]) {
        const items = await deliver(fixture, { provider: choice });
        if (fixture.expected === null) expect(items).toEqual([]);
        else expect(items).toEqual([expect.objectContaining(fixture.expected)]);
      }
    },
  );
});

describe('webhook deliveries that must yield nothing', () => {
  const missed = fixtures.find((entry) => entry.provider === 'generic' && entry.fixture.expected)!.fixture;

  test.each([
    ['truncated JSON', '{"caller_number": "+15125550123", "missed": tr'],
    ['empty body', ''],
    ['plain text', 'hello'],
    ['a JSON array', '[1,2,3]'],
  ])('%s', async (_name, content) => {
    const rawRequest = zapierRawRequest({ body: content, headers: { 'Content-Type': 'application/json' } });
    await expect(
      appTester(perform('triggers', 'missed_call_webhook'), { authData: {}, inputData: {}, rawRequest }),
    ).resolves.toEqual([]);
  });

  test('a signing provider with a secret set ignores an unsigned delivery', async () => {
    const openphone = fixtures.find((entry) => entry.provider === 'openphone' && entry.fixture.expected)!.fixture;
    expect(
      await deliver(openphone, {
        provider: 'openphone',
        webhook_secret: Buffer.from('test-secret').toString('base64'),
      }),
    ).toEqual([]);
    expect(await deliver(openphone, { provider: 'openphone' })).toHaveLength(1);
  });

  test('voicemail follows count_voicemail_as_missed', async () => {
    const voicemail = fixtures.find((entry) => entry.fixture.expected?.missed_reason === 'voicemail')!.fixture;
    expect(await deliver(voicemail)).toHaveLength(1);
    expect(await deliver(voicemail, { count_voicemail_as_missed: 'no' })).toEqual([]);
  });

  test('business hours mark the item', async () => {
    const [item] = await deliver(missed, { business_hours: 'Mon-Sun 00:00-00:00', timezone: 'UTC' });
    expect(item.after_hours).toBe(false);
  });
});

test.each(['auto', 'aircall', 'ringcentral', 'zoom', 'generic'])(
  'performList gives a realistic sample for %s',
  async (provider) => {
    const [sample] = (await appTester(perform('triggers', 'missed_call_webhook', 'performList'), {
      authData: {},
      inputData: { provider },
    })) as Record<string, unknown>[];
    expect(sample.id).toMatch(provider === 'auto' ? /^generic:/ : new RegExp(`^${provider}:`));
    expect(sample.caller_number).toMatch(/^\+1\d{10}$/);
  },
);
