import { judgeReadiness, numberType, type ReadinessFacts } from '../../../lib/delivery/readiness';
import { twilioMeaning } from '../../../lib/twilio/error-table';
import type { Campaign, MessagingService, TollFreeVerification } from '../../../lib/twilio/messaging';
import type { Message } from '../../../lib/twilio/resources';
import { messageRecord } from '../../helpers/twilio-records';

const LOCAL = '+15125550105';
const TOLL_FREE = '+18335550100';
const SERVICE: MessagingService = {
  sid: `MG${'1'.repeat(32)}`,
  friendly_name: 'Rapid Rooter Texts',
  us_app_to_person_registered: true,
};
const campaign = (campaign_status: string): Campaign => ({
  sid: 'QE1',
  messaging_service_sid: SERVICE.sid,
  campaign_status,
});
const verification = (status: string): TollFreeVerification => ({
  sid: 'HH1',
  tollfree_phone_number: TOLL_FREE,
  tollfree_phone_number_sid: 'PN1',
  status,
  date_updated: null,
});
const failure = (from: string, error_code: number, status = 'undelivered'): Message =>
  messageRecord('2026-11-29T10:00:00Z', { from, to: '+15125550160', body: 'x', status, error_code });

const local = (facts: Partial<ReadinessFacts> = {}): ReadinessFacts => ({
  e164: LOCAL,
  country: 'US',
  libType: 'FIXED_LINE_OR_MOBILE',
  smsCapable: true,
  service: SERVICE,
  givenServiceSid: null,
  campaigns: [campaign('VERIFIED')],
  tollFreeVerification: null,
  recentMessages: [],
  checkedAt: '2026-11-29T12:00:00Z',
  ...facts,
});
const tollFree = (facts: Partial<ReadinessFacts> = {}): ReadinessFacts =>
  local({
    e164: TOLL_FREE,
    libType: 'TOLL_FREE',
    service: null,
    campaigns: [],
    tollFreeVerification: verification('TWILIO_APPROVED'),
    ...facts,
  });

/** The contract's "Texting readiness" rules, one situation per row. */
test.each<[string, ReadinessFacts, 'yes' | 'no' | 'unknown', RegExp]>([
  ['local: registered service, verified campaign', local(), 'yes', /^$/],
  [
    'local: a verified campaign beside a failed one',
    local({ campaigns: [campaign('FAILED'), campaign('VERIFIED')] }),
    'yes',
    /^$/,
  ],
  ['local: no service holds it', local({ service: null, campaigns: [] }), 'no', /not in any Messaging Service/],
  [
    'local: the named service does not hold it',
    local({ service: null, campaigns: [], givenServiceSid: SERVICE.sid }),
    'no',
    /not in the sender pool/,
  ],
  [
    'local: the service is not registered',
    local({ service: { ...SERVICE, us_app_to_person_registered: false } }),
    'no',
    /no registered A2P 10DLC campaign/,
  ],
  ['local: registered but no campaign', local({ campaigns: [] }), 'no', /no registered A2P 10DLC campaign/],
  ['local: the campaign failed', local({ campaigns: [campaign('FAILED')] }), 'no', /not approved \(status FAILED\)/],
  [
    'local: the campaign is pending',
    local({ campaigns: [campaign('PENDING')] }),
    'unknown',
    /still under review \(status PENDING\)/,
  ],
  [
    'local: the campaign is in progress',
    local({ campaigns: [campaign('IN_PROGRESS')] }),
    'unknown',
    /still under review/,
  ],
  ['local: no SMS capability', local({ smsCapable: false }), 'no', /no SMS capability/],
  [
    'local: recent 30034 outranks a verified campaign',
    local({ recentMessages: [failure(LOCAL, 30034)] }),
    'no',
    /blocked 1 text .*30034/,
  ],
  [
    'local: recent 30035 outranks too',
    local({ recentMessages: [failure(LOCAL, 30035, 'failed')] }),
    'no',
    /error 30035/,
  ],
  [
    'local: a 30032 does not count against a local number',
    local({ recentMessages: [failure(LOCAL, 30032)] }),
    'yes',
    /^$/,
  ],
  ['local: a landline customer does not count', local({ recentMessages: [failure(LOCAL, 30006)] }), 'yes', /^$/],
  [
    "local: another number's block does not count",
    local({ recentMessages: [failure('+15125550100', 30034)] }),
    'yes',
    /^$/,
  ],
  ['toll-free: approved', tollFree(), 'yes', /^$/],
  ['toll-free: none', tollFree({ tollFreeVerification: null }), 'no', /without a verification/],
  ['toll-free: rejected', tollFree({ tollFreeVerification: verification('TWILIO_REJECTED') }), 'no', /was rejected/],
  [
    'toll-free: pending review',
    tollFree({ tollFreeVerification: verification('PENDING_REVIEW') }),
    'unknown',
    /still under review/,
  ],
  [
    'toll-free: in review',
    tollFree({ tollFreeVerification: verification('IN_REVIEW') }),
    'unknown',
    /still under review/,
  ],
  [
    'toll-free: recent 30032 outranks approval',
    tollFree({ recentMessages: [failure(TOLL_FREE, 30032)] }),
    'no',
    /\(error 30032\)\. Carriers block texts from this toll-free number because it is not verified\./,
  ],
  [
    'toll-free: a 30034 does not count against it',
    tollFree({ recentMessages: [failure(TOLL_FREE, 30034)] }),
    'yes',
    /^$/,
  ],
  [
    'abroad: SMS-capable',
    local({ e164: '+447400123456', country: 'GB', libType: 'MOBILE', service: null, campaigns: [] }),
    'yes',
    /^$/,
  ],
  [
    'abroad: no SMS',
    local({ e164: '+447400123456', country: 'GB', libType: 'MOBILE', smsCapable: false }),
    'no',
    /no SMS capability/,
  ],
  [
    'Canada: A2P 10DLC does not apply',
    local({ e164: '+16045550123', country: 'CA', service: null, campaigns: [] }),
    'yes',
    /^$/,
  ],
  [
    'Canada: a recent 30034 still outranks (failures outrank settings, whatever the registration says)',
    local({
      e164: '+16045550123',
      country: 'CA',
      service: null,
      campaigns: [],
      recentMessages: [failure('+16045550123', 30034)],
    }),
    'no',
    /blocked 1 text .*30034/,
  ],
  [
    'abroad: a recent 30035 still outranks',
    local({
      e164: '+447400123456',
      country: 'GB',
      libType: 'MOBILE',
      service: null,
      campaigns: [],
      recentMessages: [failure('+447400123456', 30035)],
    }),
    'no',
    /error 30035/,
  ],
  [
    'local: a blocked text Twilio sent for a TwiML reply (outbound-reply) is a failure of the number too',
    local({ recentMessages: [{ ...failure(LOCAL, 30034), direction: 'outbound-reply' }] }),
    'no',
    /blocked 1 text .*30034/,
  ],
  [
    'American Samoa: a long code libphonenumber calls mobile is still 10DLC',
    local({ e164: '+16842585678', country: 'AS', libType: 'MOBILE', service: null, campaigns: [] }),
    'no',
    /not in any Messaging Service/,
  ],
  [
    'Puerto Rico: A2P 10DLC applies',
    local({ e164: '+17875550123', country: 'PR', service: null, campaigns: [] }),
    'no',
    /not in any Messaging Service/,
  ],
])('%s → %s', (_, facts, ready, problems) => {
  const result = judgeReadiness(facts);
  expect(result.ready).toBe(ready);
  expect(result.problems).toMatch(problems);
  if (ready === 'yes') expect(result.problems).toBe('');
  else expect(result.problems.split('\n').every((line) => /\.$/.test(line))).toBe(true);
});

test('the record: registration fields where they apply, failures counted and the latest code', () => {
  const older = { ...failure(LOCAL, 30003), date_sent: '2026-11-28T10:00:00Z' };
  const result = judgeReadiness(
    local({ recentMessages: [older, failure(LOCAL, 30034), failure(LOCAL, 30007, 'failed')] }),
  );
  expect(result).toMatchObject({
    id: LOCAL,
    business_number: LOCAL,
    number_type: 'local',
    a2p_registered: true,
    campaign_status: 'VERIFIED',
    messaging_service_sid: SERVICE.sid,
    recent_failures: 3,
    ready: 'no',
  });
  expect([30034, 30007]).toContain(result.last_failure_code);
  // Every outbound text of the number counts ("outbound texts"), not only API text-backs; inbound ones never do.
  const fromCall = { ...failure(LOCAL, 30003), direction: 'outbound-call' };
  const inbound = { ...failure(LOCAL, 30003), direction: 'inbound' };
  expect(judgeReadiness(local({ recentMessages: [fromCall, inbound] })).recent_failures).toBe(1);
  expect(judgeReadiness(tollFree())).toMatchObject({
    a2p_registered: null,
    campaign_status: null,
    toll_free_verification_status: 'TWILIO_APPROVED',
    number_type: 'toll_free',
  });
});

test.each([
  ['+15125550105', 'FIXED_LINE_OR_MOBILE', 'local'],
  ['+18335550100', 'TOLL_FREE', 'toll_free'],
  ['+447400123456', 'MOBILE', 'mobile'],
  ['12345', 'UNKNOWN', 'short_code'],
  ['+445555555555', 'PREMIUM_RATE', 'other'],
] as const)('number type of %s (%s) is %s', (e164, libType, type) => {
  expect(numberType(e164, libType)).toBe(type);
});

test.each([
  ['local', 30034],
  ['local', 30035],
  ['toll-free', 30032],
] as const)('%s: a recent %i is explained in the error table words, after its count', (kind, code) => {
  const facts =
    kind === 'local'
      ? local({ recentMessages: [failure(LOCAL, code)] })
      : tollFree({ recentMessages: [failure(TOLL_FREE, code)] });
  const { problems } = judgeReadiness(facts);
  expect(problems).toContain(`in the last 7 days (error ${code}). ${twilioMeaning(code)}`);
});
