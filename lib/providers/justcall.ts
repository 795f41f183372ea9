import type { MissedReason } from '../missed-calls/item';
import { parseDate } from '../time/dates';
import { firstText, record, text, word } from './payload-fields';
import { providerMissedCall } from './provider-item';
import { reasonKey } from './reasons';
import { hmacSha256, isFresh, safeEqual } from './signature-checks';
import { defineProvider, type WebhookDelivery, type WebhookMissedCall, type WebhookSettings } from './types';

/**
 * JustCall webhooks (v2 envelope `{ request_id, webhook_url, type, data }`, `data` being the call object).
 * Sources: https://developer.justcall.io/docs/call-events
 *          https://developer.justcall.io/docs/dynamic-webhook-signatures
 */

/** Events sent once a call has ended; ringing, answered, queue and initiated events never emit. */
const FINISHED_EVENTS = new Set(['call.completed', 'call.missed', 'call.voicemail', 'call_completed']);
/** JustCall's call types (`call_info.type`) of an unanswered call, as `reasonKey` spells them. */
const MISSED_TYPES = new Map<string, MissedReason>([
  ['missed', 'no_answer'],
  ['missed_call', 'no_answer'],
  ['unanswered', 'no_answer'],
  ['abandoned', 'hung_up'],
  ['voicemail', 'voicemail'],
  ['voice_mail', 'voicemail'],
]);
const INCOMING = new Set(['incoming', 'inbound']);

/** JustCall's `call_date` and `call_time` are UTC (`call_user_date`/`call_user_time` are the agent's zone). */
function startedAt(call: Record<string, unknown>): Date | null {
  const date = text(call.call_date);
  const time = text(call.call_time);
  if (date && time) return parseDate(`${date} ${time}`, 'UTC');
  return parseDate(call.datetime ?? call.call_datetime ?? call.created_at, 'UTC');
}

function durationOf(call: Record<string, unknown>): unknown {
  const duration = call.call_duration ?? call.duration;
  const parts = record(duration);
  return typeof duration === 'object' ? (parts.total_duration ?? parts.handle_time ?? null) : duration;
}

function detect(delivery: WebhookDelivery): boolean {
  const data = record(delivery.body?.data);
  return 'justcall_number' in data || 'x-justcall-signature' in (delivery.headers ?? {});
}

/**
 * `x-justcall-signature`: hex HMAC-SHA256, keyed with the API secret, of
 * `${secret}|${encodeURIComponent(webhook_url)}|${type}|${x-justcall-request-timestamp}`.
 * JustCall signs the envelope, not `data`; the signed timestamp (UTC) bounds replays.
 */
function verify(delivery: WebhookDelivery, settings: WebhookSettings): boolean {
  const secret = settings.webhookSecret;
  if (!secret) return true;
  const signature = delivery.headers?.['x-justcall-signature'];
  const timestamp = delivery.headers?.['x-justcall-request-timestamp'];
  const body = delivery.body ?? {};
  if (!signature || !timestamp || typeof body.webhook_url !== 'string' || typeof body.type !== 'string') return false;
  const signedAt = parseDate(timestamp, 'UTC');
  if (!signedAt || !isFresh(signedAt.getTime(), settings.now ?? new Date())) return false;
  const message = `${secret}|${encodeURIComponent(body.webhook_url)}|${body.type}|${timestamp}`;
  return safeEqual(signature.trim().toLowerCase(), hmacSha256(secret, message, 'hex'));
}

function normalize(delivery: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  const body = delivery.body ?? {};
  const event = text(body.type);
  if (event && !FINISHED_EVENTS.has(event)) return null;
  const call = record(body.data);
  const info = record(call.call_info);
  if (!INCOMING.has(word(info.direction ?? call.direction))) return null;
  const reason = MISSED_TYPES.get(reasonKey(info.type ?? call.call_type ?? call.type));
  if (!reason) return null;
  return providerMissedCall(
    {
      provider: 'justcall',
      rootId: firstText(call.id, call.call_id, call.callsid),
      caller: call.contact_number,
      callerName: call.contact_name,
      calledNumber: call.justcall_number,
      missedReason: reason,
      voicemailUrl: firstText(info.recording, call.recording_url, call.recording),
      calledAt: startedAt(call),
      durationSeconds: durationOf(call),
    },
    settings,
  );
}

export default defineProvider({
  key: 'justcall',
  label: 'JustCall',
  sampleCallId: '48217701',
  setup:
    'JustCall: Settings > Developer & API (or APIs & Webhooks) > Webhooks; add the URL for the Call ' +
    'Completed and Call Missed events. Your API secret is your Webhook Secret.',
  detect,
  verify,
  normalize,
});
