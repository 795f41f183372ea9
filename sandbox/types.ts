import type { DeliveryState } from './delivery-types';

/**
 * The sandbox's live data, in the words of Twilio's resources (calls, recordings, messages, numbers).
 * Dates are `Date`s here; the resource renderers turn them into Twilio's RFC 2822 strings.
 */

export type CallStatus =
  | 'queued'
  | 'ringing'
  | 'in-progress'
  | 'completed'
  | 'busy'
  | 'failed'
  | 'no-answer'
  | 'canceled';
export type CallDirection =
  | 'inbound'
  | 'outbound-api'
  | 'outbound-dial'
  | 'trunking-originating'
  | 'trunking-terminating';
/** Answering-machine detection results Twilio reports on `answered_by`. */
export type AnsweredBy =
  | 'human'
  | 'unknown'
  | 'fax'
  | 'machine_start'
  | 'machine_end_beep'
  | 'machine_end_silence'
  | 'machine_end_other';
export type RecordingSource =
  | 'RecordVerb'
  | 'DialVerb'
  | 'Conference'
  | 'OutboundAPI'
  | 'Trunking'
  | 'StartCallRecordingAPI'
  | 'StartConferenceRecordingAPI';
export type RecordingStatus = 'processing' | 'completed' | 'absent' | 'deleted';
export type MessageDirection = 'inbound' | 'outbound-api' | 'outbound-call' | 'outbound-reply';
export type MessageStatus =
  | 'queued'
  | 'sending'
  | 'sent'
  | 'failed'
  | 'delivered'
  | 'undelivered'
  | 'received'
  | 'accepted';
/** Lookup v2 `line_type_intelligence.type` values. */
export type LineType =
  | 'mobile'
  | 'landline'
  | 'fixedVoip'
  | 'nonFixedVoip'
  | 'personal'
  | 'tollFree'
  | 'premium'
  | 'sharedCost'
  | 'uan'
  | 'voicemail'
  | 'pager'
  | 'unknown';

export interface PhoneNumberRecord {
  sid: string;
  phoneNumber: string;
  friendlyName: string;
  capabilities: { voice: boolean; sms: boolean; mms: boolean; fax: boolean };
  voiceUrl: string | null;
  voiceMethod: string;
  voiceFallbackUrl: string | null;
  voiceApplicationSid: string;
  trunkSid: string | null;
  statusCallback: string;
  statusCallbackMethod: string;
  smsUrl: string;
  smsMethod: string;
  dateCreated: Date;
  dateUpdated: Date;
}

export interface CallRecord {
  sid: string;
  parentCallSid: string | null;
  direction: CallDirection;
  from: string;
  to: string;
  status: CallStatus;
  /** Null while queued (Twilio fills it when the call is dialled). */
  startTime: Date | null;
  endTime: Date | null;
  durationSeconds: number | null;
  answeredBy: AnsweredBy | null;
  callerName: string | null;
  forwardedFrom: string | null;
  phoneNumberSid: string | null;
  dateCreated: Date;
  dateUpdated: Date;
}

export interface RecordingRecord {
  sid: string;
  callSid: string;
  source: RecordingSource;
  status: RecordingStatus;
  durationSeconds: number;
  dateCreated: Date;
  startTime: Date;
}

/** Twilio's `transcription_enum_status`. */
export type TranscriptionStatus = 'in-progress' | 'completed' | 'failed';

/** A voicemail's transcription (`<Record transcribe="true">`), as the 2010 Transcriptions list serves it. */
export interface TranscriptionRecord {
  sid: string;
  recordingSid: string;
  status: TranscriptionStatus;
  /** Null until completed, and when it failed. */
  text: string | null;
  durationSeconds: number;
  dateCreated: Date;
  dateUpdated: Date;
}

export interface MessageRecord {
  sid: string;
  direction: MessageDirection;
  from: string;
  to: string;
  body: string;
  status: MessageStatus;
  numSegments: number;
  messagingServiceSid: string | null;
  errorCode: number | null;
  dateCreated: Date;
  dateSent: Date | null;
  dateUpdated: Date;
}

export interface LookupRecord {
  type: LineType;
  carrierName: string;
  mobileCountryCode?: string;
  mobileNetworkCode?: string;
}

/** Twilio's opt-out block: texts from `businessNumber` to `customerNumber` fail with 21610 while it exists. */
export interface OptOutRecord {
  businessNumber: string;
  customerNumber: string;
  keyword: string;
  at: Date;
}

export interface MessagingServiceRecord {
  sid: string;
  friendlyName: string;
  /** Sender pool: E.164 numbers of the account. */
  numbers: string[];
}

export interface AccountRecord {
  sid: string;
  friendlyName: string;
  authToken: string;
  apiKeySid: string;
  apiKeySecret: string;
  dateCreated: Date;
  /** Countries the account may text (Messaging Geo Permissions); 21408 elsewhere. */
  smsGeoPermissions: string[];
}

export interface SandboxState {
  account: AccountRecord;
  numbers: PhoneNumberRecord[];
  calls: CallRecord[];
  recordings: RecordingRecord[];
  transcriptions: TranscriptionRecord[];
  messages: MessageRecord[];
  messagingServices: MessagingServiceRecord[];
  /** Line types Lookup answers, by E.164; numbers not listed get a type from their numbering plan. */
  lookups: Map<string, LookupRecord>;
  /** Live opt-out blocks, keyed `business|customer`. */
  optOuts: Map<string, OptOutRecord>;
  /** What decides whether texts arrive (sandbox/delivery.ts). */
  delivery: DeliveryState;
}
