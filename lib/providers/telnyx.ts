import { createPublicKey, verify as verifySignature } from 'node:crypto';
import { missedCall, type MissedCall, type MissedReason } from '../missed-call';
import { countryOf } from '../phone';
import { parseDate } from '../dates';
import { businessNumberOf, isTelnyxTexml, twilioShapedMissedCall } from './twilio-form';
import type { ProviderNormalizer, WebhookDelivery, WebhookSettings } from './types';

/**
 * Telnyx Call Control webhooks (`{ data: { event_type, payload } }`) and TeXML callbacks (Twilio-shaped forms).
 * Sources: https://developers.telnyx.com/api-reference/callbacks/call-hangup
 *          https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/hangup
 */

/**
 * `hangup_cause` of an incoming leg that was never answered. `normal_clearing` and `time_limit` end answered
 * calls, so they are not here; `unspecified` falls back to the SIP code below.
 */
const MISSED_CAUSES: Record<string, MissedReason> = {
  originator_cancel: 'hung_up',
  timeout: 'no_answer',
  no_answer: 'no_answer',
  user_busy: 'busy',
  call_rejected: 'rejected',
  not_found: 'failed',
};
/** SIP final responses that mean the call was never answered (RFC 3261 §21). */
const MISSED_SIP_CODES: Record<string, MissedReason> = {
  '408': 'no_answer',
  '480': 'no_answer',
  '486': 'busy',
  '487': 'hung_up',
  '600': 'busy',
  '603': 'rejected',
};
/** The signature covers a timestamp; older deliveries are replays. */
const REPLAY_WINDOW_MS = 5 * 60 * 1000;
/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function hangupReason(payload: Record<string, unknown>): MissedReason | null {
  const cause = text(payload.hangup_cause).toLowerCase();
  if (MISSED_CAUSES[cause]) return MISSED_CAUSES[cause];
  if (cause === 'unspecified' || cause === '') return MISSED_SIP_CODES[text(payload.sip_hangup_cause)] ?? null;
  return null;
}

function secondsBetween(start: unknown, end: unknown): number | null {
  const from = parseDate(start);
  const to = parseDate(end);
  return from && to && to >= from ? Math.round((to.getTime() - from.getTime()) / 1000) : null;
}

/** Only `call.hangup` of the incoming leg ends a call; `call.initiated`, `call.answered` and outgoing legs never emit. */
function callControlMissedCall(data: Record<string, unknown>, settings: WebhookSettings): MissedCall | null {
  if (text(data.event_type) !== 'call.hangup') return null;
  const payload = record(data.payload);
  if (text(payload.direction).toLowerCase() !== 'incoming') return null;
  const reason = hangupReason(payload);
  const session = text(payload.call_session_id);
  if (!reason || !session) return null;
  const business = businessNumberOf(payload.to, settings);
  return missedCall({
    id: `telnyx:${session}`,
    call_id: text(payload.call_leg_id) || text(payload.call_control_id) || session,
    provider: 'telnyx',
    caller: payload.from,
    caller_name: payload.caller_id_name,
    business_number: business,
    missed_reason: reason,
    called_at: payload.start_time ?? data.occurred_at ?? settings.now ?? new Date(),
    duration_seconds: secondsBetween(payload.start_time, payload.end_time),
    timeZone: settings.timeZone || 'UTC',
    defaultCountry: countryOf(business) ?? 'US',
  });
}

function detect(delivery: WebhookDelivery): boolean {
  const data = record(delivery.body?.data);
  const payload = record(data.payload);
  if (typeof data.event_type === 'string' && ('call_session_id' in payload || 'call_control_id' in payload)) return true;
  return isTelnyxTexml(delivery);
}

/** Ed25519 over `${telnyx-timestamp}|${raw body}`, checked with the account's public key (base64, 32 bytes). */
function verify(delivery: WebhookDelivery, settings: WebhookSettings): boolean {
  if (!settings.webhookSecret) return true;
  const signature = delivery.headers?.['telnyx-signature-ed25519'];
  const timestamp = delivery.headers?.['telnyx-timestamp'];
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp.trim())) return false;
  const age = (settings.now ?? new Date()).getTime() - Number(timestamp) * 1000;
  if (Math.abs(age) > REPLAY_WINDOW_MS) return false;
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

function normalize(delivery: WebhookDelivery, settings: WebhookSettings): MissedCall | null {
  const body = delivery.body ?? {};
  const data = record(body.data);
  if (typeof data.event_type === 'string') return callControlMissedCall(data, settings);
  // TeXML uses the CallSid (the call_control_id) as the root id.
  return twilioShapedMissedCall(body, settings, 'telnyx');
}

export default { key: 'telnyx', detect, verify, normalize } satisfies ProviderNormalizer;
