import { MAIN_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox } from '../helpers/app';
import { ownerMessage } from '../helpers/owner-errors';
import { witnessServer } from '../helpers/witness-server';

/**
 * Whatever the server answers, no request of the app leaves the connection's API host (contract, "Twilio client
 * (additions)"). The sandbox writes hostile page links and redirects; a second server on another origin, the
 * witness, records whether anything reached it.
 */
const sandbox = useSandbox();
const witness = witnessServer();
beforeAll(() => witness.start());
afterAll(() => witness.stop());
beforeEach(() => {
  sandbox().faults.clear();
  witness.requests.length = 0;
});

type Perform = Parameters<typeof run>[1];
const failure = (perform: Perform, inputData: Record<string, unknown>) =>
  run(sandbox(), perform, { inputData }).then(
    () => undefined,
    (error: Error) => error,
  );
const poll = () => failure(perform('triggers', 'missed_call'), {});
const calls = () => `/2010-04-01/Accounts/${sandbox().accountSid}/Calls.json`;

describe('hostile next-page links', () => {
  test.each([
    ['user info that turns the host into another', () => `@${witness.host}${calls()}?Page=1`],
    ['a network-path reference', () => `//${witness.host}${calls()}?Page=1`],
    ['an absolute URL to another origin', () => `${witness.url}${calls()}?Page=1`],
    ['a backslash the parser reads as a slash', () => `/\\${witness.host}${calls()}?Page=1`],
  ])('%s: refused in plain words, the witness never reached', async (_what, link) => {
    sandbox().faults.add({ kind: 'page_link', link: link(), path: 'Calls.json', count: 5 });
    const error = await poll();
    expect(error?.name).toBe('AppError');
    expect(ownerMessage(error)).toMatch(/next page[^.]*outside this account's lists on 127\.0\.0\.1/);
    expect(witness.requests).toEqual([]);
  });

  test('a Messaging v1 link to another origin: the readiness check never reaches it', async () => {
    sandbox().faults.add({ kind: 'page_link', link: `${witness.url}/v1/Services?Page=1`, path: '/v1/Services' });
    await run(sandbox(), perform('searches', 'find_texting_readiness'), {
      inputData: { business_number: MAIN_LINE },
    }).catch(() => undefined);
    expect(witness.requests).toEqual([]);
  });

  test('a page that links to itself is read twice, not 50 times', async () => {
    sandbox().faults.add({ kind: 'page_link', link: `${calls()}?PageSize=1000&Page=1`, path: 'Calls.json', count: 60 });
    sandbox().resetRequests();
    expect(await poll()).toBeUndefined();
    expect(sandbox().requests.filter((request) => request.path.endsWith('/Calls.json'))).toHaveLength(2);
  });
});

describe('redirects', () => {
  test('a redirect to another origin is not followed', async () => {
    sandbox().faults.add({ kind: 'redirect', location: `${witness.url}/latest/meta-data/`, path: 'Calls.json' });
    const error = await poll();
    expect(ownerMessage(error)).toMatch(/answered with a redirect to 127\.0\.0\.1:\d+ instead of an answer/);
    expect(witness.requests).toEqual([]);
  });

  test('a redirect of the send to the metadata address is not followed, and says the text may have gone', async () => {
    const call = sandbox().addMissedCall({ from: '+15125550188' });
    sandbox().faults.add({ kind: 'redirect', location: 'http://169.254.169.254/latest/meta-data/', method: 'POST' });
    const error = await failure(perform('creates', 'send_text_back'), {
      to: '+15125550188',
      call_id: call.call.sid,
      from: MAIN_LINE,
      business_name: 'Rapid Rooter Plumbing',
    });
    expect(ownerMessage(error)).toMatch(/redirect to 169\.254\.169\.254 instead of an answer/);
    expect(sandbox().faults.pending).toEqual([]);
  });
});
