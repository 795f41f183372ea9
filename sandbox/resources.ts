import { carrierErrorMessage } from './delivery';
import { countString, formattedNumber, rfc2822, rfc2822OrNull } from './format';
import type {
  AccountRecord,
  CallRecord,
  MessageRecord,
  PhoneNumberRecord,
  RecordingRecord,
  TranscriptionRecord,
} from './types';

/** Twilio's JSON for each resource, field for field as the 2010-04-01 API returns it. */

const API_VERSION = '2010-04-01';
const accountPath = (accountSid: string) => `/${API_VERSION}/Accounts/${accountSid}`;

export function accountJson(account: AccountRecord): Record<string, unknown> {
  const base = accountPath(account.sid);
  const sub = (name: string) => `${base}/${name}.json`;
  return {
    auth_token: account.authToken,
    date_created: rfc2822(account.dateCreated),
    date_updated: rfc2822(account.dateCreated),
    friendly_name: account.friendlyName,
    owner_account_sid: account.sid,
    sid: account.sid,
    status: 'active',
    subresource_uris: {
      calls: sub('Calls'),
      incoming_phone_numbers: sub('IncomingPhoneNumbers'),
      messages: sub('Messages'),
      recordings: sub('Recordings'),
      transcriptions: sub('Transcriptions'),
    },
    type: 'Full',
    uri: `${base}.json`,
  };
}

export function phoneNumberJson(accountSid: string, number: PhoneNumberRecord): Record<string, unknown> {
  return {
    account_sid: accountSid,
    address_requirements: 'none',
    address_sid: null,
    api_version: API_VERSION,
    beta: false,
    capabilities: number.capabilities,
    date_created: rfc2822(number.dateCreated),
    date_updated: rfc2822(number.dateUpdated),
    emergency_status: 'Inactive',
    emergency_address_sid: null,
    emergency_address_status: 'unregistered',
    friendly_name: number.friendlyName,
    identity_sid: null,
    origin: 'twilio',
    phone_number: number.phoneNumber,
    sid: number.sid,
    sms_application_sid: null,
    sms_fallback_method: 'POST',
    sms_fallback_url: '',
    sms_method: number.smsMethod,
    sms_url: number.smsUrl,
    status_callback: number.statusCallback,
    status_callback_method: number.statusCallbackMethod,
    trunk_sid: number.trunkSid,
    uri: `${accountPath(accountSid)}/IncomingPhoneNumbers/${number.sid}.json`,
    voice_application_sid: number.voiceApplicationSid || null,
    voice_caller_id_lookup: false,
    voice_fallback_method: 'POST',
    voice_fallback_url: number.voiceFallbackUrl,
    voice_method: number.voiceMethod,
    voice_url: number.voiceUrl,
    voice_receive_mode: 'voice',
    status: 'in-use',
    bundle_sid: null,
    type: 'local',
  };
}

export function callJson(accountSid: string, call: CallRecord): Record<string, unknown> {
  const uri = `${accountPath(accountSid)}/Calls/${call.sid}`;
  const final = ['completed', 'busy', 'failed', 'no-answer', 'canceled'].includes(call.status);
  return {
    account_sid: accountSid,
    answered_by: call.answeredBy,
    api_version: API_VERSION,
    caller_name: call.callerName,
    date_created: rfc2822(call.dateCreated),
    date_updated: rfc2822(call.dateUpdated),
    direction: call.direction,
    duration: countString(call.durationSeconds),
    end_time: rfc2822OrNull(call.endTime),
    forwarded_from: call.forwardedFrom,
    from: call.from,
    from_formatted: formattedNumber(call.from),
    group_sid: null,
    parent_call_sid: call.parentCallSid,
    phone_number_sid: call.phoneNumberSid,
    price: final && call.durationSeconds ? (-0.0085 * Math.ceil(call.durationSeconds / 60)).toFixed(5) : null,
    price_unit: 'USD',
    queue_time: '0',
    sid: call.sid,
    start_time: rfc2822OrNull(call.startTime),
    status: call.status,
    subresource_uris: {
      notifications: `${uri}/Notifications.json`,
      recordings: `${uri}/Recordings.json`,
      events: `${uri}/Events.json`,
    },
    to: call.to,
    to_formatted: formattedNumber(call.to),
    trunk_sid: null,
    uri: `${uri}.json`,
  };
}

export function recordingJson(
  accountSid: string,
  baseUrl: string,
  recording: RecordingRecord,
): Record<string, unknown> {
  const path = `${accountPath(accountSid)}/Recordings/${recording.sid}`;
  return {
    account_sid: accountSid,
    api_version: API_VERSION,
    call_sid: recording.callSid,
    conference_sid: null,
    channels: 1,
    date_created: rfc2822(recording.dateCreated),
    date_updated: rfc2822(recording.dateCreated),
    start_time: rfc2822(recording.startTime),
    price: recording.status === 'completed' ? '-0.00250' : null,
    price_unit: 'USD',
    // Twilio reports -1 until the audio is processed.
    duration: recording.status === 'processing' ? '-1' : String(recording.durationSeconds),
    sid: recording.sid,
    source: recording.source,
    status: recording.status,
    error_code: null,
    uri: `${path}.json`,
    subresource_uris: {
      add_on_results: `${path}/AddOnResults.json`,
      transcriptions: `${path}/Transcriptions.json`,
    },
    encryption_details: null,
    media_url: `${baseUrl}${path}`,
  };
}

export function transcriptionJson(accountSid: string, transcription: TranscriptionRecord): Record<string, unknown> {
  const done = transcription.status !== 'in-progress';
  return {
    account_sid: accountSid,
    // Twilio still stamps transcriptions with the API version that introduced them.
    api_version: '2008-08-01',
    date_created: rfc2822(transcription.dateCreated),
    date_updated: rfc2822(transcription.dateUpdated),
    duration: String(transcription.durationSeconds),
    price: transcription.status === 'completed' ? -0.05 : null,
    price_unit: 'USD',
    recording_sid: transcription.recordingSid,
    sid: transcription.sid,
    status: transcription.status,
    transcription_text: done ? transcription.text : null,
    type: 'fast',
    uri: `${accountPath(accountSid)}/Transcriptions/${transcription.sid}.json`,
  };
}

export function messageJson(accountSid: string, message: MessageRecord): Record<string, unknown> {
  const uri = `${accountPath(accountSid)}/Messages/${message.sid}`;
  return {
    account_sid: accountSid,
    api_version: API_VERSION,
    body: message.body,
    date_created: rfc2822(message.dateCreated),
    date_sent: rfc2822OrNull(message.dateSent),
    date_updated: rfc2822(message.dateUpdated),
    direction: message.direction,
    error_code: message.errorCode,
    error_message: carrierErrorMessage(message.errorCode),
    from: message.from,
    messaging_service_sid: message.messagingServiceSid,
    num_media: '0',
    num_segments: String(message.numSegments),
    price: message.direction === 'inbound' || message.status === 'queued' ? null : '-0.00790',
    price_unit: 'USD',
    sid: message.sid,
    status: message.status,
    subresource_uris: { media: `${uri}/Media.json`, feedback: `${uri}/Feedback.json` },
    to: message.to,
    uri: `${uri}.json`,
  };
}
