/** Small builders for the text-back unit tables: a day of one customer's records, as Twilio's log shows them. */
import type { NumberHistory } from '../../../lib/history/number-history';
import type { TextBackSettings } from '../../../lib/text-back/settings';
import type { Call, IncomingNumber, Message } from '../../../lib/twilio/resources';
import { callRecord, inboundMessageRecord, messageRecord } from '../../helpers/twilio-records';

export const NOW = new Date('2026-11-30T17:00:00Z'); // 11:00 AM in Chicago
export const MAIN_LINE = '+15125550100';
export const CUSTOMER = '+15125550142';
export const CALL_SID = 'CA0123456789abcdef0123456789abcdef';

export const minutesAgo = (minutes: number) =>
  new Date(NOW.getTime() - minutes * 60000).toISOString().replace('.000Z', 'Z');

export const settings = (extra: Partial<TextBackSettings> = {}): TextBackSettings => ({
  to: CUSTOMER,
  from: MAIN_LINE,
  template: 'acknowledge',
  businessName: 'Rapid Rooter Plumbing',
  callbackMinutes: 5,
  requireCallerConsent: true,
  consentWindowHours: 72,
  cooldownHours: 24,
  skipLandlines: false,
  ifSkipped: 'continue',
  dryRun: false,
  skipIfConnected: true,
  timeZone: 'America/Chicago',
  afterHoursTemplate: 'after_hours',
  quietHours: '21:00-08:00',
  ...extra,
});

export const call = (minutes: number, extra: Partial<Call> = {}): Call =>
  callRecord(minutesAgo(minutes), { sid: CALL_SID, from: CUSTOMER, to: MAIN_LINE, ...extra });

export const message = (minutes: number, extra: Partial<Message> = {}): Message =>
  messageRecord(minutesAgo(minutes), {
    sid: 'SM0123456789abcdef0123456789abcdef',
    from: MAIN_LINE,
    to: CUSTOMER,
    ...extra,
  });

export const reply = (minutes: number, body: string): Message =>
  inboundMessageRecord(minutesAgo(minutes), body, {
    sid: 'SM9876543210fedcba9876543210fedcba',
    from: CUSTOMER,
    to: MAIN_LINE,
  });

export const accountNumber = (extra: Partial<IncomingNumber> = {}): IncomingNumber => ({
  sid: 'PN0123456789abcdef0123456789abcdef',
  phone_number: MAIN_LINE,
  friendly_name: 'Main line',
  sms_enabled: true,
  voice_enabled: true,
  voice_application_sid: null,
  trunk_sid: null,
  status_callback: null,
  status_callback_method: null,
  ...extra,
});

export const history = (extra: Partial<NumberHistory> = {}): NumberHistory => ({
  accountNumbers: [accountNumber()],
  inboundMessages: [],
  outboundMessages: [],
  calls: [],
  ...extra,
});
