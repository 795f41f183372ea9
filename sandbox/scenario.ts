import { DELIVERY_NUMBERS, DELIVERY_SEED, deliveryCalls, deliveryMessages, deliveryServices } from './delivery-seed';
import { CALLS_THE_TEAM_RETURNS } from './scenario-calls-callbacks';
import { CALLS_FROM_CALLERS_THE_CHECKS_MEET } from './scenario-calls-callers';
import { CALLS_BY_HOW_THEY_ENDED } from './scenario-calls-endings';
import { CALLS_AFTER_TEXTS_AND_ON_OTHER_LINES } from './scenario-calls-lines';
import {
  DAVE_CELL,
  DAY,
  EMERGENCY_LINE,
  EXISTING_STATUS_CALLBACK,
  MAIN_LINE,
  MARIA_CELL,
  OFFICE_APP_LINE,
  OFFICE_MANAGER_CELL,
  ON_CALL_CELL,
  TEXT_BACK,
  TRACKING_LINE,
  TRUNK_LINE,
} from './scenario-lines';
import type { Scenario, ScenarioCall, Verdict } from './scenario-types';

/**
 * A day at Rapid Rooter Plumbing (Austin, TX), relative to the sandbox clock. Every entry says what a
 * person reading the call log would conclude (`expect`), and, where certain, what Send Text-Back does with its
 * default inputs (`textBack`). All numbers are fictional but valid (NXX-555-0100..0199).
 */

export {
  EMERGENCY_LINE,
  EXISTING_STATUS_CALLBACK,
  MAIN_LINE,
  OFFICE_APP_LINE,
  TRACKING_LINE,
  TRUNK_LINE,
} from './scenario-lines';

const calls: ScenarioCall[] = [
  ...CALLS_BY_HOW_THEY_ENDED,
  ...CALLS_FROM_CALLERS_THE_CHECKS_MEET,
  ...CALLS_AFTER_TEXTS_AND_ON_OTHER_LINES,
  ...CALLS_THE_TEAM_RETURNS,
  ...deliveryCalls(MAIN_LINE),
];

const messages: Scenario['messages'] = [
  // Last month: a text-back, answered with STOP (Twilio blocks the pair and replies).
  { direction: 'outbound-api', from: MAIN_LINE, to: '+15125550129', body: TEXT_BACK, minutesAgo: 30 * DAY + 2 },
  { direction: 'inbound', from: '+15125550129', to: MAIN_LINE, body: 'STOP', minutesAgo: 30 * DAY },
  // STOP, then START ten days later.
  { direction: 'outbound-api', from: MAIN_LINE, to: '+15125550130', body: TEXT_BACK, minutesAgo: 20 * DAY + 3 },
  { direction: 'inbound', from: '+15125550130', to: MAIN_LINE, body: 'Stop.', minutesAgo: 20 * DAY },
  { direction: 'inbound', from: '+15125550130', to: MAIN_LINE, body: 'START', minutesAgo: 10 * DAY },
  // Two days ago: a reply that asks for a call and says stop; Twilio does not treat it as a keyword.
  // Two days ago: a text-back answered in words the old classifier read as chatter (issue 20).
  { direction: 'outbound-api', from: MAIN_LINE, to: '+15125550141', body: TEXT_BACK, minutesAgo: 3 * DAY },
  { direction: 'inbound', from: '+15125550141', to: MAIN_LINE, body: 'I told you to stop', minutesAgo: 2 * DAY },
  { direction: 'outbound-api', from: MAIN_LINE, to: '+17375550111', body: TEXT_BACK, minutesAgo: 2 * DAY },
  { direction: 'inbound', from: '+17375550111', to: MAIN_LINE, body: 'Yes, stop', minutesAgo: 2 * DAY - 5 },
  // Today's text-backs and their replies.
  { direction: 'outbound-api', from: MAIN_LINE, to: '+15125550134', body: TEXT_BACK, minutesAgo: 399 },
  { direction: 'inbound', from: '+15125550134', to: MAIN_LINE, body: 'YES', minutesAgo: 390 },
  { direction: 'outbound-api', from: MAIN_LINE, to: '+15125550135', body: TEXT_BACK, minutesAgo: 499 },
  {
    direction: 'inbound',
    from: '+15125550135',
    to: MAIN_LINE,
    body: 'Do you install tankless water heaters? What would that cost?',
    minutesAgo: 470,
  },
  { direction: 'outbound-api', from: MAIN_LINE, to: '+15125550136', body: TEXT_BACK, minutesAgo: 559 },
  { direction: 'inbound', from: '+15125550136', to: MAIN_LINE, body: 'please stop texting me', minutesAgo: 550 },
  // Three days ago: a team alert to the office manager, who answered STOP (Twilio blocks the pair and replies).
  {
    direction: 'outbound-api',
    from: MAIN_LINE,
    to: OFFICE_MANAGER_CELL,
    body: 'TEAM ALERT: (512) 555-0129 called - nobody answered.\nCall back: tel:+15125550129',
    minutesAgo: 3 * DAY,
  },
  { direction: 'inbound', from: OFFICE_MANAGER_CELL, to: MAIN_LINE, body: 'STOP', minutesAgo: 3 * DAY - 4 },
  ...deliveryMessages(MAIN_LINE),
];

export const rapidRooterScenario: Scenario = {
  name: 'rapid-rooter',
  accountFriendlyName: 'Rapid Rooter Plumbing',
  smsGeoPermissions: ['US', 'CA'],
  numbers: [
    {
      phoneNumber: MAIN_LINE,
      friendlyName: 'Main Line',
      voiceUrl: 'https://handler.twilio.com/twiml/EH4f3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d',
    },
    {
      phoneNumber: EMERGENCY_LINE,
      friendlyName: 'Emergency Line',
      voiceUrl: 'https://rapid-rooter-1234.twil.io/emergency',
    },
    {
      phoneNumber: OFFICE_APP_LINE,
      friendlyName: 'Office Line',
      voiceApplicationSid: 'AP3c1a5e9b7d2f4a6c8e0b1d3f5a7c9e1b',
    },
    {
      phoneNumber: TRACKING_LINE,
      friendlyName: 'Google Ads Line',
      voiceUrl: 'https://calltracker.example.com/twilio/voice',
      statusCallback: EXISTING_STATUS_CALLBACK,
    },
    {
      phoneNumber: TRUNK_LINE,
      friendlyName: 'Desk Phones (SIP)',
      sms: false,
      trunkSid: 'TK7e2d4c6b8a0f1e3d5c7b9a1f3e5d7c9b',
    },
    ...DELIVERY_NUMBERS,
  ],
  messagingServices: [
    { friendlyName: 'Rapid Rooter Texts', numbers: [MAIN_LINE, EMERGENCY_LINE] },
    ...deliveryServices({ office: OFFICE_APP_LINE, tracking: TRACKING_LINE }),
  ],
  delivery: DELIVERY_SEED,
  staffPhones: { dave: DAVE_CELL, maria: MARIA_CELL, onCall: ON_CALL_CELL },
  teamNumbers: [DAVE_CELL, MARIA_CELL, OFFICE_MANAGER_CELL],
  calls,
  messages,
  lookups: {
    '+15125550131': { type: 'landline', carrierName: 'AT&T Local' },
    '+442079460018': { type: 'landline', carrierName: 'BT Group' },
    '+18765550142': {
      type: 'mobile',
      carrierName: 'Digicel Jamaica',
      mobileCountryCode: '338',
      mobileNetworkCode: '050',
    },
  },
};

/** The scenario's expected verdicts by entry key. */
export const EXPECTED_VERDICTS: Readonly<Record<string, Verdict>> = Object.fromEntries(
  calls.map((call) => [call.key, call.expect]),
);
