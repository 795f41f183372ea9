import type { NumberType } from 'libphonenumber-js/max';
import { displayNumber } from '../phone/parse';
import { twilioMeaning } from '../twilio/error-table';
import type { Campaign, MessagingService, TollFreeVerification } from '../twilio/messaging';
import { type Message, messageTime } from '../twilio/resources';
import { FAILURE_KINDS } from './failure-kinds';
import { endedUndelivered } from './undelivered';

/** Whether a business number can text, and why not (contract: `find_texting_readiness`, "Texting readiness"). */
export type Readiness = 'yes' | 'no' | 'unknown';
export type ReadinessNumberType = 'local' | 'toll_free' | 'mobile' | 'short_code' | 'other';

export interface TextingReadiness {
  id: string;
  business_number: string;
  country: string | null;
  number_type: ReadinessNumberType;
  sms_capable: boolean;
  messaging_service_sid: string | null;
  a2p_registered: boolean | null;
  campaign_status: string | null;
  toll_free_verification_status: string | null;
  recent_failures: number;
  last_failure_code: number | null;
  ready: Readiness;
  problems: string;
  checked_at: string;
}

/** What Twilio says about the number, gathered by the check (see readiness-check.ts). */
export interface ReadinessFacts {
  e164: string;
  country: string | null;
  libType: NumberType | 'UNKNOWN';
  smsCapable: boolean;
  /** The service that holds the number (given or found), or null. */
  service: MessagingService | null;
  /** A service was named in the step, and it does not hold the number. */
  givenServiceSid: string | null;
  campaigns: Campaign[];
  tollFreeVerification: TollFreeVerification | null;
  /** The API host serves no Messaging v1, so registrations and verifications cannot be seen. */
  registrationUnseen?: boolean;
  /** The number's outbound texts of the last 7 days. */
  recentMessages: Message[];
  checkedAt: string;
}

/** A2P 10DLC covers texts to the US and its territories that share +1 (carriers' rule since 2023). */
const A2P_COUNTRIES = new Set(['US', 'PR', 'VI', 'GU', 'AS']);
/** The 10-digit long codes there: libphonenumber calls some of them mobile (American Samoa's +1 684 258...). */
const LONG_CODE_TYPES = new Set<ReadinessNumberType>(['local', 'mobile']);
/**
 * Failures that outrank any setting: carriers already block this number (contract: Texting readiness). A toll-free
 * number is blocked as unverified; any other number as unregistered, whatever the settings say. The codes are the
 * undelivered-text table's (one meaning per code).
 */
const BLOCKING_CODES: Readonly<Record<'unregistered' | 'toll_free', readonly number[]>> = {
  unregistered: FAILURE_KINDS.not_registered.codes,
  toll_free: FAILURE_KINDS.toll_free_unverified.codes,
};
/** Campaign statuses as Twilio writes them; any other word means the review is still going. */
const CAMPAIGN_VERDICTS = new Map<string, Readiness>([
  ['VERIFIED', 'yes'],
  ['FAILED', 'no'],
  ['SUSPENDED', 'no'],
  ['EXPIRED', 'no'],
]);
const TOLL_FREE_VERDICTS = new Map<string, Readiness>([
  ['TWILIO_APPROVED', 'yes'],
  ['TWILIO_REJECTED', 'no'],
]);
const LIB_TYPES = new Map<string, ReadinessNumberType>([
  ['TOLL_FREE', 'toll_free'],
  ['MOBILE', 'mobile'],
  ['FIXED_LINE', 'local'],
  ['FIXED_LINE_OR_MOBILE', 'local'],
]);

const CONSOLE_COMPLIANCE = 'the Twilio Console (Messaging > Regulatory Compliance)';
const SENTENCES = {
  noSms:
    '{number} has no SMS capability, so it cannot send texts. Text from another of your numbers, or buy an SMS-capable number in the Twilio Console.',
  // {meaning} is the code's one explanation, from Twilio's error table.
  a2pBlocks: `Carriers blocked {count} from {number} in the last 7 days (error {code}). {meaning} Register the number for A2P 10DLC in ${CONSOLE_COMPLIANCE} and add it to your campaign's Messaging Service.`,
  tollFreeBlocks: `Carriers blocked {count} from {number} in the last 7 days (error {code}). {meaning} Finish its toll-free verification in ${CONSOLE_COMPLIANCE}.`,
  noService: `{number} is not in any Messaging Service, so it has no A2P 10DLC registration and US carriers block its texts. Register your business and a campaign for A2P 10DLC in ${CONSOLE_COMPLIANCE}, then add this number to the campaign's Messaging Service.`,
  notInGivenService:
    "{number} is not in the sender pool of the Messaging Service {service}. Add it to that service's sender pool in the Twilio Console (Messaging > Services), or leave the Messaging Service SID blank.",
  serviceNotRegistered: `The Messaging Service "{service}" that holds {number} has no registered A2P 10DLC campaign. Register a campaign for it in ${CONSOLE_COMPLIANCE}.`,
  campaignFailed:
    'The A2P 10DLC campaign of the Messaging Service "{service}" was not approved (status {status}). Correct it as Twilio\'s review says and submit it again; until then carriers block texts from {number}.',
  campaignPending:
    'The A2P 10DLC campaign of the Messaging Service "{service}" is still under review (status {status}). Texts from {number} may be blocked until it is verified; call customers meanwhile.',
  tollFreeNone: `{number} is a toll-free number without a verification, and carriers block unverified toll-free texts. Submit its toll-free verification in ${CONSOLE_COMPLIANCE}.`,
  tollFreeRejected: `The toll-free verification of {number} was rejected. Correct it as the rejection reason says and submit it again in ${CONSOLE_COMPLIANCE}.`,
  unseen:
    "The {what} of {number} could not be checked because your API Host does not offer Twilio's Messaging API (Messaging Services and their registrations). Check it with your phone provider: US carriers block texts from numbers that are not registered or verified.",
  tollFreePending:
    'The toll-free verification of {number} is still under review (status {status}). Texts from it may be blocked until Twilio approves it; call customers meanwhile.',
} as const;

function say(sentence: keyof typeof SENTENCES, values: Record<string, string>): string {
  return SENTENCES[sentence].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name] : whole,
  );
}

export function numberType(e164: string, libType: NumberType | 'UNKNOWN'): ReadinessNumberType {
  if (/^\d{3,6}$/.test(e164)) return 'short_code';
  return LIB_TYPES.get(libType ?? '') ?? 'other';
}

/** The campaign that decides: a verified one, else one still under review, else any. */
function decidingCampaign(campaigns: Campaign[]): Campaign | null {
  return (
    campaigns.find((c) => c.campaign_status === 'VERIFIED') ??
    campaigns.find((c) => !CAMPAIGN_VERDICTS.has(c.campaign_status)) ??
    campaigns[0] ??
    null
  );
}

/** The registration's verdict for an A2P 10DLC number, with the sentence that explains a `no` or `unknown`. */
function a2pVerdict(facts: ReadinessFacts, number: string, campaign: Campaign | null): [Readiness, string | null] {
  const { service } = facts;
  if (!service && facts.givenServiceSid)
    return ['no', say('notInGivenService', { number, service: facts.givenServiceSid })];
  if (!service) return ['no', say('noService', { number })];
  const values = { number, service: service.friendly_name || service.sid, status: campaign?.campaign_status ?? '' };
  if (!service.us_app_to_person_registered || !campaign) return ['no', say('serviceNotRegistered', values)];
  const verdict = CAMPAIGN_VERDICTS.get(campaign.campaign_status) ?? 'unknown';
  if (verdict === 'yes') return ['yes', null];
  return [verdict, say(verdict === 'no' ? 'campaignFailed' : 'campaignPending', values)];
}

function tollFreeVerdict(verification: TollFreeVerification | null, number: string): [Readiness, string | null] {
  if (!verification) return ['no', say('tollFreeNone', { number })];
  const verdict = TOLL_FREE_VERDICTS.get(verification.status) ?? 'unknown';
  if (verdict === 'yes') return ['yes', null];
  return [
    verdict,
    say(verdict === 'no' ? 'tollFreeRejected' : 'tollFreePending', { number, status: verification.status }),
  ];
}

/** What the number's settings say: A2P 10DLC, toll-free verification, or nothing to register (`rule` null). */
function settingVerdict(
  facts: ReadinessFacts,
  number: string,
  rule: 'a2p' | 'toll_free' | null,
): [Readiness, string | null] {
  if (!rule) return ['yes', null];
  if (facts.registrationUnseen)
    return [
      'unknown',
      say('unseen', { number, what: rule === 'a2p' ? 'A2P 10DLC registration' : 'toll-free verification' }),
    ];
  return rule === 'a2p'
    ? a2pVerdict(facts, number, decidingCampaign(facts.campaigns))
    : tollFreeVerdict(facts.tollFreeVerification, number);
}

/** The contract's rules, in its order: no SMS, then failures that outrank settings, then the registration. */
export function judgeReadiness(facts: ReadinessFacts): TextingReadiness {
  const number = displayNumber(facts.e164, facts.country);
  const type = numberType(facts.e164, facts.libType);
  const a2p = LONG_CODE_TYPES.has(type) && A2P_COUNTRIES.has(facts.country ?? '');
  const failures = facts.recentMessages
    // Every outbound text of the number (text-backs, TwiML replies, texts during calls): carriers block them alike.
    .filter(
      (message) => message.from === facts.e164 && message.direction.startsWith('outbound') && endedUndelivered(message),
    )
    .sort((a, b) => messageTime(b).localeCompare(messageTime(a)));
  const campaign = a2p ? decidingCampaign(facts.campaigns) : null;
  const unseen = facts.registrationUnseen === true;
  const [setting, settingProblem] = settingVerdict(
    facts,
    number,
    a2p ? 'a2p' : type === 'toll_free' ? 'toll_free' : null,
  );
  const blockingCodes = type === 'toll_free' ? BLOCKING_CODES.toll_free : BLOCKING_CODES.unregistered;
  const blocks = failures.filter(
    (message) => message.error_code !== null && blockingCodes.includes(message.error_code),
  );
  const problems: string[] = [];
  let ready: Readiness;
  if (!facts.smsCapable) {
    ready = 'no';
    problems.push(say('noSms', { number }));
  } else {
    if (blocks.length) {
      const count = blocks.length === 1 ? '1 text' : `${blocks.length} texts`;
      problems.push(
        say(type === 'toll_free' ? 'tollFreeBlocks' : 'a2pBlocks', {
          count,
          number,
          code: String(blocks[0].error_code),
          meaning: twilioMeaning(blocks[0].error_code) ?? '',
        }),
      );
    }
    if (settingProblem) problems.push(settingProblem);
    ready = blocks.length ? 'no' : setting;
  }
  return {
    id: facts.e164,
    business_number: facts.e164,
    country: facts.country,
    number_type: type,
    sms_capable: facts.smsCapable,
    messaging_service_sid: facts.service?.sid ?? null,
    a2p_registered: a2p && !unseen ? (facts.service?.us_app_to_person_registered ?? false) : null,
    campaign_status: campaign?.campaign_status ?? null,
    toll_free_verification_status: facts.tollFreeVerification?.status ?? null,
    recent_failures: failures.length,
    last_failure_code: failures[0]?.error_code ?? null,
    ready,
    problems: ready === 'yes' ? '' : problems.join('\n'),
    checked_at: facts.checkedAt,
  };
}
