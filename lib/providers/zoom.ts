import type { MissedReason } from '../missed-calls/item';
import { firstText, isRecord, type JsonRecord, record, text } from './payload-fields';
import { providerMissedCall } from './provider-item';
import { missedReasonFor } from './reasons';
import { hmacSha256, isFresh, safeEqual } from './signature-checks';
import { defineProvider, type WebhookDelivery, type WebhookMissedCall, type WebhookSettings } from './types';

/**
 * Zoom Phone events: `{ event, event_ts, payload: { account_id, object } }`, one `phone.callee_missed` per phone
 * that rang (they share `call_id`), then `phone.voicemail_received` when the caller leaves a message, and
 * `phone.voicemail_transcript_completed` (`transcription.content`) once Zoom has transcribed it.
 * Signed with `x-zm-signature: v0=<hex HMAC-SHA256 of "v0:<x-zm-request-timestamp>:<raw body>">`.
 * Sources: https://developers.zoom.us/docs/api/phone/events/, https://developers.zoom.us/docs/api/webhooks/,
 * https://zoom.github.io/rivet-javascript/types/Phone.PhoneVoicemailTranscriptCompletedEvent.html
 * Zoom's `endpoint.url_validation` handshake is Zoom's, but not a call.
 */
type Reader = (call: JsonRecord) => MissedReason;

/** Events that end a caller's attempt without anyone answering, and how each reads its reason. */
const MISSED_EVENTS: Record<string, Reader> = {
  'phone.callee_missed': (call) => missedReasonFor(call.handup_result),
  'phone.callee_rejected': () => 'rejected',
  'phone.voicemail_received': () => 'voicemail',
  'phone.voicemail_transcript_completed': () => 'voicemail',
};

/** The voicemail events; the transcript event is final, so a transcript without words is one that failed. */
const VOICEMAIL_EVENTS = new Set(['phone.voicemail_received', 'phone.voicemail_transcript_completed']);

function fromMissedCall(event: string, call: JsonRecord, settings: WebhookSettings) {
  const caller = record(call.caller);
  const callee = record(call.callee);
  // A colleague's extension has no phone number: an internal call, not a customer to text back.
  if (!text(caller.phone_number) && text(caller.extension_number)) return null;
  return providerMissedCall(
    {
      provider: 'zoom',
      rootId: call.call_id,
      caller: caller.phone_number,
      callerName: firstText(caller.name, caller.display_name),
      calledNumber: callee.phone_number,
      missedReason: MISSED_EVENTS[event](call),
      calledAt: firstText(call.ringing_start_time, call.date_time),
    },
    settings,
  );
}

function fromVoicemail(event: string, call: JsonRecord, settings: WebhookSettings) {
  const words = text(record(call.transcription).content);
  const transcribed = event === 'phone.voicemail_transcript_completed';
  return providerMissedCall(
    {
      provider: 'zoom',
      rootId: firstText(call.call_id, call.id),
      caller: call.caller_number,
      callerName: call.caller_name,
      calledNumber: call.callee_number,
      missedReason: 'voicemail',
      voicemailUrl: call.download_url,
      transcript: words,
      transcriptStatus: transcribed ? (words ? 'completed' : 'failed') : 'none',
      calledAt: call.date_time,
    },
    settings,
  );
}

function detect({ body, headers }: WebhookDelivery): boolean {
  if (headers['x-zm-signature'] || headers['x-zm-request-timestamp']) return true;
  return (
    typeof body.event === 'string' && /^(phone\.|endpoint\.url_validation$)/.test(body.event) && isRecord(body.payload)
  );
}

function verify({ headers, rawBody }: WebhookDelivery, settings: WebhookSettings): boolean {
  const timestamp = headers['x-zm-request-timestamp'];
  if (!isFresh(timestamp, settings.now)) return false;
  return safeEqual(
    headers['x-zm-signature'],
    `v0=${hmacSha256(settings.webhookSecret ?? '', `v0:${timestamp}:${rawBody}`, 'hex')}`,
  );
}

function normalize({ body }: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  const event = text(body.event) ?? '';
  if (!Object.hasOwn(MISSED_EVENTS, event)) return null;
  const call = record(record(body.payload).object);
  return VOICEMAIL_EVENTS.has(event) ? fromVoicemail(event, call, settings) : fromMissedCall(event, call, settings);
}

export default defineProvider({
  key: 'zoom',
  label: 'Zoom Phone',
  sampleCallId: '7098536711934529537',
  // Source: https://developers.zoom.us/docs/api/webhooks/ (endpoint.url_validation, revalidated every 72 hours).
  setup:
    'Zoom: App Marketplace > a webhook-only app > Event Subscriptions, with the Phone events Callee Missed, Callee ' +
    'Rejected, Voicemail Received and Voicemail Transcript Completed (the transcript). Zoom validates the endpoint (endpoint.url_validation, again every 72 hours) ' +
    'with a challenge a Zapier webhook URL does not answer: use a relay that answers it and forwards events to the ' +
    'URL. The app Secret Token is your Webhook Secret.',
  detect,
  verify,
  normalize,
});
