import type { MissedReason } from '../lib/missed-calls/item';
import type { Verdict } from './scenario-types';

/** Rapid Rooter Plumbing's numbers, staff phones and the building blocks its day is written with. */

export const MAIN_LINE = '+15125550100';
export const EMERGENCY_LINE = '+15125550101';
/** Voice handled by a TwiML App: the instant trigger refuses it. */
export const OFFICE_APP_LINE = '+15125550102';
/** Already reports call status to a call-tracking service: refused unless replacing is allowed. */
export const TRACKING_LINE = '+15125550103';
/** Voice through a SIP trunk, no SMS: refused by the instant trigger; texting from it is Twilio's 21606. */
export const TRUNK_LINE = '+15125550104';

export const EXISTING_STATUS_CALLBACK = 'https://calltracker.example.com/twilio/status';

export const DAVE_CELL = '+15125550150';
export const MARIA_CELL = '+15125550151';
export const ON_CALL_CELL = '+15125550152';
/** The office manager's cell: on the team alert list, but she texted STOP to the main line. */
export const OFFICE_MANAGER_CELL = '+15125550153';

export const missed = (missed_reason: Exclude<MissedReason, 'voicemail'>): Verdict => ({
  missed_reason,
  voicemail: false,
  voicemail_url: null,
});
export const VOICEMAIL_RECORDED: Verdict = { missed_reason: 'voicemail', voicemail: true, voicemail_url: 'recording' };
export const VOICEMAIL_ON_PHONE: Verdict = { missed_reason: 'voicemail', voicemail: true, voicemail_url: null };

export const TEXT_BACK =
  'Hi, this is Rapid Rooter Plumbing. Sorry we missed your call! We will call you back within 5 minutes. Reply YES if you would like a call back. Reply STOP to opt out.';
export const DAY = 24 * 60;
