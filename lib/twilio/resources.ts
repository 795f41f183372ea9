import { text as textOrNull } from '../json/fields';
import { toIso } from '../time/dates';

/** Twilio resources as the app uses them: only the fields it reads, dates already ISO 8601. */
export interface Call {
  sid: string;
  parent_call_sid: string | null;
  direction: string;
  from: string;
  to: string;
  status: string;
  start_time: string | null;
  end_time: string | null;
  duration_seconds: number | null;
  answered_by: string | null;
  caller_name: string | null;
}

export interface Recording {
  sid: string;
  call_sid: string;
  source: string;
  status: string;
  date_created: string | null;
  media_url: string | null;
  /** Seconds of audio; null while Twilio is still processing it (it reports -1). */
  duration_seconds: number | null;
}

/** A recording's transcription (2010 API, `<Record transcribe="true">`). */
export interface Transcription {
  sid: string;
  recording_sid: string;
  /** `in-progress`, `completed` or `failed`. */
  status: string;
  transcription_text: string | null;
  date_created: string | null;
}

export interface Message {
  sid: string;
  direction: string;
  from: string;
  to: string;
  body: string;
  status: string;
  date_sent: string | null;
  date_created: string | null;
  error_code: number | null;
  /** Twilio's words for `error_code`, as given. */
  error_message: string | null;
  /** When the status last changed: for a failed text, when it failed. */
  date_updated: string | null;
  num_segments: number | null;
  messaging_service_sid: string | null;
}

/** When a message was sent (or created, before Twilio sends it), as ISO text that sorts by time; '' when unknown. */
/**
 * The caller's own leg of a call: inbound and not a child. Forwarded legs (`outbound-dial`) and the business's own
 * calls are never the caller's call, whatever their `from` says.
 */
export const isCallerLeg = (call: Call): boolean => call.direction === 'inbound' && !call.parent_call_sid;

export const messageTime = (message: Message): string => message.date_sent ?? message.date_created ?? '';

/** Each SID once, first seen wins: for lists fetched by overlapping queries. */
export function uniqueBySid<T extends { sid: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.sid) && Boolean(seen.add(item.sid)));
}

export interface IncomingNumber {
  sid: string;
  phone_number: string;
  friendly_name: string;
  sms_enabled: boolean;
  voice_enabled: boolean;
  voice_application_sid: string | null;
  trunk_sid: string | null;
  status_callback: string | null;
  status_callback_method: string | null;
}

export interface Account {
  sid: string;
  friendly_name: string;
  status: string;
}

type Raw = Record<string, unknown>;

/** A field Twilio always sends, '' when it did not. */
const text = (value: unknown): string => textOrNull(value) ?? '';
const numberOrNull = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};

const seconds = (value: unknown): number | null => {
  const n = numberOrNull(value);
  return n !== null && n >= 0 ? n : null;
};

export function toCall(raw: Raw): Call {
  return {
    sid: text(raw.sid),
    parent_call_sid: textOrNull(raw.parent_call_sid),
    direction: text(raw.direction),
    from: text(raw.from),
    to: text(raw.to),
    status: text(raw.status),
    start_time: toIso(raw.start_time ?? raw.date_created),
    end_time: toIso(raw.end_time),
    duration_seconds: numberOrNull(raw.duration),
    answered_by: textOrNull(raw.answered_by),
    caller_name: textOrNull(raw.caller_name),
  };
}

export function toRecording(raw: Raw): Recording {
  return {
    sid: text(raw.sid),
    call_sid: text(raw.call_sid),
    source: text(raw.source),
    status: text(raw.status),
    date_created: toIso(raw.date_created),
    media_url: textOrNull(raw.media_url),
    duration_seconds: seconds(raw.duration),
  };
}

export function toTranscription(raw: Raw): Transcription {
  return {
    sid: text(raw.sid),
    recording_sid: text(raw.recording_sid),
    status: text(raw.status),
    transcription_text: textOrNull(raw.transcription_text),
    date_created: toIso(raw.date_created),
  };
}

export function toMessage(raw: Raw): Message {
  return {
    sid: text(raw.sid),
    direction: text(raw.direction),
    from: text(raw.from),
    to: text(raw.to),
    body: text(raw.body),
    status: text(raw.status),
    date_sent: toIso(raw.date_sent) ?? toIso(raw.date_created),
    date_created: toIso(raw.date_created),
    error_code: numberOrNull(raw.error_code),
    error_message: textOrNull(raw.error_message),
    date_updated: toIso(raw.date_updated),
    num_segments: numberOrNull(raw.num_segments),
    messaging_service_sid: textOrNull(raw.messaging_service_sid),
  };
}

export function toIncomingNumber(raw: Raw): IncomingNumber {
  const capabilities = (raw.capabilities ?? {}) as Raw;
  return {
    sid: text(raw.sid),
    phone_number: text(raw.phone_number),
    friendly_name: text(raw.friendly_name),
    sms_enabled: capabilities.sms === true || capabilities.SMS === true,
    voice_enabled: capabilities.voice === true || capabilities.Voice === true,
    voice_application_sid: textOrNull(raw.voice_application_sid),
    trunk_sid: textOrNull(raw.trunk_sid),
    status_callback: textOrNull(raw.status_callback),
    status_callback_method: textOrNull(raw.status_callback_method),
  };
}

export function toAccount(raw: Raw): Account {
  return { sid: text(raw.sid), friendly_name: text(raw.friendly_name), status: text(raw.status) };
}
