import { createAppTester } from 'zapier-platform-core';
import type { HookSubscription } from '../../lib/missed-calls/status-callback';
import { MAIN_LINE } from '../../sandbox/scenario';
import { startSandbox } from '../../sandbox/server';
import { perform, run, useSandbox, zapierRawRequest } from '../helpers/app';
import { OPENAPI_AVAILABLE, OPENAPI_MISSING, validateRequest } from '../helpers/openapi';

const sandbox = useSandbox();

describe('the built app (what package.json main names) loads and connects', () => {
  const built = require('../../dist/index.js');
  const tester = createAppTester(built);

  test('it is the same app as the sources, with every contract operation', () => {
    expect(Object.keys(built.triggers).sort()).toEqual([
      'missed_call',
      'missed_call_instant',
      'missed_call_unreturned',
      'missed_call_webhook',
      'phone_number',
      'sms_phone_number',
      'text_back_undelivered',
      'text_reply',
    ]);
    expect(Object.keys(built.creates).sort()).toEqual(['send_team_alert', 'send_text_back']);
    expect(Object.keys(built.searches).sort()).toEqual([
      'find_consent',
      'find_missed_call_in_webhook',
      'find_recovery_report',
      'find_texting_readiness',
      'find_voicemail',
    ]);
    expect(built.version).toBe(require('../../package.json').version);
  });

  test('the auth test fetches the account and labels the connection with its name', async () => {
    const account = (await tester(built.authentication.test, { authData: sandbox().authData() })) as Record<
      string,
      unknown
    >;
    expect(account).toMatchObject({ friendly_name: 'Rapid Rooter Plumbing', sid: sandbox().accountSid });
    expect(
      await tester(built.authentication.connectionLabel, { authData: sandbox().authData(), inputData: account }),
    ).toBe('Rapid Rooter Plumbing');
  });

  test.each([
    ['a wrong token', { auth_token: 'wrong' }, /did not accept the Account SID and Auth Token/],
    ['a malformed SID', { account_sid: 'AC-not-a-sid' }, /Account SID should start with AC/],
    ['plain http to a remote host', { api_base_url: 'http://api.example.com' }, /must start with https/],
  ])('%s gets a plain sentence', async (_name, override, message) => {
    await expect(
      tester(built.authentication.test, { authData: { ...sandbox().authData(), ...override } }),
    ).rejects.toThrow(message);
  });

  test('an unreachable host gets a plain sentence', async () => {
    const stopped = await startSandbox();
    const authData = stopped.authData();
    await stopped.stop();
    await expect(tester(built.authentication.test, { authData })).rejects.toThrow(
      /Could not reach 127\.0\.0\.1:\d+\. Check the API Host/,
    );
  });

  test('the API key connection works too', async () => {
    const s = sandbox();
    const account = await tester(built.authentication.test, {
      authData: { ...s.authData(), api_key_sid: s.apiKeySid, auth_token: s.apiKeySecret },
    });
    expect(account).toMatchObject({ sid: s.accountSid });
  });

  test('phone_number lists every number for dropdowns', async () => {
    const numbers = (await tester(built.triggers.phone_number.operation.perform, {
      authData: sandbox().authData(),
      inputData: {},
    })) as Record<string, unknown>[];
    expect(numbers.map((number) => number.label)).toEqual(
      expect.arrayContaining(['Main Line (512) 555-0100', 'Emergency Line (512) 555-0101']),
    );
    expect(numbers).toHaveLength(sandbox().state.numbers.length);
    for (const number of numbers) {
      expect(Object.keys(number).sort()).toEqual([
        'friendly_name',
        'id',
        'label',
        'phone_number',
        'sid',
        'sms_enabled',
        'voice_enabled',
      ]);
      expect(number.id).toBe(number.phone_number);
    }
  });

  test('phone_number with a wrong token is a plain error', async () => {
    await expect(
      tester(built.triggers.phone_number.operation.perform, {
        authData: { ...sandbox().authData(), auth_token: 'nope' },
        inputData: {},
      }),
    ).rejects.toThrow(/Copy them again from the Twilio Console/);
  });
});

(OPENAPI_AVAILABLE ? describe : describe.skip)(
  `every request the app makes matches Twilio's OpenAPI ${OPENAPI_AVAILABLE ? '' : `(${OPENAPI_MISSING})`}`,
  () => {
    test('over a full flow: poll, subscribe, callback, text-back, replies, consent, report', async () => {
      const s = sandbox();
      s.resetRequests();
      const missed = (await run(s, perform('triggers', 'missed_call'))) as Record<string, unknown>[];
      await run(s, perform('triggers', 'phone_number'));
      const subscribeData = (await run(s, perform('triggers', 'missed_call_instant', 'performSubscribe'), {
        inputData: { business_number: MAIN_LINE },
        targetUrl: 'https://hooks.zapier.com/hooks/standard/1/x/',
      })) as HookSubscription;
      const callback = s.statusCallbackRequest(
        s.callSid('forwarded-no-answer'),
        'https://hooks.zapier.com/hooks/standard/1/x/',
      );
      await run(s, perform('triggers', 'missed_call_instant'), {
        inputData: { business_number: MAIN_LINE },
        subscribeData,
        rawRequest: zapierRawRequest(callback),
      });
      await run(s, perform('triggers', 'missed_call_instant', 'performUnsubscribe'), { subscribeData });
      for (const item of missed.slice(0, 4)) {
        await run(s, perform('creates', 'send_text_back'), {
          inputData: {
            to: item.caller_number,
            from: item.business_number,
            business_name: 'Rapid Rooter Plumbing',
            call_id: item.id,
            if_skipped: 'continue',
            skip_landlines: true,
          },
        });
      }
      await run(s, perform('triggers', 'text_reply'));
      await run(s, perform('searches', 'find_consent'), { inputData: { phone_number: '(512) 555-0123' } });
      await run(s, perform('searches', 'find_recovery_report'), { inputData: { period_days: 7 } });
      await run(s, perform('triggers', 'text_back_undelivered'));
      await run(s, perform('searches', 'find_texting_readiness'), { inputData: { business_number: '(833) 555-0100' } });
      expect(s.requests.length).toBeGreaterThan(15);
      const problems = s.requests
        .map((request) => ({
          request: `${request.method} ${request.path}`,
          ...validateRequest(request.method, request.path, request.query, request.form),
        }))
        .filter((result) => !result.valid);
      expect(problems).toEqual([]);
    });
  },
);
