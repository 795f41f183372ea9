import type { DeliverySeed } from './delivery-types';
import type { Scenario, ScenarioCall, ScenarioMessage, ScenarioNumber } from './scenario-types';

/**
 * Rapid Rooter's texting setup, for the undelivered text-backs and the readiness check: the main and emergency
 * lines are in a verified A2P 10DLC campaign; a new weekend line was never registered (carriers block its texts,
 * 30034); the new Round Rock line's campaign is still under review (30024); a promo line's campaign failed; the
 * toll-free line's verification is in review. Carriers also answer for a few customers (a phone switched off, a
 * number Twilio's fraud protection stops). All numbers fictional but valid.
 */

/** Bought last week for weekend calls; nobody added it to a Messaging Service. */
export const WEEKEND_LINE = '+15125550105';
/** The new Round Rock shop: its campaign is under review. */
export const ROUND_ROCK_LINE = '+15125550106';
/** A spring promotion line whose campaign was rejected. */
export const PROMO_LINE = '+15125550107';
/** Toll-free line for the website; verification in review. */
export const TOLL_FREE_LINE = '+18335550100';

/** Customers whose text-backs did not arrive today. */
export const WEEKEND_CALLERS = ['+15125550160', '+15125550161'];
export const SWITCHED_OFF_PHONE = '+15125550162';
/** Twilio's SMS pumping protection stops texts to it before they leave (failed, no `date_sent`). */
export const FRAUD_BLOCKED_PHONE = '+15125550163';
export const ROUND_ROCK_CALLER = '+15125550164';

export const DELIVERY_NUMBERS: ScenarioNumber[] = [
  {
    phoneNumber: WEEKEND_LINE,
    friendlyName: 'Weekend Line',
    voiceUrl: 'https://handler.twilio.com/twiml/EH4f3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d',
  },
  {
    phoneNumber: ROUND_ROCK_LINE,
    friendlyName: 'Round Rock Line',
    voiceUrl: 'https://handler.twilio.com/twiml/EH4f3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d',
  },
  { phoneNumber: PROMO_LINE, friendlyName: 'Spring Promo Line' },
  { phoneNumber: TOLL_FREE_LINE, friendlyName: 'Toll-Free Line' },
];

/** Services besides the main one; `lines` are scenario.ts's numbers (passed in, so the two files do not import each other). */
export function deliveryServices(lines: { office: string; tracking: string }): Scenario['messagingServices'] {
  return [
    { friendlyName: 'Office and Ads Texts', numbers: [lines.office, lines.tracking] },
    { friendlyName: 'Round Rock Texts', numbers: [ROUND_ROCK_LINE] },
    { friendlyName: 'Spring Promo Texts', numbers: [PROMO_LINE] },
  ];
}

export const DELIVERY_SEED: DeliverySeed = {
  registrations: {
    'Rapid Rooter Texts': { usAppToPersonRegistered: true, campaigns: ['VERIFIED'] },
    'Office and Ads Texts': { usAppToPersonRegistered: true, campaigns: ['VERIFIED'] },
    'Round Rock Texts': { usAppToPersonRegistered: true, campaigns: ['IN_PROGRESS'] },
    'Spring Promo Texts': { usAppToPersonRegistered: false, campaigns: ['FAILED'] },
  },
  tollFreeVerifications: [{ phoneNumber: TOLL_FREE_LINE, status: 'IN_REVIEW' }],
  carrierVerdicts: { [SWITCHED_OFF_PHONE]: 30003, [FRAUD_BLOCKED_PHONE]: 30450 },
};

const TEXT_BACK =
  'Hi, this is Rapid Rooter Plumbing. Sorry we missed your call! We will call you back within 5 minutes. Reply STOP to opt out.';
const NO_ANSWER = { missed_reason: 'no_answer', voicemail: false, voicemail_url: null } as const;

/** Today's missed calls whose text-backs did not arrive (each text a minute after its call). */
/** Missed calls whose text-back went out earlier today and then failed. */
export const UNDELIVERED: Array<{
  key: string;
  situation: string;
  from: string;
  to: string | 'main';
  minutesAgo: number;
}> = [
  {
    key: 'weekend-line-first',
    situation: 'Missed on the new weekend line; its text-back was blocked (not registered)',
    from: WEEKEND_CALLERS[0],
    to: WEEKEND_LINE,
    minutesAgo: 260,
  },
  {
    key: 'weekend-line-second',
    situation: 'Missed on the weekend line again; blocked again',
    from: WEEKEND_CALLERS[1],
    to: WEEKEND_LINE,
    minutesAgo: 230,
  },
  {
    key: 'phone-switched-off',
    situation: "Missed; the caller's phone was off when the text-back came",
    from: SWITCHED_OFF_PHONE,
    to: 'main',
    minutesAgo: 320,
  },
  {
    key: 'fraud-blocked',
    situation: "Missed; Twilio's fraud protection stopped the text-back",
    from: FRAUD_BLOCKED_PHONE,
    to: 'main',
    minutesAgo: 280,
  },
  {
    key: 'round-rock-missed',
    situation: 'Missed at the Round Rock shop; its campaign is still under review',
    from: ROUND_ROCK_CALLER,
    to: ROUND_ROCK_LINE,
    minutesAgo: 200,
  },
];

export function deliveryCalls(mainLine: string): ScenarioCall[] {
  return UNDELIVERED.map(({ to, ...call }) => ({
    ...call,
    to: to === 'main' ? mainLine : to,
    status: 'no-answer',
    expect: NO_ANSWER,
  }));
}

export function deliveryMessages(mainLine: string): ScenarioMessage[] {
  return UNDELIVERED.map(({ from, to, minutesAgo }) => ({
    direction: 'outbound-api',
    from: to === 'main' ? mainLine : to,
    to: from,
    body: TEXT_BACK,
    minutesAgo: minutesAgo - 1,
  }));
}
