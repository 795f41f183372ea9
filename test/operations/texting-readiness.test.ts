import { PROMO_LINE, ROUND_ROCK_LINE, TOLL_FREE_LINE, WEEKEND_LINE } from '../../sandbox/delivery-seed';
import type { TollFreeStatus } from '../../sandbox/delivery-types';
import { EMERGENCY_LINE, MAIN_LINE, TRUNK_LINE } from '../../sandbox/scenario';
import { sendMessage } from '../../sandbox/state';
import { perform, run, useSandbox } from '../helpers/app';
import { roundTrips } from '../helpers/round-trips';

const sandbox = useSandbox();

type Item = Record<string, unknown>;
const check = async (business_number: string, messaging_service_sid?: string) =>
  (
    (await run(sandbox(), perform('searches', 'find_texting_readiness'), {
      inputData: { business_number, messaging_service_sid },
    })) as Item[]
  )[0];
const serviceNamed = (name: string) =>
  sandbox().state.messagingServices.find((service) => service.friendlyName === name)!;
const registration = (name: string) => sandbox().state.delivery.registrations.get(name)!;
const verification = () =>
  sandbox().state.delivery.tollFreeVerifications.find((v) => v.phoneNumber === TOLL_FREE_LINE)!;
let next = 100;
const freshCustomer = () => `+1720555${String(next++).padStart(4, '0')}`;

/** A text from `from` that the carrier ended with `code`, `hoursAgo` back. */
function failedText(from: string, code: number, hoursAgo = 2): void {
  const message = sendMessage(
    sandbox().state,
    { To: freshCustomer(), From: from, Body: 'Rapid Rooter Plumbing: sorry we missed you.' },
    new Date(sandbox().clock().getTime() - hoursAgo * 3_600_000),
  );
  Object.assign(message, { status: 'undelivered', errorCode: code });
}

describe('Check Texting Readiness over the sandbox', () => {
  test("the main line is ready: in a registered service with a verified campaign (today's switched-off phone and fraud block do not decide)", async () => {
    expect(await check('(512) 555-0100')).toMatchObject({
      id: MAIN_LINE,
      business_number: MAIN_LINE,
      country: 'US',
      number_type: 'local',
      sms_capable: true,
      messaging_service_sid: serviceNamed('Rapid Rooter Texts').sid,
      a2p_registered: true,
      campaign_status: 'VERIFIED',
      toll_free_verification_status: null,
      recent_failures: 2,
      last_failure_code: 30450,
      ready: 'yes',
      problems: '',
      checked_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    });
  });

  test('the sandbox day: the unregistered weekend line is not ready, with its blocks and the fix', async () => {
    const result = await check(WEEKEND_LINE);
    expect(result).toMatchObject({
      ready: 'no',
      messaging_service_sid: null,
      a2p_registered: false,
      recent_failures: 2,
      last_failure_code: 30034,
    });
    const problems = String(result.problems).split('\n');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/blocked 2 texts from \(512\) 555-0105 .*30034/);
    expect(problems[1]).toMatch(/not in any Messaging Service.*A2P 10DLC.*add this number/);
  });

  test('a campaign under review is unknown; its pending-registration failures do not outrank it', async () => {
    expect(await check(ROUND_ROCK_LINE)).toMatchObject({
      ready: 'unknown',
      a2p_registered: true,
      campaign_status: 'IN_PROGRESS',
      recent_failures: 1,
      last_failure_code: 30024,
      problems: expect.stringMatching(/still under review/),
    });
  });

  test('a service without a registered campaign is no', async () => {
    expect(await check(PROMO_LINE)).toMatchObject({
      ready: 'no',
      a2p_registered: false,
      campaign_status: 'FAILED',
      problems: expect.stringMatching(/no registered A2P 10DLC campaign/),
    });
  });

  test('a registered service whose campaign failed is no', async () => {
    const promo = registration('Spring Promo Texts');
    promo.usAppToPersonRegistered = true;
    try {
      expect(await check(PROMO_LINE)).toMatchObject({
        ready: 'no',
        a2p_registered: true,
        campaign_status: 'FAILED',
        problems: expect.stringMatching(/was not approved \(status FAILED\)/),
      });
    } finally {
      promo.usAppToPersonRegistered = false;
    }
  });

  test('a number without SMS capability is no, whatever else', async () => {
    expect(await check(TRUNK_LINE)).toMatchObject({
      ready: 'no',
      sms_capable: false,
      problems: expect.stringMatching(/no SMS capability/),
    });
  });

  test.each<[TollFreeStatus | null, string, RegExp]>([
    ['IN_REVIEW', 'unknown', /still under review/],
    ['PENDING_REVIEW', 'unknown', /still under review/],
    ['TWILIO_APPROVED', 'yes', /^$/],
    ['TWILIO_REJECTED', 'no', /was rejected/],
    [null, 'no', /without a verification/],
  ])('a toll-free number whose verification is %s is %s', async (status, ready, problems) => {
    const saved = [...sandbox().state.delivery.tollFreeVerifications];
    if (status) verification().status = status;
    else sandbox().state.delivery.tollFreeVerifications.length = 0;
    try {
      expect(await check(TOLL_FREE_LINE)).toMatchObject({
        number_type: 'toll_free',
        a2p_registered: null,
        toll_free_verification_status: status,
        ready,
        problems: expect.stringMatching(problems),
      });
    } finally {
      sandbox().state.delivery.tollFreeVerifications.splice(0, Infinity, ...saved);
      verification().status = 'IN_REVIEW';
    }
  });

  test('failures outrank settings: recent 30034 on a verified line, 30032 on an approved toll-free line', async () => {
    failedText(EMERGENCY_LINE, 30034);
    expect(await check(EMERGENCY_LINE)).toMatchObject({
      ready: 'no',
      campaign_status: 'VERIFIED',
      recent_failures: 1,
      last_failure_code: 30034,
      problems: expect.stringMatching(/blocked 1 text from/),
    });
    verification().status = 'TWILIO_APPROVED';
    try {
      failedText(TOLL_FREE_LINE, 30032);
      expect(await check(TOLL_FREE_LINE)).toMatchObject({
        ready: 'no',
        toll_free_verification_status: 'TWILIO_APPROVED',
        last_failure_code: 30032,
        problems: expect.stringMatching(
          /\(error 30032\)\. Carriers block texts from this toll-free number because it is not verified\./,
        ),
      });
    } finally {
      verification().status = 'IN_REVIEW';
    }
  });

  test('other failures are counted but do not decide; failures older than 7 days are not counted', async () => {
    const office = '+15125550102';
    failedText(office, 30003);
    failedText(office, 30034, 8 * 24);
    expect(await check(office)).toMatchObject({
      ready: 'yes',
      recent_failures: 1,
      last_failure_code: 30003,
      problems: '',
    });
  });

  test('a named Messaging Service that does not hold the number is no, with the fix', async () => {
    const result = await check(MAIN_LINE, serviceNamed('Round Rock Texts').sid);
    expect(result).toMatchObject({
      ready: 'no',
      messaging_service_sid: null,
      problems: expect.stringMatching(/not in the sender pool of the Messaging Service MG/),
    });
    expect(await check(MAIN_LINE, serviceNamed('Rapid Rooter Texts').sid)).toMatchObject({ ready: 'yes' });
  });

  test.each([
    ['+15125550199', undefined, /\(512\) 555-0199 is not a number in this Twilio account/],
    ['main line', undefined, /main line\W* is not a phone number/],
    [MAIN_LINE, 'MG123', /should start with MG/],
    [MAIN_LINE, `MG${'0'.repeat(32)}`, /is not a Messaging Service in this Twilio account/],
  ])('%s (service %s) is a clear error', async (number, service, message) => {
    await expect(check(number, service)).rejects.toThrow(message);
  });

  test.each([
    ['+447400123456', '+44 7400 123456', 'GB', 'mobile'],
    ['+16045550123', '(604) 555-0123', 'CA', 'local'],
  ])('a number outside A2P 10DLC (%s) is ready when SMS-capable', async (e164, typed, country, type) => {
    sandbox().state.numbers.push({
      ...sandbox().state.numbers[0],
      sid: `PN${'7'.repeat(32)}`,
      phoneNumber: e164,
      friendlyName: 'Abroad',
    });
    try {
      expect(await check(typed)).toMatchObject({
        id: e164,
        ready: 'yes',
        country,
        number_type: type,
        a2p_registered: null,
        campaign_status: null,
        problems: '',
      });
    } finally {
      sandbox().state.numbers.pop();
    }
  });

  test('at most two round trips, however many services', async () => {
    sandbox().resetRequests();
    // A slow answer keeps each round's requests in flight together, so a request sent after an answer is a new round.
    sandbox().faults.add({ kind: 'slow', delayMs: 300, count: 100 });
    try {
      await check(WEEKEND_LINE);
    } finally {
      sandbox().faults.clear();
    }
    expect(roundTrips(sandbox().requests)).toBe(2);
    const services = sandbox().state.messagingServices.length;
    // Round 1: number, services, recent texts; round 2: each service's sender pool and campaigns.
    expect(sandbox().requests).toHaveLength(3 + 2 * services);
  });
});

describe('Twilio trouble in Messaging v1', () => {
  test.each([
    ['429', 'ThrottledError'],
    ['500', 'ThrottledError'],
    ['garbage', 'ThrottledError'],
  ] as const)("a %s from a service's campaigns is a retryable error, never a verdict", async (kind, name) => {
    sandbox().faults.add({ kind, path: '/Compliance/Usa2p', count: 10 });
    try {
      await expect(check(MAIN_LINE)).rejects.toMatchObject({ name });
    } finally {
      sandbox().faults.clear();
    }
  });
});

describe('hostile or odd input', () => {
  test.each([
    ['zero-width characters and full-width digits', '＋1 512\u200b555\u00ad0105', WEEKEND_LINE],
    ['a number mapped as a JSON number', 15125550100, MAIN_LINE],
  ])('%s are read as the number', async (_, typed, e164) => {
    expect(await check(typed as string)).toMatchObject({ id: e164 });
  });

  test.each([
    ['a list', ['+15125550100'], /single value, not a list/],
    ['an object', { number: '+15125550100' }, /single value, not a group of fields/],
    ['__proto__', '__proto__', /is not a phone number/],
    ['a very long text', '5'.repeat(5000), /is not a phone number/],
    ['blank', '   ', /Pick the Business Number/],
  ])('%s is a plain error and asks Twilio nothing', async (_, typed, message) => {
    sandbox().resetRequests();
    const error = await check(typed as string).catch((caught: Error) => caught);
    expect(String(error)).toMatch(message);
    expect(String(error).length).toBeLessThan(600);
    expect(sandbox().requests).toEqual([]);
  });

  test('a hostile Messaging Service SID is refused without repeating all of it', async () => {
    const hostile = `MG${'x'.repeat(3000)}`;
    const error = await check(MAIN_LINE, hostile).catch((caught: Error) => caught);
    expect(String(error)).toMatch(/should start with MG/);
    expect(String(error).length).toBeLessThan(600);
  });
});
