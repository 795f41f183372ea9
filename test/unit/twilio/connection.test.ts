import { readConnection } from '../../../lib/twilio/connection';

/**
 * The API Host is where the app sends the account's credentials (HTTP Basic on every request), so an address
 * that is not plainly a host is refused before any request (contract, "Connection (additions)").
 */
const AUTH = { account_sid: 'AC0123456789abcdef0123456789abcdef', auth_token: 'secret-token' };
/** The sentence refusing the API Host, or the accepted connection (which then matches no sentence). */
const problem = (api_base_url: string) => {
  const checked = readConnection({ ...AUTH, api_base_url });
  return checked.ok ? checked.value : checked.problem;
};

describe('an API Host with user info is refused, and the user info is never repeated', () => {
  test.each([
    ['https://api.twilio.com@evil.example', 'api.twilio.com@'],
    ['https://user:s3cret-pass@api.twilio.com', 's3cret-pass'],
    ['https://AC0123456789abcdef0123456789abcdef:tok3n@api.twilio.com', 'tok3n'],
    ['https://s3cret-pass@api.twilio.com/', 's3cret-pass'],
    ['https://:s3cret-pass@api.twilio.com', 's3cret-pass'],
    ['http://us3r:s3cret-pass@127.0.0.1:4010', 's3cret-pass'],
    ['https://us3r:s3cret pass@api.twilio.com', 's3cret pass'],
    ['https://us3r:s3cret-pass@', 's3cret-pass'],
  ])('%s', (url, secret) => {
    const message = problem(url);
    expect(typeof message).toBe('string');
    expect(message).toMatch(/user name or password/);
    expect(message).not.toContain(secret);
  });
});

describe('an API Host with a query or a fragment is refused', () => {
  test.each([
    'https://api.twilio.com?x=1',
    'https://api.twilio.com/?AccountSid=AC1',
    'https://api.twilio.com#frag',
    'https://api.twilio.com?',
    'https://api.twilio.com/#',
  ])('%s', (url) => expect(problem(url)).toEqual(expect.stringMatching(/\? or #/)));
});

describe('private, link-local and cloud-metadata hosts are refused, however they are written', () => {
  test.each([
    'https://10.0.0.5',
    'https://10.255.255.255:8443',
    'https://172.16.0.1',
    'https://172.31.255.254',
    'https://192.168.1.10',
    'https://169.254.169.254',
    'https://169.254.169.254/latest/meta-data',
    'https://2852039166',
    'https://0xa9fea9fe',
    'https://0251.0376.0251.0376',
    'https://[fd00::1]',
    'https://[fd12:3456::1]',
    'https://[fc00::1]',
    'https://[fe80::1]',
    'https://[::ffff:169.254.169.254]',
    'https://[::ffff:10.0.0.1]',
    'https://metadata.google.internal',
    'https://METADATA.GOOGLE.INTERNAL.',
    'https://db.internal',
    'https://api.corp.internal:8443',
    'https://0.0.0.0',
    'https://100.100.100.200',
    'https://[::]',
    'https://[64:ff9b::169.254.169.254]',
    'https://[::10.0.0.1]',
    'https://[febf::1]',
    'https://[fec0::1]',
    'https://metadata.google.internal..',
    'https://db.internal...:8443',
    // A name of one label resolves only through a network's own search domains: GCE's "metadata", "intranet".
    'https://metadata',
    'https://metadata.',
    'https://intranet:8443',
  ])('%s', (url) => {
    expect(problem(url)).toEqual(expect.stringMatching(/private or internal network address/));
  });

  test.each([
    ['https://api.twilio.com', 'https://api.twilio.com'],
    ['https://api.dublin.ie1.twilio.com', 'https://api.dublin.ie1.twilio.com'],
    ['https://example.signalwire.com/api/laml', 'https://example.signalwire.com/api/laml'],
    ['https://172.32.0.1', 'https://172.32.0.1'],
    ['https://172.15.0.1', 'https://172.15.0.1'],
    ['https://11.0.0.1', 'https://11.0.0.1'],
    ['https://internal.example.com', 'https://internal.example.com'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://localhost:4010', 'http://localhost:4010'],
    ['http://[::1]:4010', 'http://[::1]:4010'],
    ['https://127.0.0.1:4010', 'https://127.0.0.1:4010'],
    ['https://[2001:db8::1]', 'https://[2001:db8::1]'],
    ['http://localhost.:4010', 'http://localhost.:4010'],
    ['https://localhost:4010', 'https://localhost:4010'],
  ])('%s is still fine', (url, base) => {
    expect(readConnection({ ...AUTH, api_base_url: url })).toMatchObject({ ok: true, value: { apiBaseUrl: base } });
  });
});

describe('http:// only for this computer', () => {
  test.each([
    'http://api.twilio.com',
    'http://localhost.evil.example',
    'http://127.0.0.1.nip.io',
    'http://8.8.8.8',
    'http://10.0.0.5:8080',
    'http://169.254.169.254',
  ])('%s', (url) => {
    expect(problem(url)).toEqual(expect.stringMatching(/must start with https:\/\//));
  });
});

test('every refusal is one plain sentence or two, with no code words', () => {
  for (const url of [
    'https://a:b@c',
    'https://api.twilio.com?x',
    'https://10.0.0.1',
    'http://example.com',
    'ftp://x',
    'not a url',
  ]) {
    const message = String(problem(url));
    expect(message).toMatch(/^[A-Z].*\.$/);
    expect(message).not.toMatch(/SSRF|RFC|userinfo|undefined|null/);
  }
});
