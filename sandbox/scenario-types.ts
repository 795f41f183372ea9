import type { MissedReason } from '../lib/missed-calls/item';
import type { SkipReason } from '../lib/text-back/sentences';
import type { DeliverySeed } from './delivery-types';
import type {
  AnsweredBy,
  CallStatus,
  LookupRecord,
  RecordingSource,
  RecordingStatus,
  TranscriptionStatus,
} from './types';

/** A forwarded leg: the `outbound-dial` call Twilio's `<Dial>` places to a staff phone. */
export interface LegSpec {
  to: string;
  status: CallStatus;
  answeredBy?: AnsweredBy;
  /** Talk time once answered. */
  durationSeconds?: number;
  /** `<Dial callerId>`: the number the leg shows; Twilio's default is the caller's own. */
  callerId?: string;
}

export interface RecordingSpec {
  source: RecordingSource;
  status: RecordingStatus;
  durationSeconds: number;
  /** Absent when the line does not transcribe its voicemails. */
  transcription?: { status: TranscriptionStatus; text?: string };
}

/** One call as it reaches Twilio: the caller's leg plus what Twilio did with it. */
export interface CallSpec {
  /** Stable name; the Call SID is derived from it so it is the same on every run. Random when absent. */
  key?: string;
  from: string;
  to: string;
  direction?: 'inbound' | 'outbound-api' | 'trunking-originating';
  status: CallStatus;
  /** When the call started: `at`, else `minutesAgo` before the sandbox clock. */
  at?: Date;
  minutesAgo?: number;
  durationSeconds?: number;
  callerName?: string;
  forwardedFrom?: string;
  answeredBy?: AnsweredBy;
  legs?: LegSpec[];
  recording?: RecordingSpec;
}

/**
 * What a person looking at the call log would say: a missed call and why, answered, still going
 * (`not_final`), or not a caller at all (`not_a_caller`: outbound or trunking calls).
 */
export type Verdict =
  | 'answered'
  | 'not_final'
  | 'not_a_caller'
  | { missed_reason: MissedReason; voicemail: boolean; voicemail_url: 'recording' | null };

/** `send_text_back`'s outcome with its default inputs (texting from the number that was called). */
// Quiet hours depend on the hour the day is replayed at, so the scenario never states them: tests derive them
// (test/helpers/scenario-expectations.ts).
export type TextBackVerdict = 'sent' | Exclude<SkipReason, 'quiet_hours'>;

export interface ScenarioCall extends CallSpec {
  key: string;
  minutesAgo: number;
  /** The situation, in the owner's words. */
  situation: string;
  expect: Verdict;
  /** Only where the outcome is certain; `landline` applies only with `skip_landlines` on. */
  textBack?: TextBackVerdict;
  /** The caller ID is withheld (sentinel, client/SIP address, invalid number). */
  withheld?: boolean;
}

export interface ScenarioMessage {
  from: string;
  to: string;
  body: string;
  minutesAgo: number;
  /** Inbound texts go through Twilio's keyword handling (STOP blocks, START lifts, auto-replies). */
  direction: 'inbound' | 'outbound-api';
}

export interface ScenarioNumber {
  phoneNumber: string;
  friendlyName: string;
  sms?: boolean;
  voiceUrl?: string;
  voiceApplicationSid?: string;
  trunkSid?: string;
  statusCallback?: string;
  statusCallbackMethod?: 'GET' | 'POST';
}

export interface Scenario {
  name: string;
  accountFriendlyName: string;
  /** Messaging Geo Permissions: countries the account may text. */
  smsGeoPermissions: string[];
  numbers: ScenarioNumber[];
  messagingServices: Array<{ friendlyName: string; numbers: string[] }>;
  /** Staff phones the business forwards calls to. */
  staffPhones: Record<string, string>;
  /** Who Alert Team by Text texts about each missed call (some of them may have texted STOP). */
  teamNumbers: string[];
  calls: ScenarioCall[];
  messages: ScenarioMessage[];
  lookups: Record<string, LookupRecord>;
  /** A2P 10DLC registrations, toll-free verifications, carriers' answers (texts deliver when absent). */
  delivery?: DeliverySeed;
}
