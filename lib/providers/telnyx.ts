import { createPublicKey, verify as verifySignature } from 'node:crypto';
import type { MissedReason } from '../missed-calls/item';
import { firstText, record, secondsBetween, text, word } from './payload-fields';
import { providerMissedCall } from './provider-item';
import { isFresh } from './signature-checks';
import { isTelnyxTexml, twilioShapedMissedCall } from './twilio-form';
import { defineProvider, type WebhookDelivery, type WebhookMissedCall, type WebhookSettings } from './types';

/**
 * Telnyx Call Control webhooks (`{ data: { event_type, payload } }`) and TeXML callbacks (Twilio-shaped forms).
 * Sources: https://developers.telnyx.com/api-reference/callbacks/call-hangup
 *          https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/hangup
 */

/**
 * `hangup_cause` of an incoming leg that was never answered. `normal_clearing` and `time_limit` end answered
 * calls, so they are not here; `unspecified` falls back to the SIP code below.
 */
const MISSED_CAUSES = new Map<string, MissedReason>([
  ['originator_cancel', 'hung_up'],
  ['timeout', 'no_answer'],
  ['no_answer', 'no_answer'],
  ['user_busy', 'busy'],
  ['call_rejected', 'rejected'],
  ['not_found', 'failed'],
]);
/** SIP final responses that mean the call was never answered (RFC 3261 §21). */
const MISSED_SIP_CODES = new Map<string, MissedReason>([
  ['408', 'no_answer'],
  ['480', 'no_answer'],
  ['486', 'busy'],
  ['487', 'hung_up'],
  ['600', 'busy'],
  ['603', 'rejected'],
]);
/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function hangupReason(payload: Record<string, unknown>): MissedReason | null {
  const cause = word(payload.hangup_cause);
  const missed = MISSED_CAUSES.get(cause);
  if (missed) return missed;
  if (cause === 'unspecified' || cause === '')
    return MISSED_SIP_CODES.get(text(payload.sip_hangup_cause) ?? '') ?? null;
  return null;
}

/** Only `call.hangup` of the caller's leg ends a call; `call.initiated`, `call.answered` and outgoing legs never emit. */
function callControlMissedCall(data: Record<string, unknown>, settings: WebhookSettings): WebhookMissedCall | null {
  if (text(data.event_type) !== 'call.hangup') return null;
  const payload = record(data.payload);
  // Telnyx's documented call.hangup carries no `direction`: the leg is the caller's unless it says `outgoing`.
  if (word(payload.direction) === 'outgoing') return null;
  const reason = hangupReason(payload);
  if (!reason) return null;
  return providerMissedCall(
    {
      provider: 'telnyx',
      rootId: payload.call_session_id,
      callId: firstText(payload.call_leg_id, payload.call_control_id),
      caller: payload.from,
      callerName: payload.caller_id_name,
      calledNumber: payload.to,
      missedReason: reason,
      calledAt: firstText(payload.start_time, data.occurred_at),
      durationSeconds: secondsBetween(payload.start_time, payload.end_time),
    },
    settings,
  );
}

function detect(delivery: WebhookDelivery): boolean {
  const data = record(delivery.body?.data);
  const payload = record(data.payload);
  if (typeof data.event_type === 'string' && ('call_session_id' in payload || 'call_control_id' in payload))
    return true;
  return isTelnyxTexml(delivery);
}

/** Ed25519 over `${telnyx-timestamp}|${raw body}`, checked with the account's public key (base64, 32 bytes). */
function verify(delivery: WebhookDelivery, settings: WebhookSettings): boolean {
  if (!settings.webhookSecret) return true;
  const signature = delivery.headers?.['telnyx-signature-ed25519'];
  const timestamp = delivery.headers?.['telnyx-timestamp'];
  if (!signature || !timestamp || !isFresh(timestamp, settings.now ?? new Date())) return false;
  try {
    const raw = Buffer.from(settings.webhookSecret.trim(), 'base64');
    if (raw.length !== 32) return false;
    const key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
    const message = Buffer.from(`${timestamp.trim()}|${delivery.rawBody ?? ''}`, 'utf8');
    return verifySignature(null, message, key, Buffer.from(signature.trim(), 'base64'));
  } catch {
    return false;
  }
}

function normalize(delivery: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  const body = delivery.body ?? {};
  const data = record(body.data);
  if (typeof data.event_type === 'string') return callControlMissedCall(data, settings);
  // TeXML uses the CallSid (the call_control_id) as the root id.
  return twilioShapedMissedCall(body, settings, 'telnyx');
}

export default defineProvider({
  key: 'telnyx',
  label: 'Telnyx',
  sampleCallId: '428c31b6-7af4-4bcb-b68e-5013ef9657c1',
  setup:
    'Telnyx: Mission Control > Voice > your Call Control or TeXML application; paste the URL as its Webhook ' +
    "URL (a TeXML <Record transcriptionCallback> brings the voicemail's words). Your public key (Account Settings > Keys & Credentials > Public Key) is your Webhook Secret.",
  detect,
  verify,
  normalize,
});
