/** Small builders for the text-back unit tables: a day of one customer's records, as Twilio's log shows them. */
import type { NumberHistory } from '../../../lib/history/number-history';
import type { TextBackSettings } from '../../../lib/text-back/settings';
import type { Call, IncomingNumber, Message } from '../../../lib/twilio/resources';

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

export const call = (minutes: number, extra: Partial<Call> = {}): Call => ({
  sid: CALL_SID,
  parent_call_sid: null,
  direction: 'inbound',
  from: CUSTOMER,
  to: MAIN_LINE,
  status: 'no-answer',
  start_time: minutesAgo(minutes),
  end_time: minutesAgo(minutes),
  duration_seconds: 0,
  answered_by: null,
  caller_name: null,
  ...extra,
});

export const message = (minutes: number, extra: Partial<Message> = {}): Message => ({
  sid: 'SM0123456789abcdef0123456789abcdef',
  direction: 'outbound-api',
  from: MAIN_LINE,
  to: CUSTOMER,
  body: 'Hi there, sorry Rapid Rooter Plumbing missed your call!',
  status: 'delivered',
  date_sent: minutesAgo(minutes),
  date_created: minutesAgo(minutes),
  date_updated: minutesAgo(minutes),
  error_code: null,
  error_message: null,
  num_segments: 1,
  messaging_service_sid: null,
  ...extra,
});

export const reply = (minutes: number, body: string): Message =>
  message(minutes, {
    sid: 'SM9876543210fedcba9876543210fedcba',
    direction: 'inbound',
    from: CUSTOMER,
    to: MAIN_LINE,
    body,
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
