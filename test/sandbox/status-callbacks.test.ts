import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateRequest as validTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { TRACKING_LINE } from '../../sandbox/scenario';
import type { Sandbox } from '../../sandbox/server';
import { RFC_2822, startSandboxApi } from '../helpers/sandbox-api';

/** The status callback Twilio sends a number's webhook when a call ends, signed as Twilio signs it. */

let sandbox: Sandbox;

beforeAll(async () => ({ sandbox } = await startSandboxApi()));
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.faults.clear());

describe('status callbacks', () => {
  function hookServer(): Promise<{
    url: string;
    received: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }>;
    close(): void;
  }> {
    const received: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        received.push({ method: request.method!, url: request.url!, headers: request.headers, body });
        response.end('ok');
      });
    });
    return new Promise((resolve) =>
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        resolve({ url: `http://127.0.0.1:${port}/hooks/catch/1/abc/`, received, close: () => server.close() });
      }),
    );
  }

  test("the request carries Twilio's parameters and a valid signature", () => {
    const sid = sandbox.callSid('tracking-line-missed');
    const request = sandbox.statusCallbackRequest(sid);
    expect(request.url).toBe('https://calltracker.example.com/twilio/status');
    expect(request.method).toBe('POST');
    expect(request.params).toMatchObject({
      AccountSid: sandbox.accountSid,
      ApiVersion: '2010-04-01',
      CallSid: sid,
      CallStatus: 'no-answer',
      Called: TRACKING_LINE,
      Caller: '+17375550120',
      Direction: 'inbound',
      From: '+17375550120',
      To: TRACKING_LINE,
      CallDuration: '0',
      CallbackSource: 'call-progress-events',
      SequenceNumber: '0',
      FromCountry: 'US',
    });
    expect(request.params.Timestamp).toMatch(RFC_2822);
    expect(request.body).toBe(new URLSearchParams(request.params).toString());
    const signature = request.headers['X-Twilio-Signature'];
    expect(validTwilioSignature(sandbox.authToken, signature, request.url, request.params)).toBe(true);
    expect(validTwilioSignature('wrong-token', signature, request.url, request.params)).toBe(false);
    expect(
      validTwilioSignature(sandbox.authToken, signature, request.url, { ...request.params, CallStatus: 'completed' }),
    ).toBe(false);
    expect(validTwilioSignature(sandbox.authToken, signature, `${request.url}?x=1`, request.params)).toBe(false);
  });

  test('a number without a status callback needs an explicit URL', () => {
    expect(() => sandbox.statusCallbackRequest(sandbox.callSid('voicemail'))).toThrow(/no status callback/);
    const request = sandbox.statusCallbackRequest(
      sandbox.callSid('voicemail'),
      'https://hooks.zapier.com/hooks/standard/9/x/',
    );
    expect(request.params).toMatchObject({ CallStatus: 'completed', CallDuration: '75' });
  });

  test('delivered for real, POST and GET', async () => {
    const hook = await hookServer();
    try {
      const main = sandbox.state.numbers[0];
      const sid = sandbox.callSid('forwarded-no-answer');
      const post = await sandbox.deliverStatusCallback(sid, hook.url);
      expect(post).toEqual({ status: 200, body: 'ok' });
      const [posted] = hook.received;
      expect(posted.method).toBe('POST');
      const params = Object.fromEntries(new URLSearchParams(posted.body));
      expect(params.CallSid).toBe(sid);
      expect(
        validTwilioSignature(sandbox.authToken, posted.headers['x-twilio-signature'] as string, hook.url, params),
      ).toBe(true);

      main.statusCallback = hook.url;
      main.statusCallbackMethod = 'GET';
      await sandbox.deliverStatusCallback(sid);
      const got = hook.received[1];
      expect(got.method).toBe('GET');
      const fullUrl = `http://127.0.0.1${got.url.replace(/^/, `:${new URL(hook.url).port}`)}`;
      expect(new URL(fullUrl).searchParams.get('CallSid')).toBe(sid);
      expect(validTwilioSignature(sandbox.authToken, got.headers['x-twilio-signature'] as string, fullUrl, {})).toBe(
        true,
      );
    } finally {
      const main = sandbox.state.numbers[0];
      main.statusCallback = '';
      main.statusCallbackMethod = 'POST';
      hook.close();
    }
  });
});
