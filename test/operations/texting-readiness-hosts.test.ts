import { TOLL_FREE_LINE, WEEKEND_LINE } from '../../sandbox/delivery-seed';
import { MAIN_LINE } from '../../sandbox/scenario';
import { answeringProxy } from '../helpers/answering-proxy';
import { appTester, perform, useSandbox } from '../helpers/app';

/**
 * Twilio-compatible hosts (SignalWire's LaML API and the like) serve the 2010 API but not Messaging v1: there,
 * `{api_base_url}/v1/...` answers 404 (contract: Authentication). The check still answers from what it can see.
 */
const sandbox = useSandbox();
const proxy = answeringProxy(() => sandbox().url);
beforeAll(() => proxy.start());
afterAll(() => proxy.stop());
afterEach(() => proxy.clear());

type Item = Record<string, unknown>;
async function checkWithoutMessagingV1(business_number: string, messaging_service_sid?: string): Promise<Item> {
  for (let i = 0; i < 20; i++) proxy.arm({ status: 404, path: '/v1/', body: '<html><body>Not Found</body></html>' });
  const [result] = (await appTester(perform('searches', 'find_texting_readiness'), {
    authData: { ...sandbox().authData(), api_base_url: proxy.url },
    inputData: { business_number, messaging_service_sid },
  })) as Item[];
  return result;
}

describe('Check Texting Readiness on a host without Messaging v1', () => {
  test('a US local number: unknown, saying the registration could not be checked (never a "not found" error)', async () => {
    const result = await checkWithoutMessagingV1(MAIN_LINE);
    expect(result).toMatchObject({
      id: MAIN_LINE,
      sms_capable: true,
      ready: 'unknown',
      a2p_registered: null,
      campaign_status: null,
      messaging_service_sid: null,
    });
    expect(result.problems).toMatch(/A2P 10DLC registration of \(512\) 555-0100 could not be checked/);
  });

  test('recent carrier blocks still make it no', async () => {
    expect(await checkWithoutMessagingV1(WEEKEND_LINE)).toMatchObject({
      ready: 'no',
      last_failure_code: 30034,
      problems: expect.stringMatching(/blocked 2 texts[^\n]*\n[^\n]*could not be checked/),
    });
  });

  test('a toll-free number: unknown, its verification could not be checked', async () => {
    expect(await checkWithoutMessagingV1(TOLL_FREE_LINE)).toMatchObject({
      ready: 'unknown',
      toll_free_verification_status: null,
      problems: expect.stringMatching(/toll-free verification of \(833\) 555-0100 could not be checked/),
    });
  });

  test('a Messaging Service SID given there is not called unknown to the account', async () => {
    expect(await checkWithoutMessagingV1(MAIN_LINE, `MG${'0'.repeat(32)}`)).toMatchObject({ ready: 'unknown' });
  });
});
