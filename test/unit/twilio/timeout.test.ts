import { twilioClient } from '../../../lib/twilio/client';
import type { HttpRequest, ZapierLike } from '../../../lib/twilio/http';
import { DEFAULT_TIMEOUT_MS, requestTimeoutMs } from '../../../lib/twilio/timeout';

describe('the request timeout', () => {
  test.each([
    [undefined, DEFAULT_TIMEOUT_MS],
    ['1500', 1500],
    [' 800 ', 800],
    ['0', DEFAULT_TIMEOUT_MS],
    ['-5', DEFAULT_TIMEOUT_MS],
    ['1e3', DEFAULT_TIMEOUT_MS],
    ['60000', DEFAULT_TIMEOUT_MS],
    ['9999999999', DEFAULT_TIMEOUT_MS],
    ['soon', DEFAULT_TIMEOUT_MS],
  ])('TWILIO_CLIENT_TIMEOUT_MS=%j gives %i ms: it can only be lowered', (value, expected) => {
    expect(requestTimeoutMs({ TWILIO_CLIENT_TIMEOUT_MS: value })).toBe(expected);
  });

  test('every request to Twilio carries it, read when the request is made', async () => {
    const log: HttpRequest[] = [];
    const z = {
      request: async (request: HttpRequest) => {
        log.push(request);
        return { status: 200, content: '{"sid":"AC0123456789abcdef0123456789abcdef"}', getHeader: () => undefined };
      },
      errors: {},
    } as unknown as ZapierLike;
    const client = twilioClient(z, { account_sid: 'AC0123456789abcdef0123456789abcdef', auth_token: 'secret-token' });
    const saved = process.env.TWILIO_CLIENT_TIMEOUT_MS;
    try {
      delete process.env.TWILIO_CLIENT_TIMEOUT_MS;
      await client.fetchAccount();
      process.env.TWILIO_CLIENT_TIMEOUT_MS = '1200';
      await client.fetchAccount();
    } finally {
      if (saved === undefined) delete process.env.TWILIO_CLIENT_TIMEOUT_MS;
      else process.env.TWILIO_CLIENT_TIMEOUT_MS = saved;
    }
    expect(log.map((request) => request.timeout)).toEqual([20000, 1200]);
  });
});
