import type { MissedReason } from '../lib/missed-calls/item';
import { DELIVERY_NUMBERS, DELIVERY_SEED, deliveryCalls, deliveryMessages, deliveryServices } from './delivery-seed';
import type { Scenario, ScenarioCall, Verdict } from './scenario-types';

/**
 * A day at Rapid Rooter Plumbing (Austin, TX), relative to the sandbox clock. Every entry says what a
 * person reading the call log would conclude (`expect`), and, where certain, what Send Text-Back does with its
 * default inputs (`textBack`). All numbers are fictional but valid (NXX-555-0100..0199).
 */

export const MAIN_LINE = '+15125550100';
export const EMERGENCY_LINE = '+15125550101';
/** Voice handled by a TwiML App: the instant trigger refuses it. */
export const OFFICE_APP_LINE = '+15125550102';
/** Already reports call status to a call-tracking service: refused unless replacing is allowed. */
export const TRACKING_LINE = '+15125550103';
/** Voice through a SIP trunk, no SMS: refused by the instant trigger; texting from it is Twilio's 21606. */
export const TRUNK_LINE = '+15125550104';

export const EXISTING_STATUS_CALLBACK = 'https://calltracker.example.com/twilio/status';

const DAVE_CELL = '+15125550150';
const MARIA_CELL = '+15125550151';
const ON_CALL_CELL = '+15125550152';

const missed = (missed_reason: Exclude<MissedReason, 'voicemail'>): Verdict => ({ missed_reason, voicemail: false, voicemail_url: null });
const VOICEMAIL_RECORDED: Verdict = { missed_reason: 'voicemail', voicemail: true, voicemail_url: 'recording' };
const VOICEMAIL_ON_PHONE: Verdict = { missed_reason: 'voicemail', voicemail: true, voicemail_url: null };

const TEXT_BACK = 'Hi, this is Rapid Rooter Plumbing. Sorry we missed your call! We will call you back within 5 minutes. Reply YES if you would like a call back. Reply STOP to opt out.';
const DAY = 24 * 60;

const calls: ScenarioCall[] = [
  {
    key: 'answered-on-cell', situation: 'Forwarded to Dave\'s cell, Dave picked up', expect: 'answered',
    from: '+15125550111', to: MAIN_LINE, status: 'completed', minutesAgo: 1380, durationSeconds: 185,
    callerName: 'HERNANDEZ LUIS', legs: [{ to: DAVE_CELL, status: 'completed', durationSeconds: 160 }],
  },
  {
    key: 'forwarded-no-answer', situation: 'Forwarded to Dave\'s cell, nobody picked up', expect: missed('no_answer'), textBack: 'sent',
    from: '+15125550112', to: MAIN_LINE, status: 'completed', minutesAgo: 1320, durationSeconds: 32,
    callerName: 'JOHNSON MARIA', legs: [{ to: DAVE_CELL, status: 'no-answer' }],
  },
  {
    key: 'forwarded-busy', situation: 'Dave was on another call: his cell was busy', expect: missed('busy'), textBack: 'sent',
    from: '+15125550113', to: MAIN_LINE, status: 'completed', minutesAgo: 1260, durationSeconds: 15,
    callerName: 'AUSTIN TX', legs: [{ to: DAVE_CELL, status: 'busy' }],
  },
  {
    key: 'caller-busy', situation: 'The line rejected the call as busy', expect: missed('busy'), textBack: 'sent',
    from: '+15125550114', to: MAIN_LINE, status: 'busy', minutesAgo: 1200,
  },
  {
    key: 'caller-no-answer', situation: 'Nobody answered the emergency line', expect: missed('no_answer'), textBack: 'sent',
    from: '+15125550115', to: EMERGENCY_LINE, status: 'no-answer', minutesAgo: 1140, callerName: 'WIRELESS CALLER',
  },
  {
    key: 'caller-failed', situation: 'The call failed to connect', expect: missed('failed'), textBack: 'sent',
    from: '+15125550116', to: MAIN_LINE, status: 'failed', minutesAgo: 1080,
  },
  {
    key: 'caller-canceled', situation: 'The caller hung up while it was still ringing', expect: missed('hung_up'), textBack: 'sent',
    from: '+15125550117', to: MAIN_LINE, status: 'canceled', minutesAgo: 1020,
  },
  {
    key: 'voicemail', situation: 'Nobody picked up; the caller left a voicemail', expect: VOICEMAIL_RECORDED, textBack: 'sent',
    from: '+15125550118', to: MAIN_LINE, status: 'completed', minutesAgo: 960, durationSeconds: 75,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }], recording: { source: 'RecordVerb', status: 'completed', durationSeconds: 41 },
  },
  {
    key: 'voicemail-absent', situation: 'Reached voicemail but hung up at the beep (recording absent)', expect: missed('no_answer'), textBack: 'sent',
    from: '+15125550119', to: MAIN_LINE, status: 'completed', minutesAgo: 900, durationSeconds: 34,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }], recording: { source: 'RecordVerb', status: 'absent', durationSeconds: 0 },
  },
  {
    key: 'voicemail-processing', situation: 'Straight to voicemail on the emergency line; the recording is still processing', expect: VOICEMAIL_RECORDED, textBack: 'sent',
    from: '+15125550120', to: EMERGENCY_LINE, status: 'completed', minutesAgo: 4, durationSeconds: 50, callerName: 'ROUND ROCK TX',
    recording: { source: 'RecordVerb', status: 'processing', durationSeconds: 38 },
  },
  {
    key: 'machine-answered', situation: 'Dave\'s cell voicemail took the call', expect: VOICEMAIL_ON_PHONE, textBack: 'sent',
    from: '+15125550121', to: MAIN_LINE, status: 'completed', minutesAgo: 840, durationSeconds: 60,
    legs: [{ to: DAVE_CELL, status: 'completed', answeredBy: 'machine_end_beep', durationSeconds: 35 }],
  },
  {
    key: 'simulring-one-answered', situation: 'Rang Dave and Maria at once; Maria answered', expect: 'answered',
    from: '+15125550122', to: MAIN_LINE, status: 'completed', minutesAgo: 780, durationSeconds: 240,
    legs: [{ to: DAVE_CELL, status: 'canceled' }, { to: MARIA_CELL, status: 'completed', durationSeconds: 220 }],
  },
  {
    key: 'simulring-none-answered', situation: 'Rang Dave and Maria at once; Dave did not pick up, Maria was busy', expect: missed('no_answer'), textBack: 'sent',
    from: '+15125550123', to: MAIN_LINE, status: 'completed', minutesAgo: 760, durationSeconds: 30,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }, { to: MARIA_CELL, status: 'busy' }],
  },
  {
    key: 'hung-up-in-menu', situation: 'Hung up in the phone menu before being put through', expect: missed('no_answer'), textBack: 'sent',
    from: '+15125550124', to: MAIN_LINE, status: 'completed', minutesAgo: 740, durationSeconds: 12,
  },
  {
    key: 'in-progress', situation: 'On the phone with Dave right now', expect: 'not_final',
    from: '+15125550125', to: MAIN_LINE, status: 'in-progress', minutesAgo: 3,
    legs: [{ to: DAVE_CELL, status: 'in-progress' }],
  },
  {
    key: 'ringing', situation: 'Ringing the emergency line right now', expect: 'not_final',
    from: '+15125550126', to: EMERGENCY_LINE, status: 'ringing', minutesAgo: 0,
  },
  {
    key: 'withheld-anonymous', situation: 'Caller ID withheld (ANONYMOUS)', expect: missed('no_answer'), withheld: true, textBack: 'not_textable',
    from: '+266696687', to: MAIN_LINE, status: 'completed', minutesAgo: 720, durationSeconds: 30,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }],
  },
  {
    key: 'withheld-restricted', situation: 'Caller ID restricted; nobody answered', expect: missed('no_answer'), withheld: true, textBack: 'not_textable',
    from: '+7378742833', to: MAIN_LINE, status: 'no-answer', minutesAgo: 700,
  },
  {
    key: 'client-caller', situation: 'A call from the website\'s call button (client:alice); Dave was busy', expect: missed('busy'), withheld: true,
    from: 'client:alice', to: MAIN_LINE, status: 'completed', minutesAgo: 680, durationSeconds: 14,
    legs: [{ to: DAVE_CELL, status: 'busy' }],
  },
  {
    key: 'sip-caller', situation: 'A SIP call from a desk phone that hung up in the menu', expect: missed('no_answer'), withheld: true,
    from: 'sip:frontdesk@rapidrooter.sip.twilio.com', to: MAIN_LINE, status: 'completed', minutesAgo: 670, durationSeconds: 9,
  },
  {
    key: 'invalid-caller-id', situation: 'The carrier sent a broken caller ID', expect: missed('no_answer'), withheld: true,
    from: '+1555012', to: MAIN_LINE, status: 'no-answer', minutesAgo: 660,
  },
  {
    key: 'outbound-from-business', situation: 'Maria called a supplier from the main line', expect: 'not_a_caller',
    from: MAIN_LINE, to: '+15125550127', direction: 'outbound-api', status: 'completed', minutesAgo: 650, durationSeconds: 95,
  },
  {
    key: 'repeat-caller-first', situation: 'Repeat caller, first try: nobody answered', expect: missed('no_answer'), textBack: 'sent',
    from: '+15125550128', to: MAIN_LINE, status: 'no-answer', minutesAgo: 300,
  },
  {
    key: 'repeat-caller-second', situation: 'Repeat caller, second try: forwarded, nobody picked up', expect: missed('no_answer'), textBack: 'sent',
    from: '+15125550128', to: MAIN_LINE, status: 'completed', minutesAgo: 120, durationSeconds: 31,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }],
  },
  {
    key: 'opted-out-caller', situation: 'Texted STOP last month, called again today', expect: missed('no_answer'), textBack: 'opted_out',
    from: '+15125550129', to: MAIN_LINE, status: 'completed', minutesAgo: 640, durationSeconds: 30,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }],
  },
  {
    key: 'opted-back-in-caller', situation: 'Texted STOP, later START; called today', expect: missed('no_answer'), textBack: 'sent',
    from: '+15125550130', to: MAIN_LINE, status: 'no-answer', minutesAgo: 630,
  },
  {
    key: 'jamaica-caller', situation: 'A caller from Jamaica (+1 876)', expect: missed('no_answer'), textBack: 'country_not_allowed',
    from: '+18765550142', to: MAIN_LINE, status: 'completed', minutesAgo: 620, durationSeconds: 29,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }],
  },
  {
    key: 'uk-caller', situation: 'A caller from London', expect: missed('no_answer'), textBack: 'country_not_allowed',
    from: '+442079460018', to: EMERGENCY_LINE, status: 'no-answer', minutesAgo: 610,
  },
  {
    key: 'landline-caller', situation: 'Called from an office landline', expect: missed('no_answer'), textBack: 'sent',
    from: '+15125550131', to: MAIN_LINE, status: 'completed', minutesAgo: 600, durationSeconds: 30,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }],
  },
  {
    key: 'called-back-missed', situation: 'Missed; Dave called back from the main line and reached them', expect: missed('no_answer'), textBack: 'already_connected',
    from: '+15125550132', to: MAIN_LINE, status: 'completed', minutesAgo: 90, durationSeconds: 30,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }],
  },
  {
    key: 'called-back-by-business', situation: 'Dave\'s call back, answered', expect: 'not_a_caller',
    from: MAIN_LINE, to: '+15125550132', direction: 'outbound-api', status: 'completed', minutesAgo: 60, durationSeconds: 140,
  },
  {
    key: 'called-again-missed', situation: 'Missed; the caller tried again and got through', expect: missed('no_answer'), textBack: 'already_connected',
    from: '+15125550133', to: MAIN_LINE, status: 'completed', minutesAgo: 200, durationSeconds: 30,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }],
  },
  {
    key: 'called-again-answered', situation: 'The caller\'s second try, answered by Maria', expect: 'answered',
    from: '+15125550133', to: MAIN_LINE, status: 'completed', minutesAgo: 180, durationSeconds: 300,
    legs: [{ to: MARIA_CELL, status: 'completed', durationSeconds: 280 }],
  },
  {
    key: 'texted-back-replied-yes', situation: 'Missed, got a text-back, replied YES', expect: missed('no_answer'), textBack: 'cooldown',
    from: '+15125550134', to: MAIN_LINE, status: 'no-answer', minutesAgo: 400,
  },
  {
    key: 'texted-back-asked-question', situation: 'Missed, got a text-back, asked about water heaters', expect: missed('no_answer'), textBack: 'cooldown',
    from: '+15125550135', to: MAIN_LINE, status: 'completed', minutesAgo: 500, durationSeconds: 30,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }],
  },
  {
    key: 'texted-back-said-stop-texting', situation: 'Missed, got a text-back, wrote "please stop texting me"', expect: missed('no_answer'), textBack: 'opted_out',
    from: '+15125550136', to: MAIN_LINE, status: 'no-answer', minutesAgo: 560,
  },
  {
    key: 'emergency-answered', situation: 'Emergency line forwarded to the on-call cell, answered', expect: 'answered',
    from: '+17375550110', to: EMERGENCY_LINE, status: 'completed', minutesAgo: 1100, durationSeconds: 420,
    legs: [{ to: ON_CALL_CELL, status: 'completed', durationSeconds: 400 }],
  },
  {
    key: 'forwarded-leg-failed', situation: 'Forwarding to Dave\'s cell failed', expect: missed('failed'), textBack: 'opted_out',
    from: '+17375550111', to: MAIN_LINE, status: 'completed', minutesAgo: 540, durationSeconds: 10,
    legs: [{ to: DAVE_CELL, status: 'failed' }],
  },
  {
    key: 'forwarded-leg-canceled', situation: 'The caller hung up while Dave\'s cell rang', expect: missed('hung_up'), textBack: 'sent',
    from: '+17375550112', to: MAIN_LINE, status: 'completed', minutesAgo: 520, durationSeconds: 9,
    legs: [{ to: DAVE_CELL, status: 'canceled' }],
  },
  {
    key: 'answered-with-stray-recording', situation: 'Maria answered; the menu had also recorded a message', expect: 'answered',
    from: '+17375550113', to: MAIN_LINE, status: 'completed', minutesAgo: 480, durationSeconds: 200,
    legs: [{ to: MARIA_CELL, status: 'completed', durationSeconds: 150 }], recording: { source: 'RecordVerb', status: 'completed', durationSeconds: 20 },
  },
  {
    key: 'ringing-recorded-not-voicemail', situation: 'Nobody picked up; only the ringing was recorded (Dial record-from-ringing)', expect: missed('no_answer'), textBack: 'sent',
    from: '+17375550114', to: MAIN_LINE, status: 'completed', minutesAgo: 460, durationSeconds: 30,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }], recording: { source: 'DialVerb', status: 'completed', durationSeconds: 22 },
  },
  {
    key: 'answered-amd-unknown', situation: 'Dave answered; answering-machine detection said unknown', expect: 'answered',
    from: '+17375550115', to: MAIN_LINE, status: 'completed', minutesAgo: 440, durationSeconds: 90,
    legs: [{ to: DAVE_CELL, status: 'completed', answeredBy: 'unknown', durationSeconds: 70 }],
  },
  {
    key: 'office-app-voicemail', situation: 'Voicemail on the office line (run by a TwiML App)', expect: VOICEMAIL_RECORDED, textBack: 'sent',
    from: '+17375550116', to: OFFICE_APP_LINE, status: 'completed', minutesAgo: 420, durationSeconds: 55,
    recording: { source: 'RecordVerb', status: 'completed', durationSeconds: 30 },
  },
  {
    key: 'trunk-call', situation: 'A call on the SIP trunk line', expect: 'not_a_caller',
    from: '+17375550117', to: TRUNK_LINE, direction: 'trunking-originating', status: 'completed', minutesAgo: 410, durationSeconds: 60,
  },
  {
    key: 'toll-free-caller', situation: 'A supplier called from a toll-free number', expect: missed('no_answer'), textBack: 'not_textable',
    from: '+18005550100', to: MAIN_LINE, status: 'no-answer', minutesAgo: 380,
  },
  {
    key: 'forwarded-from-old-number', situation: 'Came in through the old number\'s carrier forwarding; nobody answered', expect: missed('no_answer'), textBack: 'sent',
    from: '+17375550119', to: MAIN_LINE, status: 'no-answer', minutesAgo: 360, forwardedFrom: '+15125550199',
  },
  {
    key: 'tracking-line-missed', situation: 'Missed on the Google Ads tracking line', expect: missed('no_answer'), textBack: 'sent',
    from: '+17375550120', to: TRACKING_LINE, status: 'no-answer', minutesAgo: 340,
  },
  {
    key: 'yesterday-missed', situation: 'Missed yesterday, before this polling window', expect: missed('no_answer'), textBack: 'sent',
    from: '+17375550118', to: MAIN_LINE, status: 'no-answer', minutesAgo: 1560,
  },
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
  { direction: 'outbound-api', from: MAIN_LINE, to: '+17375550111', body: TEXT_BACK, minutesAgo: 2 * DAY },
  { direction: 'inbound', from: '+17375550111', to: MAIN_LINE, body: 'Yes, stop', minutesAgo: 2 * DAY - 5 },
  // Today's text-backs and their replies.
  { direction: 'outbound-api', from: MAIN_LINE, to: '+15125550134', body: TEXT_BACK, minutesAgo: 399 },
  { direction: 'inbound', from: '+15125550134', to: MAIN_LINE, body: 'YES', minutesAgo: 390 },
  { direction: 'outbound-api', from: MAIN_LINE, to: '+15125550135', body: TEXT_BACK, minutesAgo: 499 },
  { direction: 'inbound', from: '+15125550135', to: MAIN_LINE, body: 'Do you install tankless water heaters? What would that cost?', minutesAgo: 470 },
  { direction: 'outbound-api', from: MAIN_LINE, to: '+15125550136', body: TEXT_BACK, minutesAgo: 559 },
  { direction: 'inbound', from: '+15125550136', to: MAIN_LINE, body: 'please stop texting me', minutesAgo: 550 },
  ...deliveryMessages(MAIN_LINE),
];

export const rapidRooterScenario: Scenario = {
  name: 'rapid-rooter',
  accountFriendlyName: 'Rapid Rooter Plumbing',
  smsGeoPermissions: ['US', 'CA'],
  numbers: [
    { phoneNumber: MAIN_LINE, friendlyName: 'Main Line', voiceUrl: 'https://handler.twilio.com/twiml/EH4f3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d' },
    { phoneNumber: EMERGENCY_LINE, friendlyName: 'Emergency Line', voiceUrl: 'https://rapid-rooter-1234.twil.io/emergency' },
    { phoneNumber: OFFICE_APP_LINE, friendlyName: 'Office Line', voiceApplicationSid: 'AP3c1a5e9b7d2f4a6c8e0b1d3f5a7c9e1b' },
    { phoneNumber: TRACKING_LINE, friendlyName: 'Google Ads Line', voiceUrl: 'https://calltracker.example.com/twilio/voice', statusCallback: EXISTING_STATUS_CALLBACK },
    { phoneNumber: TRUNK_LINE, friendlyName: 'Desk Phones (SIP)', sms: false, trunkSid: 'TK7e2d4c6b8a0f1e3d5c7b9a1f3e5d7c9b' },
    ...DELIVERY_NUMBERS,
  ],
  messagingServices: [
    { friendlyName: 'Rapid Rooter Texts', numbers: [MAIN_LINE, EMERGENCY_LINE] },
    ...deliveryServices({ office: OFFICE_APP_LINE, tracking: TRACKING_LINE }),
  ],
  delivery: DELIVERY_SEED,
  staffPhones: { dave: DAVE_CELL, maria: MARIA_CELL, onCall: ON_CALL_CELL },
  calls,
  messages,
  lookups: {
    '+15125550131': { type: 'landline', carrierName: 'AT&T Local' },
    '+442079460018': { type: 'landline', carrierName: 'BT Group' },
    '+18765550142': { type: 'mobile', carrierName: 'Digicel Jamaica', mobileCountryCode: '338', mobileNetworkCode: '050' },
  },
};

/** The scenario's expected verdicts by entry key. */
export const EXPECTED_VERDICTS: Readonly<Record<string, Verdict>> = Object.fromEntries(calls.map((call) => [call.key, call.expect]));
