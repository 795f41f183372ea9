import { twilioClient } from '../../../lib/twilio/client';
import type { HttpRequest } from '../../../lib/twilio/http';
import { answer, fakeZ } from '../../helpers/fake-z';

/**
 * Page links come from the server: the client follows one only when it is a page of this account's list on the
 * connection's own host (contract, "Twilio client (additions)"), so the credentials never travel anywhere else.
 */
const SID = 'AC0123456789abcdef0123456789abcdef';
const OTHER = 'ACffffffffffffffffffffffffffffffff';
const AUTH = { account_sid: SID, auth_token: 'secret-token' };
const CALLS = `/2010-04-01/Accounts/${SID}/Calls.json`;
const REFUSED = /next page[^.]*outside this account's lists on api\.twilio\.com/;

const callsPage = (next: unknown, sid = 'CA1') => answer(200, { calls: [{ sid }], next_page_uri: next });

/** Lists calls with every page answering `next`; resolves to the error (if any) and the URLs requested. */
async function listWithLink(next: unknown, authData: Record<string, string> = AUTH) {
  const log: HttpRequest[] = [];
  const client = twilioClient(
    fakeZ(() => callsPage(next), log),
    authData,
  );
  const error = await client.listCalls({}).then(
    () => undefined,
    (failure: Error) => failure,
  );
  return { error, urls: log.map((request) => request.url) };
}

describe('a hostile next_page_uri is refused, and nothing is requested from it', () => {
  test.each([
    ['user info joined to the host', `@evil.example${CALLS}?Page=1`],
    ['a network-path reference', `//evil.example${CALLS}?Page=1`],
    ['another host, absolute', `https://evil.example${CALLS}?Page=1`],
    ['a look-alike host', `https://api.twilio.com.evil.example${CALLS}`],
    ['user info in an absolute URL', `https://user:pw@api.twilio.com${CALLS}`],
    ['the same host over http', `http://api.twilio.com${CALLS}`],
    ['the same host on another port', `https://api.twilio.com:8443${CALLS}`],
    ['another account', `/2010-04-01/Accounts/${OTHER}/Calls.json?Page=1`],
    ['another API version', `/2008-08-01/Accounts/${SID}/Calls.json`],
    ['the account itself, outside its lists', `/2010-04-01/Accounts/${SID}`],
    ['dot segments climbing out', `/2010-04-01/Accounts/${SID}/../../../latest/meta-data/`],
    ['encoded dot segments', `/2010-04-01/Accounts/${SID}/%2e%2e/%2e%2e/latest`],
    ['an encoded slash', `/2010-04-01/Accounts/${SID}%2F..%2F${OTHER}/Calls.json`],
    ['a backslash', `/\\evil.example${CALLS}`],
    ['backslashes only', `\\\\evil.example${CALLS}`],
    ['an @ in the query', `${CALLS}?Page=1&x=@evil.example`],
    ['a fragment', `${CALLS}?Page=1#@evil.example`],
    ['a leading space', ` ${CALLS}?Page=1`],
    ['a tab inside', `/2010-04-01/Accounts/${SID}/\tCalls.json`],
    ['full-width slashes', `／／evil.example${CALLS}`],
    ['a relative path', `Calls.json?Page=1`],
    ['another scheme', `javascript:alert(1)`],
    ['not text', 42],
  ])('%s', async (_what, link) => {
    const { error, urls } = await listWithLink(link);
    expect(error?.name).toBe('AppError');
    expect(error?.message).toMatch(REFUSED);
    expect(urls).toEqual([`https://api.twilio.com${CALLS}`]);
  });

  test('the refusal does not repeat the link', async () => {
    const { error } = await listWithLink(`@evil.example${CALLS}`);
    expect(error?.message).not.toContain('evil');
  });
});

describe('page links of the account are followed', () => {
  test.each([
    [
      'Twilio',
      AUTH,
      `${CALLS}?PageSize=1000&Page=1&PageToken=PA1`,
      `https://api.twilio.com${CALLS}?PageSize=1000&Page=1&PageToken=PA1`,
    ],
    [
      'an absolute link on the same host',
      AUTH,
      `https://api.twilio.com${CALLS}?Page=1`,
      `https://api.twilio.com${CALLS}?Page=1`,
    ],
    [
      'SignalWire, link with its base path',
      { ...AUTH, api_base_url: 'https://example.signalwire.com/api/laml' },
      `/api/laml${CALLS}?Page=1`,
      `https://example.signalwire.com/api/laml${CALLS}?Page=1`,
    ],
    [
      'SignalWire, link without its base path',
      { ...AUTH, api_base_url: 'https://example.signalwire.com/api/laml' },
      `${CALLS}?Page=1`,
      `https://example.signalwire.com/api/laml${CALLS}?Page=1`,
    ],
  ])('%s', async (_what, authData, link, followed) => {
    const log: HttpRequest[] = [];
    const client = twilioClient(
      fakeZ(() => (log.length === 1 ? callsPage(link, 'CA1') : callsPage(null, 'CA2')), log),
      authData,
    );
    expect((await client.listCalls({})).map((call) => call.sid)).toEqual(['CA1', 'CA2']);
    expect(log[1].url).toBe(followed);
  });
});

describe('a page link that repeats an earlier one ends the paging', () => {
  test('a page that links to itself is read once more, not 50 times', async () => {
    const { error, urls } = await listWithLink(`${CALLS}?Page=1`);
    expect(error).toBeUndefined();
    expect(urls).toHaveLength(2);
  });

  test('two pages that link to each other are each read once', async () => {
    const log: HttpRequest[] = [];
    const links = [`${CALLS}?Page=1`, `${CALLS}?Page=2`];
    const client = twilioClient(
      fakeZ(() => callsPage(links[log.length % 2], `CA${log.length}`), log),
      AUTH,
    );
    expect((await client.listCalls({})).map((call) => call.sid)).toEqual(['CA1', 'CA2', 'CA3']);
    expect(log).toHaveLength(3);
  });
});

describe('Messaging v1 pages under the same rule', () => {
  const servicesPage = (next: string) =>
    answer(200, { services: [{ sid: 'MG1' }], meta: { key: 'services', next_page_url: next } });

  test.each([
    ['another host', 'https://evil.example.com/v1/Services?Page=1'],
    ['user info', 'https://messaging.twilio.com@evil.example.com/v1/Services?Page=1'],
    ['a network-path reference', '//evil.example.com/v1/Services?Page=1'],
    ['another API of the host', 'https://messaging.twilio.com/v2/Services?Page=1'],
    ['the 2010 API host instead', `https://api.twilio.com${CALLS}`],
  ])('%s is refused', async (_what, next) => {
    const log: HttpRequest[] = [];
    const client = twilioClient(
      fakeZ(() => servicesPage(next), log),
      AUTH,
    );
    await expect(client.listMessagingServices()).rejects.toThrow(/next page[^.]*outside this account's lists/);
    expect(log).toHaveLength(1);
  });

  test('a repeated link ends the paging', async () => {
    const log: HttpRequest[] = [];
    const client = twilioClient(
      fakeZ(() => servicesPage('https://messaging.twilio.com/v1/Services?Page=1'), log),
      AUTH,
    );
    await expect(client.listMessagingServices()).resolves.toHaveLength(2);
    expect(log).toHaveLength(2);
  });
});

describe('redirects', () => {
  test('every request asks Zapier not to follow redirects', async () => {
    const log: HttpRequest[] = [];
    await twilioClient(
      fakeZ(() => answer(200, { sid: SID }), log),
      AUTH,
    ).fetchAccount();
    expect(log[0]).toMatchObject({ redirect: 'manual' });
  });

  test.each([301, 302, 303, 307, 308])('a %i is refused in plain words, and not followed', async (status) => {
    const log: HttpRequest[] = [];
    const client = twilioClient(
      fakeZ(() => answer(status, '', { location: 'http://169.254.169.254/latest/meta-data/' }), log),
      AUTH,
    );
    const error = await client.listCalls({}).catch((failure: Error) => failure);
    expect(error).toMatchObject({ name: 'AppError' });
    expect((error as Error).message).toMatch(
      /api\.twilio\.com answered with a redirect to 169\.254\.169\.254 instead of an answer/,
    );
    expect(log).toHaveLength(1);
  });
});
