import { type SandboxClient, sandboxClient } from '../../sandbox/client';
import { DELIVERY_NUMBERS } from '../../sandbox/delivery-seed';
import { EMERGENCY_LINE, MAIN_LINE, TRACKING_LINE, TRUNK_LINE } from '../../sandbox/scenario';
import type { Sandbox } from '../../sandbox/server';
import { startSandboxApi } from '../helpers/sandbox-api';

const DELIVERY_LINES = DELIVERY_NUMBERS.map((number) => number.phoneNumber);

/** The sandbox answers like Twilio's account API: who may sign in, what is not found, the account's numbers. */

let sandbox: Sandbox;
let twilio: SandboxClient;

beforeAll(async () => ({ sandbox, twilio } = await startSandboxApi()));
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.faults.clear());

describe('authentication', () => {
  test.each([
    ['Account SID + Auth Token', () => [sandbox.accountSid, sandbox.authToken], 200],
    ['API Key SID + secret', () => [sandbox.apiKeySid, sandbox.apiKeySecret], 200],
    ['wrong Auth Token', () => [sandbox.accountSid, 'not-the-token'], 401],
    ['API Key with the Auth Token as secret', () => [sandbox.apiKeySid, sandbox.authToken], 401],
    ['unknown username', () => [`AC${'0'.repeat(32)}`, sandbox.authToken], 401],
  ])('%s', async (_, credentials, status) => {
    const [username, password] = credentials();
    const answer = await sandboxClient(sandbox, { username, password }).get('.json');
    expect(answer.status).toBe(status);
    if (status === 200)
      expect(answer.body).toMatchObject({
        sid: sandbox.accountSid,
        friendly_name: 'Rapid Rooter Plumbing',
        status: 'active',
      });
    else {
      expect(answer.body).toEqual({
        code: 20003,
        message: 'Authenticate',
        more_info: 'https://www.twilio.com/docs/errors/20003',
        status: 401,
      });
      expect(answer.headers.get('www-authenticate')).toMatch(/^Basic/);
    }
  });

  test('a request without credentials is 401', async () => {
    const response = await fetch(`${sandbox.url}/2010-04-01/Accounts/${sandbox.accountSid}.json`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: number }).code).toBe(20003);
  });

  test("another account's resources are 404 even with good credentials", async () => {
    const answer = await twilio.get(`/2010-04-01/Accounts/AC${'1'.repeat(32)}/Calls.json`);
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({
      code: 20404,
      status: 404,
      more_info: 'https://www.twilio.com/docs/errors/20404',
    });
  });

  test.each([
    ['an unknown call', () => `/Calls/CA${'0'.repeat(32)}.json`],
    ['an unknown number', () => `/IncomingPhoneNumbers/PN${'0'.repeat(32)}.json`],
    ['an unknown message', () => `/Messages/SM${'0'.repeat(32)}.json`],
    ['an unknown recording', () => `/Recordings/RE${'0'.repeat(32)}.json`],
    ['an unknown resource', () => '/Queues.json'],
  ])("%s is Twilio's 20404", async (_, path) => {
    const answer = await twilio.get(path());
    expect(answer.status).toBe(404);
    expect(Object.keys(answer.body).sort()).toEqual(['code', 'message', 'more_info', 'status']);
    expect(answer.body.code).toBe(20404);
  });
});

describe('incoming phone numbers', () => {
  test('lists every number with the fields the app reads', async () => {
    const { body } = await twilio.get('/IncomingPhoneNumbers.json');
    expect(body.incoming_phone_numbers.map((n: { phone_number: string }) => n.phone_number)).toEqual([
      MAIN_LINE,
      EMERGENCY_LINE,
      '+15125550102',
      TRACKING_LINE,
      TRUNK_LINE,
      ...DELIVERY_LINES,
    ]);
    const main = body.incoming_phone_numbers[0];
    expect(main).toMatchObject({
      friendly_name: 'Main Line',
      capabilities: { voice: true, sms: true },
      voice_application_sid: null,
      trunk_sid: null,
      status_callback: '',
      status_callback_method: 'POST',
    });
    expect(main.sid).toMatch(/^PN[0-9a-f]{32}$/);
    expect(body.incoming_phone_numbers[2].voice_application_sid).toMatch(/^AP/);
    expect(body.incoming_phone_numbers[3].status_callback).toBe('https://calltracker.example.com/twilio/status');
    expect(body.incoming_phone_numbers[4]).toMatchObject({
      trunk_sid: expect.stringMatching(/^TK/),
      capabilities: { sms: false },
    });
  });

  test.each([
    [MAIN_LINE, [MAIN_LINE]],
    ['5125550101', [EMERGENCY_LINE]],
    ['555010*', [MAIN_LINE, EMERGENCY_LINE, '+15125550102', TRACKING_LINE, TRUNK_LINE, ...DELIVERY_LINES]],
    ['+15125550999', []],
  ])('PhoneNumber=%s', async (filter, expected) => {
    const { body } = await twilio.get('/IncomingPhoneNumbers.json', { PhoneNumber: filter });
    expect(body.incoming_phone_numbers.map((n: { phone_number: string }) => n.phone_number)).toEqual(expected);
  });

  test('fetch and update (status callback saved, then restored)', async () => {
    const emergency = sandbox.state.numbers.find((n) => n.phoneNumber === EMERGENCY_LINE)!;
    const hook = 'https://hooks.zapier.com/hooks/standard/123/abc/';
    const updated = await twilio.post(`/IncomingPhoneNumbers/${emergency.sid}.json`, {
      StatusCallback: hook,
      StatusCallbackMethod: 'post',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ sid: emergency.sid, status_callback: hook, status_callback_method: 'POST' });
    expect((await twilio.get(`/IncomingPhoneNumbers/${emergency.sid}.json`)).body.status_callback).toBe(hook);
    const restored = await twilio.post(`/IncomingPhoneNumbers/${emergency.sid}.json`, {
      StatusCallback: '',
      StatusCallbackMethod: 'POST',
    });
    expect(restored.body.status_callback).toBe('');
  });

  test('an invalid method is rejected', async () => {
    const main = sandbox.state.numbers[0];
    const answer = await twilio.post(`/IncomingPhoneNumbers/${main.sid}.json`, { StatusCallbackMethod: 'PUT' });
    expect(answer.status).toBe(400);
    expect(main.statusCallbackMethod).toBe('POST');
  });
});
