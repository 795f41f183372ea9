import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type SandboxAnswer, sandboxClient } from '../../sandbox/client';
import { type Sandbox, startSandbox } from '../../sandbox/server';
import { MESSAGING_V1_SERVED, messagingV1Exchanges } from '../helpers/messaging-v1-exchanges';
import { OPENAPI_AVAILABLE, OPENAPI_DIR, OPENAPI_MISSING, validateRequest, validateResponse } from '../helpers/openapi';

if (!OPENAPI_AVAILABLE) test.skip(OPENAPI_MISSING, () => undefined);
const contract = OPENAPI_AVAILABLE ? describe : describe.skip;

/** The operations the sandbox serves, as Twilio's specs name them. */
const SERVED: Array<[file: string, method: string, template: string]> = [
  ['twilio_api_v2010.json', 'get', '/2010-04-01/Accounts/{Sid}.json'],
  ['twilio_api_v2010.json', 'get', '/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json'],
  ['twilio_api_v2010.json', 'get', '/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json'],
  ['twilio_api_v2010.json', 'post', '/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json'],
  ['twilio_api_v2010.json', 'get', '/2010-04-01/Accounts/{AccountSid}/Calls.json'],
  ['twilio_api_v2010.json', 'get', '/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json'],
  ['twilio_api_v2010.json', 'get', '/2010-04-01/Accounts/{AccountSid}/Recordings.json'],
  ['twilio_api_v2010.json', 'get', '/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json'],
  ['twilio_api_v2010.json', 'get', '/2010-04-01/Accounts/{AccountSid}/Transcriptions.json'],
  ['twilio_api_v2010.json', 'get', '/2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json'],
  ['twilio_api_v2010.json', 'get', '/2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json'],
  ['twilio_api_v2010.json', 'get', '/2010-04-01/Accounts/{AccountSid}/Messages.json'],
  ['twilio_api_v2010.json', 'post', '/2010-04-01/Accounts/{AccountSid}/Messages.json'],
  ['twilio_api_v2010.json', 'get', '/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json'],
  ['twilio_lookups_v2.json', 'get', '/v2/PhoneNumbers/{PhoneNumber}'],
  ...MESSAGING_V1_SERVED,
];

/**
 * Where Twilio's examples disagree with its own schema: the Transcription examples write `price` as a string
 * ("0.00000") while the schema says number. The sandbox follows the schema; the app reads either.
 */
const EXAMPLE_ERRATA = [/^body\/transcriptions?\/0\/price must be number,null$|^body\/price must be number,null$/];

function examplesOf(file: string, method: string, template: string): Array<[string, number, unknown]> {
  if (!OPENAPI_AVAILABLE) return [];
  const spec = JSON.parse(readFileSync(resolve(OPENAPI_DIR, file), 'utf8'));
  const responses = spec.paths[template][method].responses as Record<
    string,
    { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }
  >;
  return Object.entries(responses).flatMap(([status, response]) =>
    Object.entries(response.content?.['application/json']?.examples ?? {}).map(
      ([name, example]): [string, number, unknown] => [name, Number(status), example.value],
    ),
  );
}

const EXAMPLES = SERVED.flatMap(([file, method, template]) =>
  examplesOf(file, method, template).map(([name, status, body]) => ({
    label: `${method.toUpperCase()} ${template} ${name}`,
    method,
    template,
    status,
    body,
  })),
);

contract("the checker accepts Twilio's own examples", () => {
  test('every served operation has examples', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(SERVED.length);
  });
  test.each(EXAMPLES)('$label', ({ method, template, status, body }) => {
    const path = template.replace(/\{\w+\}/g, `AC${'a'.repeat(32)}`);
    const { errors } = validateResponse(method, path, status, body);
    expect(errors.filter((error) => !EXAMPLE_ERRATA.some((erratum) => erratum.test(error)))).toEqual([]);
  });
  test('each erratum is one Twilio really has', () => {
    const all = EXAMPLES.flatMap(
      ({ method, template, status, body }) =>
        validateResponse(method, template.replace(/\{\w+\}/g, `AC${'a'.repeat(32)}`), status, body).errors,
    );
    for (const erratum of EXAMPLE_ERRATA) expect(all.some((error) => erratum.test(error))).toBe(true);
  });
});

contract('the checker catches what Twilio would never send', () => {
  const callsPath = `/2010-04-01/Accounts/AC${'a'.repeat(32)}/Calls.json`;
  const goodCall = {
    sid: `CA${'b'.repeat(32)}`,
    status: 'completed',
    duration: '42',
    start_time: 'Sun, 29 Nov 2026 14:03:00 +0000',
  };
  test.each([
    ['duration as a number', { calls: [{ ...goodCall, duration: 42 }] }],
    ['ISO date instead of RFC 2822', { calls: [{ ...goodCall, start_time: '2026-11-29T14:03:00Z' }] }],
    [
      'RFC 2822 date with the wrong weekday',
      { calls: [{ ...goodCall, start_time: 'Mon, 29 Nov 2026 14:03:00 +0000' }] },
    ],
    ['unknown call status', { calls: [{ ...goodCall, status: 'missed' }] }],
    ['page as a string', { calls: [goodCall], page: '0' }],
  ])('%s', (_, body) => {
    expect(validateResponse('GET', callsPath, 200, { calls: [goodCall] }).valid).toBe(true);
    expect(validateResponse('GET', callsPath, 200, body).valid).toBe(false);
  });
  test.each([
    ['an undeclared query parameter', 'GET', callsPath, { StartTimeAfter: '2026-11-28' }, {}],
    ['a badly formed account SID', 'GET', '/2010-04-01/Accounts/ACxyz/Calls.json', {}, {}],
    ['an unknown path', 'GET', `/2010-04-01/Accounts/AC${'a'.repeat(32)}/Missed.json`, {}, {}],
    [
      'an undeclared form field',
      'POST',
      `/2010-04-01/Accounts/AC${'a'.repeat(32)}/Messages.json`,
      {},
      { To: '+15125550123', Text: 'hi' },
    ],
    [
      'a missing required form field',
      'POST',
      `/2010-04-01/Accounts/AC${'a'.repeat(32)}/Messages.json`,
      {},
      { From: '+15125550100', Body: 'hi' },
    ],
    ['a page size over 1000', 'GET', callsPath, { PageSize: '5000' }, {}],
  ])('rejects %s', (_, method, path, query, form) => {
    expect(validateRequest(method, path, query, form).valid).toBe(false);
  });
  const account = `/2010-04-01/Accounts/AC${'a'.repeat(32)}`;
  test.each([
    [
      'a 24-hour call window',
      'GET',
      `${account}/Calls.json`,
      { 'StartTime>': '2026-11-28T14:03:00Z', PageSize: '1000' },
      {},
    ],
    ['a date-only filter', 'GET', `${account}/Messages.json`, { 'DateSent>': '2026-11-28', To: '+15125550100' }, {}],
    ['a wildcard number filter', 'GET', `${account}/IncomingPhoneNumbers.json`, { PhoneNumber: '555010*' }, {}],
    [
      'clearing a status callback',
      'POST',
      `${account}/IncomingPhoneNumbers/PN${'b'.repeat(32)}.json`,
      {},
      { StatusCallback: '', StatusCallbackMethod: 'POST' },
    ],
    [
      'a text through a Messaging Service',
      'POST',
      `${account}/Messages.json`,
      {},
      { To: '+15125550123', MessagingServiceSid: `MG${'c'.repeat(32)}`, Body: 'Hi' },
    ],
    ['a line-type lookup', 'GET', '/v2/PhoneNumbers/+15125550123', { Fields: 'line_type_intelligence' }, {}],
  ])('accepts %s', (_, method, path, query, form) => {
    expect(validateRequest(method, path, query, form)).toEqual({ valid: true, errors: [] });
  });
  test("an error answer must be Twilio's envelope", () => {
    expect(
      validateResponse('GET', callsPath, 404, {
        code: 20404,
        message: 'x',
        more_info: 'https://www.twilio.com/docs/errors/20404',
        status: 404,
      }).valid,
    ).toBe(true);
    expect(validateResponse('GET', callsPath, 404, { error: 'not found' }).valid).toBe(false);
  });
});

contract('every sandbox answer matches the OpenAPI description', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.stop());

  async function exchanges(): Promise<Array<{ label: string; answer: SandboxAnswer }>> {
    const client = sandboxClient(sandbox, { username: sandbox.accountSid, password: sandbox.authToken });
    const main = sandbox.state.numbers[0];
    const voicemail = sandbox.state.recordings[0];
    const callSid = sandbox.callSid('voicemail');
    const runs: Array<[string, () => Promise<SandboxAnswer>]> = [
      ['account', () => client.get('.json')],
      ['numbers', () => client.get('/IncomingPhoneNumbers.json', { PhoneNumber: main.phoneNumber, PageSize: '2' })],
      ['number', () => client.get(`/IncomingPhoneNumbers/${main.sid}.json`)],
      [
        'number update',
        () =>
          client.post(`/IncomingPhoneNumbers/${main.sid}.json`, {
            StatusCallback: 'https://hooks.zapier.com/hooks/standard/1/abc/',
            StatusCallbackMethod: 'POST',
          }),
      ],
      [
        'calls',
        () =>
          client.get('/Calls.json', {
            'StartTime>': new Date(Date.now() - 86_400_000).toISOString(),
            PageSize: '1000',
          }),
      ],
      ['calls by parent', () => client.get('/Calls.json', { ParentCallSid: callSid })],
      [
        'calls paged',
        () => client.get('/Calls.json', { To: main.phoneNumber, Status: 'completed', PageSize: '5', Page: '1' }),
      ],
      ['call', () => client.get(`/Calls/${callSid}.json`)],
      ['recordings', () => client.get('/Recordings.json', { CallSid: callSid })],
      ['recordings by date', () => client.get('/Recordings.json', { 'DateCreated>': '2026-01-01', PageSize: '50' })],
      ['recording', () => client.get(`/Recordings/${voicemail.sid}.json`)],
      ['transcriptions', () => client.get('/Transcriptions.json', { PageSize: '1000' })],
      ['transcriptions paged', () => client.get('/Transcriptions.json', { PageSize: '1', Page: '1' })],
      ['transcription', () => client.get(`/Transcriptions/${sandbox.state.transcriptions[0].sid}.json`)],
      ['unknown transcription', () => client.get(`/Transcriptions/TR${'0'.repeat(32)}.json`)],
      ['transcriptions of a recording', () => client.get(`/Recordings/${voicemail.sid}/Transcriptions.json`)],
      ['messages', () => client.get('/Messages.json', { To: main.phoneNumber, PageSize: '20' })],
      [
        'messages by date',
        () => client.get('/Messages.json', { 'DateSent>': new Date(Date.now() - 3 * 86_400_000).toISOString() }),
      ],
      ['message', () => client.get(`/Messages/${sandbox.state.messages[0].sid}.json`)],
      [
        'send',
        () =>
          client.post('/Messages.json', {
            To: '+15125550123',
            From: main.phoneNumber,
            Body: 'Rapid Rooter Plumbing here. Reply STOP to opt out.',
          }),
      ],
      [
        'send via messaging service',
        () =>
          client.post('/Messages.json', {
            To: '+15125550124',
            MessagingServiceSid: sandbox.state.messagingServices[0].sid,
            Body: 'Hi from Rapid Rooter',
          }),
      ],
      [
        'send to opted-out',
        () => client.post('/Messages.json', { To: '+15125550129', From: main.phoneNumber, Body: 'Hi' }),
      ],
      ['send to invalid', () => client.post('/Messages.json', { To: '+1555012', From: main.phoneNumber, Body: 'Hi' })],
      ['send abroad', () => client.post('/Messages.json', { To: '+442079460018', From: main.phoneNumber, Body: 'Hi' })],
      ['unknown call', () => client.get(`/Calls/CA${'0'.repeat(32)}.json`)],
      ['lookup', () => client.get('/v2/PhoneNumbers/+15125550131', { Fields: 'line_type_intelligence' })],
      ['lookup mobile', () => client.get('/v2/PhoneNumbers/+18765550142', { Fields: 'line_type_intelligence' })],
      ['lookup invalid', () => client.get('/v2/PhoneNumbers/+1555012', { Fields: 'line_type_intelligence' })],
      [
        'wrong token',
        () => sandboxClient(sandbox, { username: sandbox.accountSid, password: 'wrong' }).get('/Calls.json'),
      ],
      ...messagingV1Exchanges(sandbox),
    ];
    const results: Array<{ label: string; answer: SandboxAnswer }> = [];
    for (const [label, run] of runs) results.push({ label, answer: await run() });
    return results;
  }

  test('requests and answers of every endpoint', async () => {
    sandbox.resetRequests();
    const results = await exchanges();
    expect(sandbox.requests).toHaveLength(results.length);
    const problems = results.flatMap(({ label, answer }, index) => {
      const request = sandbox.requests[index];
      const checks = [
        validateRequest(request.method, request.path, request.query, request.form),
        validateResponse(request.method, request.path, answer.status, answer.body),
      ];
      return checks.flatMap((check) => check.errors.map((error) => `${label} (${answer.status}): ${error}`));
    });
    expect(problems).toEqual([]);
    // Both success and error answers were exercised.
    expect(results.map(({ answer }) => answer.status)).toEqual(expect.arrayContaining([200, 201, 400, 401, 404]));
  });
});

test('without the spec files the flag is off and the message says where they were looked for', () => {
  const saved = process.env.TWILIO_OAI_DIR;
  process.env.TWILIO_OAI_DIR = '/nonexistent/twilio-oai';
  try {
    jest.isolateModules(() => {
      const helper = require('../helpers/openapi') as typeof import('../helpers/openapi');
      expect(helper.OPENAPI_AVAILABLE).toBe(false);
      expect(helper.OPENAPI_MISSING).toContain('/nonexistent/twilio-oai');
      expect(() => helper.validateResponse('GET', '/2010-04-01/Accounts/AC1.json', 200, {})).toThrow(
        /not in \/nonexistent/,
      );
    });
  } finally {
    if (saved === undefined) delete process.env.TWILIO_OAI_DIR;
    else process.env.TWILIO_OAI_DIR = saved;
  }
});
