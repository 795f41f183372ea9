import type { Call, Message } from '../../lib/twilio/resources';

/**
 * Twilio's Call and Message records as the app holds them (`lib/twilio/resources.ts`: Twilio's field names, ISO
 * dates), for unit tables. Every default is a value Twilio's JSON can carry: SIDs of Twilio's pattern, statuses and
 * directions from its enums; `test/unit/twilio/record-builders.test.ts` holds them to Twilio's OpenAPI.
 */
export const BUSINESS_LINE = '+15125550100';
export const CUSTOMER_NUMBER = '+15125550142';

let serial = 0;
/** A fresh SID of Twilio's form: the prefix and 32 hex digits. */
export const twilioSid = (prefix: 'CA' | 'SM' | 'MG' | 'PN') => `${prefix}${(++serial).toString(16).padStart(32, '0')}`;

/** A customer's unanswered call to the business at `at` (start and end: it rang out). */
export const callRecord = (at: string, fields: Partial<Call> = {}): Call => ({
  sid: twilioSid('CA'),
  parent_call_sid: null,
  direction: 'inbound',
  from: CUSTOMER_NUMBER,
  to: BUSINESS_LINE,
  status: 'no-answer',
  start_time: at,
  end_time: at,
  duration_seconds: 0,
  answered_by: null,
  caller_name: null,
  ...fields,
});

/** A text the business sent the customer at `at`, delivered (created, sent and last updated then). */
export const messageRecord = (at: string, fields: Partial<Message> = {}): Message => ({
  sid: twilioSid('SM'),
  direction: 'outbound-api',
  from: BUSINESS_LINE,
  to: CUSTOMER_NUMBER,
  body: 'Hi there, sorry Rapid Rooter Plumbing missed your call!',
  status: 'delivered',
  date_sent: at,
  date_created: at,
  date_updated: at,
  error_code: null,
  error_message: null,
  num_segments: 1,
  messaging_service_sid: null,
  ...fields,
});

/** A text the customer sent the business at `at`. */
export const inboundMessageRecord = (at: string, body: string, fields: Partial<Message> = {}): Message =>
  messageRecord(at, {
    direction: 'inbound',
    from: CUSTOMER_NUMBER,
    to: BUSINESS_LINE,
    body,
    status: 'received',
    ...fields,
  });
