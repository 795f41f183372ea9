import { twilioClient } from '../../../lib/twilio/client';
import { sendOutcome } from '../../../lib/twilio/error-table';
import type { HttpResponse } from '../../../lib/twilio/http';
import { answer, fakeZ } from '../../helpers/fake-z';

/**
 * What a failed send says about the text (contract, "Exactly once" and "Twilio client (additions)"): only Twilio's
 * 4xx refusal proves nothing went out; a drop, a timeout, a 5xx, a redirect or an unreadable answer may hide a text
 * that did. A lost answer to the send is said as such, never as a problem with the API Host.
 */
const AUTH = { account_sid: 'AC0123456789abcdef0123456789abcdef', auth_token: 'secret-token' };
const TEXT = { to: '+15125550123', from: '+15125550100', body: 'Sorry we missed your call' };
const LOST = "Twilio's answer to the text was lost; the step will be retried and will not send a second text.";

const networkError = (message: string, code?: string) => () => {
  throw Object.assign(new Error(message), code ? { code } : {});
};
const dropped = networkError('request to https://api.twilio.com/ failed, reason: socket hang up', 'ECONNRESET');
const timedOut = networkError('network timeout at: https://api.twilio.com/2010-04-01/Accounts/AC/Messages.json');
const refusedConnection = networkError('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED');

async function sendFailure(reply: () => HttpResponse) {
  return twilioClient(fakeZ(reply), AUTH)
    .createMessage(TEXT)
    .then(
      () => undefined,
      (error: Error & { delay?: number }) => error,
    );
}

describe('a send whose answer was lost', () => {
  test.each([
    ['the connection dropped', dropped],
    ['the request timed out', timedOut],
  ])('%s: the lost-answer sentence, retried by Zapier', async (_what, reply) => {
    const error = await sendFailure(reply);
    expect(error?.message).toBe(LOST);
    expect(error?.message).not.toMatch(/API Host/);
    expect(error?.name).toBe('ThrottledError');
    expect(sendOutcome(error)).toBe('unknown');
  });

  test('a host that refuses the connection is still an API Host problem, and nothing was sent', async () => {
    const error = await sendFailure(refusedConnection);
    expect(error?.message).toMatch(/Could not reach api\.twilio\.com\. Check the API Host.*Nothing was sent/);
  });

  test('a dropped read is not called an API Host problem', async () => {
    const error = (await twilioClient(fakeZ(dropped), AUTH)
      .listCalls({})
      .catch((failure: Error) => failure)) as Error;
    expect(error.message).toMatch(/connection to Twilio \(api\.twilio\.com\) dropped before it answered/);
    expect(error.message).not.toMatch(/API Host/);
  });
});

describe('the outcome of a failed send: refused by Twilio, or unknown', () => {
  test.each([
    ['Twilio refused the number (21211)', 'refused', () => answer(400, { code: 21211, status: 400 })],
    ['a STOP block (21610)', 'refused', () => answer(400, { code: 21610, status: 400 })],
    ['rate limited (429)', 'refused', () => answer(429, { code: 20429, status: 429 })],
    ['a bad connection (401)', 'refused', () => answer(401, { code: 20003, status: 401 })],
    ["a proxy's 403 page, without Twilio's code", 'unknown', () => answer(403, '<html>Forbidden</html>')],
    ["Twilio's 500", 'unknown', () => answer(500, { code: 20500, status: 500 })],
    ["a load balancer's 503 page", 'unknown', () => answer(503, '<html>Service Unavailable</html>')],
    ['an unreadable 200', 'unknown', () => answer(200, '<html>')],
    ['a 201 without a message SID', 'unknown', () => answer(201, { status: 'queued' })],
    ['a redirect', 'unknown', () => answer(302, '', { location: 'https://elsewhere.example/' })],
    ['a drop', 'unknown', dropped],
    ['a timeout', 'unknown', timedOut],
    ['a refused connection', 'unknown', refusedConnection],
  ])('%s → %s', async (_what, outcome, reply) => {
    expect(sendOutcome(await sendFailure(reply))).toBe(outcome);
  });

  test('an error that is not the client’s counts as unknown', () => {
    expect(sendOutcome(new TypeError('x'))).toBe('unknown');
    expect(sendOutcome(undefined)).toBe('unknown');
  });
});
