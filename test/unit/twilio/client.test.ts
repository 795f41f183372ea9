import { twilioClient } from '../../../lib/twilio/client';
import { lookupBaseUrl, readConnection } from '../../../lib/twilio/connection';
import { refusalSentence, twilioError } from '../../../lib/twilio/error-table';
import type { HttpRequest, HttpResponse, ZapierLike } from '../../../lib/twilio/http';

/** Zapier's error classes, reduced to what the table decides: kind, message and code. */
class AppError extends Error {
  constructor(
    message: string,
    public code?: string,
    public status?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
class ThrottledError extends Error {
  constructor(
    message: string,
    public delay?: number,
  ) {
    super(message);
    this.name = 'ThrottledError';
  }
}
class ExpiredAuthError extends Error {
  override name = 'ExpiredAuthError';
}
class HaltedError extends Error {
  override name = 'HaltedError';
}

function fakeZ(
  answer: (request: HttpRequest) => HttpResponse | Promise<HttpResponse>,
  log: HttpRequest[] = [],
): ZapierLike {
  return {
    request: async (request) => {
      log.push(request);
      return answer(request);
    },
    errors: { Error: AppError, ThrottledError, ExpiredAuthError, HaltedError },
  };
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  content: typeof body === 'string' ? body : JSON.stringify(body),
  getHeader: (name) => headers[name.toLowerCase()],
});
const SID = 'AC0123456789abcdef0123456789abcdef';
const AUTH = { account_sid: SID, auth_token: 'secret-token' };

describe('the connection', () => {
  test.each([
    [{ account_sid: 'AC123', auth_token: 'x' }, /Account SID should start with AC/],
    [{ account_sid: '', auth_token: 'x' }, /Account SID/],
    [{ account_sid: SID, auth_token: '  ' }, /Auth Token is empty/],
    [{ account_sid: SID, auth_token: 'x', api_key_sid: 'AK123' }, /API Key SID should start with SK/],
    [{ account_sid: SID, auth_token: 'x', api_base_url: 'http://api.twilio.com' }, /must start with https:\/\//],
    [{ account_sid: SID, auth_token: 'x', api_base_url: 'http://10.0.0.5:8080' }, /must start with https:\/\//],
    [{ account_sid: SID, auth_token: 'x', api_base_url: 'not a url' }, /not a web address/],
    [{ account_sid: SID, auth_token: 'x', api_base_url: 'ftp://api.twilio.com' }, /must start with https:\/\//],
  ])('%j is refused in plain words', (authData, message) => {
    expect(readConnection(authData)).toEqual({ ok: false, problem: expect.stringMatching(message) });
  });

  test.each([
    [undefined, 'https://api.twilio.com', 'https://lookups.twilio.com'],
    ['', 'https://api.twilio.com', 'https://lookups.twilio.com'],
    ['https://api.twilio.com/', 'https://api.twilio.com', 'https://lookups.twilio.com'],
    ['https://api.dublin.ie1.twilio.com', 'https://api.dublin.ie1.twilio.com', 'https://lookups.dublin.ie1.twilio.com'],
    [
      'https://example.signalwire.com/api/laml',
      'https://example.signalwire.com/api/laml',
      'https://example.signalwire.com/api/laml',
    ],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://localhost:4010', 'http://localhost:4010', 'http://localhost:4010'],
    ['http://[::1]:4010', 'http://[::1]:4010', 'http://[::1]:4010'],
  ])('API host %j → %s, Lookup at %s', (api_base_url, api, lookup) => {
    expect(readConnection({ ...AUTH, api_base_url })).toMatchObject({
      ok: true,
      value: { apiBaseUrl: api, lookupBaseUrl: lookup },
    });
  });

  test('an API key authenticates as key:secret; pasted values are trimmed', () => {
    expect(
      readConnection({ account_sid: ` ${SID} `, auth_token: ' s ', api_key_sid: 'SK0123456789abcdef0123456789abcdef' }),
    ).toMatchObject({
      ok: true,
      value: { accountSid: SID, username: 'SK0123456789abcdef0123456789abcdef', secret: 's', usesApiKey: true },
    });
  });

  test('lookupBaseUrl leaves non-Twilio hosts alone', () => {
    expect(lookupBaseUrl('https://twilio.example.com')).toBe('https://twilio.example.com');
  });
});

describe('the error table', () => {
  const REQUIRED = [
    20003, 20404, 20429, 21211, 21212, 21408, 21606, 21610, 21612, 21614, 21635, 30003, 30005, 30006, 30007, 30034,
  ];
  test('has a plain sentence for every code the app must explain', () => {
    for (const code of REQUIRED) {
      expect(refusalSentence(code)).toMatch(/^[A-Z].+\.$/);
    }
  });

  test.each([
    [401, { code: 20003, message: 'Authenticate' }, 'ExpiredAuthError', /did not accept the Account SID/],
    [404, { code: 20404, message: 'not found' }, 'AppError', /could not find/],
    [429, { code: 20429, message: 'Too Many Requests' }, 'ThrottledError', /too many requests/],
    [429, {}, 'ThrottledError', /too many requests/],
    [500, { message: 'oops' }, 'ThrottledError', /temporary problem \(HTTP 500\)/],
    [503, 'not json', 'ThrottledError', /temporary problem \(HTTP 503\)/],
    [400, { code: 21211, message: "Invalid 'To'" }, 'AppError', /recipient's phone number is not valid.*21211/],
    [400, { code: 21212, message: "Invalid 'From'" }, 'AppError', /number to send from is not valid/],
    [400, { code: 21408, message: 'Permission' }, 'AppError', /Geo Permissions/],
    [400, { code: 21606, message: 'not SMS capable' }, 'AppError', /cannot send text messages/],
    [400, { code: 21610, message: 'unsubscribed' }, 'AppError', /replied STOP/],
    [400, { code: 21612, message: 'cannot route' }, 'AppError', /cannot deliver/],
    [400, { code: 21614, message: 'not mobile' }, 'AppError', /not a mobile number/],
    [400, { code: 21635, message: 'landline' }, 'AppError', /landline/],
    [400, { code: 30003, message: 'unreachable' }, 'AppError', /switched off/],
    [400, { code: 30005, message: 'unknown' }, 'AppError', /does not exist/],
    [400, { code: 30006, message: 'landline' }, 'AppError', /landline/],
    [400, { code: 30007, message: 'filtered' }, 'AppError', /spam/],
    [400, { code: 30034, message: 'unregistered' }, 'AppError', /A2P 10DLC/],
    [
      400,
      { code: 99999, message: 'Something new', more_info: 'https://www.twilio.com/docs/errors/99999' },
      'AppError',
      /^Something new \(Twilio error 99999, https:\/\/www.twilio.com\/docs\/errors\/99999\)$/,
    ],
    [418, {}, 'AppError', /HTTP 418/],
  ])('HTTP %i %j → %s', (status, body, kind, message) => {
    const error = twilioError(
      fakeZ(() => json(200, {})),
      status,
      typeof body === 'string' ? {} : body,
    );
    expect(error.name).toBe(kind);
    expect(error.message).toMatch(message);
    if (typeof body === 'object' && 'code' in body) expect(error.twilioCode).toBe(body.code);
  });

  test('Retry-After reaches Zapier as the delay', async () => {
    const client = twilioClient(
      fakeZ(() => json(429, { code: 20429 }, { 'retry-after': '17' })),
      AUTH,
    );
    await expect(client.fetchAccount()).rejects.toMatchObject({ name: 'ThrottledError', delay: 17 });
  });
});

describe('requests', () => {
  test('every request goes through z.request with Basic auth, JSON, and the account path', async () => {
    const log: HttpRequest[] = [];
    const client = twilioClient(
      fakeZ(() => json(200, { sid: SID, friendly_name: 'Rapid Rooter', status: 'active' }), log),
      AUTH,
    );
    expect(await client.fetchAccount()).toEqual({ sid: SID, friendly_name: 'Rapid Rooter', status: 'active' });
    expect(log[0]).toMatchObject({
      url: `https://api.twilio.com/2010-04-01/Accounts/${SID}.json`,
      method: 'GET',
      headers: { Authorization: `Basic ${Buffer.from(`${SID}:secret-token`).toString('base64')}` },
      skipThrowForStatus: true,
      throwForThrottlingEarly: false,
    });
  });

  test('lists follow next_page_uri, under a base path too', async () => {
    const log: HttpRequest[] = [];
    const pages: Record<string, unknown> = {
      first: {
        calls: [{ sid: 'CA1', start_time: 'Sun, 29 Nov 2026 14:03:00 +0000', duration: '32' }],
        next_page_uri: `/api/laml/2010-04-01/Accounts/${SID}/Calls.json?Page=1&PageToken=PA1`,
      },
      second: {
        calls: [{ sid: 'CA2', start_time: 'Sun, 29 Nov 2026 13:00:00 +0000', duration: null }],
        next_page_uri: null,
      },
    };
    const z = fakeZ((request) => json(200, request.url.includes('PageToken') ? pages.second : pages.first), log);
    const client = twilioClient(z, { ...AUTH, api_base_url: 'https://example.signalwire.com/api/laml' });
    const calls = await client.listCalls({ Status: 'busy' });
    expect(calls.map((call) => [call.sid, call.start_time, call.duration_seconds])).toEqual([
      ['CA1', '2026-11-29T14:03:00Z', 32],
      ['CA2', '2026-11-29T13:00:00Z', null],
    ]);
    expect(log.map((request) => request.url)).toEqual([
      `https://example.signalwire.com/api/laml/2010-04-01/Accounts/${SID}/Calls.json`,
      `https://example.signalwire.com/api/laml/2010-04-01/Accounts/${SID}/Calls.json?Page=1&PageToken=PA1`,
    ]);
    expect(log[0].params).toEqual({ PageSize: '1000', Status: 'busy' });
  });

  test('Lookup goes to the lookups host', async () => {
    const log: HttpRequest[] = [];
    const client = twilioClient(
      fakeZ(
        () => json(200, { phone_number: '+15125550123', valid: true, line_type_intelligence: { type: 'landline' } }),
        log,
      ),
      AUTH,
    );
    expect(await client.lookupLineType('+15125550123')).toEqual({
      phone_number: '+15125550123',
      valid: true,
      line_type: 'landline',
    });
    expect(log[0].url).toBe('https://lookups.twilio.com/v2/PhoneNumbers/%2B15125550123');
    expect(log[0].params).toEqual({ Fields: 'line_type_intelligence' });
  });

  test.each([
    [
      'an unreachable host',
      () => {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
      },
      /Could not reach api.twilio.com/,
    ],
    [
      'a timeout',
      () => {
        throw new Error('network timeout at: https://api.twilio.com');
      },
      /did not answer in time/,
    ],
    ['a garbage answer', () => json(200, '<html>'), /could not read/],
    ['a list without its list', () => json(200, { page: 0 }), /could not read/],
  ])('%s is a plain error, never a TypeError', async (_name, answer, message) => {
    const client = twilioClient(fakeZ(answer), AUTH);
    const attempt = client.listCalls({});
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.not.toBeInstanceOf(TypeError);
  });

  test('a malformed connection fails before any request', () => {
    const log: HttpRequest[] = [];
    expect(() =>
      twilioClient(
        fakeZ(() => json(200, {}), log),
        { account_sid: 'nope', auth_token: 'x' },
      ),
    ).toThrow(/Account SID/);
    expect(log).toEqual([]);
  });
});
