import { createHash } from 'node:crypto';
import type { MissedReason } from '../missed-calls/item';
import { firstText, isUnset, record, text, word } from './payload-fields';
import { providerMissedCall } from './provider-item';
import { hmacSha256, isFresh, safeEqual } from './signature-checks';
import { defineProvider, type WebhookDelivery, type WebhookMissedCall, type WebhookSettings } from './types';

/**
 * Vonage Voice API `event_url` webhooks: one JSON event per leg and status, numbers without `+`.
 * Source: https://developer.vonage.com/en/voice/voice-api/webhook-reference#event-webhook
 * Signed webhooks: https://developer.vonage.com/en/getting-started/concepts/webhooks#decoding-signed-webhooks
 */

/** Final statuses of a leg nobody answered. `started`, `ringing`, `answered`, `machine`, `human` never emit. */
const MISSED_STATUS = new Map<string, MissedReason>([
  ['busy', 'busy'],
  ['timeout', 'no_answer'],
  ['unanswered', 'no_answer'],
  ['failed', 'failed'],
  ['rejected', 'rejected'],
  ['cancelled', 'hung_up'],
]);

/**
 * Vonage's events are stateless, so a `completed` event is judged on its own fields: Vonage fills `start_time`,
 * `rate` and a positive `duration` only for a leg that was answered. Without them nothing explains the ending:
 * `no_answer`.
 */
function reasonFor(event: Record<string, unknown>): MissedReason | null {
  const status = word(event.status);
  const missed = MISSED_STATUS.get(status);
  if (missed) return missed;
  if (status !== 'completed') return null;
  const answered = Number(event.duration) > 0 || !isUnset(event.start_time) || !isUnset(event.rate);
  return answered ? null : 'no_answer';
}

/**
 * The NCCO `record` action's event carries the recording but not the caller; the caller's number is taken from the
 * event or, failing that, from the query string of the record action's `eventUrl` (`?from=...&to=...`).
 */
function voicemailFacts(delivery: WebhookDelivery): { from: unknown; to: unknown; url: string } | null {
  const event = delivery.body ?? {};
  const url = text(event.recording_url);
  const from = firstText(event.from, delivery.querystring?.from);
  return url && from ? { from, to: firstText(event.to, delivery.querystring?.to), url } : null;
}

/**
 * Vonage Business Communications (the VBC phone system, not the Voice API) posts `{ "event": <call> }`, one per
 * ringing extension, sharing the call's `id`. States that end a call nobody answered; `ANSWERED` emits nothing.
 * Source: https://developer.vonage.com/en/vonage-business-cloud/vonage-integration-platform/concepts/call-events
 */
const BUSINESS_CALL_STATES = new Map<string, MissedReason>([
  ['missed', 'no_answer'],
  ['rejected', 'rejected'],
  ['cancelled', 'hung_up'],
]);

function businessCallEvent(delivery: WebhookDelivery): Record<string, unknown> | null {
  const event = record(delivery.body?.event);
  return word(event.type) === 'call' && typeof event.state === 'string' ? event : null;
}

/** A VBC call event: the remote party is `phoneNumber` (name in `callerId`); the number dialled is not given. */
function businessMissedCall(event: Record<string, unknown>, settings: WebhookSettings): WebhookMissedCall | null {
  const reason = BUSINESS_CALL_STATES.get(word(event.state));
  if (word(event.direction) !== 'inbound' || !reason) return null;
  const durationMs = Number(text(event.duration));
  return providerMissedCall(
    {
      provider: 'vonage',
      rootId: event.id,
      caller: event.phoneNumber,
      callerName: event.callerId,
      missedReason: reason,
      calledAt: event.startTime,
      durationSeconds: Number.isFinite(durationMs) ? durationMs / 1000 : null,
    },
    settings,
  );
}

function detect(delivery: WebhookDelivery): boolean {
  return /^CON-/i.test(text(delivery.body?.conversation_uuid) ?? '') || businessCallEvent(delivery) !== null;
}

function claimsOf(token: string, secret: string): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts;
  if (!safeEqual(signature, hmacSha256(secret, `${header}.${payload}`, 'base64url'))) return null;
  const alg = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))?.alg;
  if (alg !== 'HS256') return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return claims && typeof claims === 'object' ? claims : null;
}

/** `Authorization: Bearer <JWT>` (HS256, signature secret) whose `payload_hash` is the SHA-256 of the raw body. */
function verify(delivery: WebhookDelivery, settings: WebhookSettings): boolean {
  if (!settings.webhookSecret) return true;
  const token = /^Bearer\s+(\S+)$/i.exec(delivery.headers?.authorization ?? '')?.[1];
  if (!token) return false;
  try {
    const claims = claimsOf(token, settings.webhookSecret);
    if (!claims || typeof claims.iat !== 'number' || !isFresh(claims.iat, settings.now ?? new Date())) return false;
    const bodyHash = createHash('sha256')
      .update(delivery.rawBody ?? '', 'utf8')
      .digest('hex');
    return typeof claims.payload_hash === 'string' && safeEqual(claims.payload_hash.toLowerCase(), bodyHash);
  } catch {
    return false;
  }
}

function normalize(delivery: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  const businessEvent = businessCallEvent(delivery);
  if (businessEvent) return businessMissedCall(businessEvent, settings);
  const event = delivery.body ?? {};
  const voicemail = voicemailFacts(delivery);
  // Record events carry no direction; every other event must be the caller's (inbound) leg.
  const direction = word(event.direction);
  if (voicemail ? direction && direction !== 'inbound' : direction !== 'inbound') return null;
  const reason: MissedReason | null = voicemail ? 'voicemail' : reasonFor(event);
  if (!reason) return null;
  return providerMissedCall(
    {
      provider: 'vonage',
      rootId: event.conversation_uuid,
      callId: event.uuid,
      caller: voicemail?.from ?? event.from,
      calledNumber: voicemail?.to ?? event.to,
      missedReason: reason,
      voicemailUrl: voicemail?.url,
      calledAt: firstText(event.start_time, event.timestamp),
      durationSeconds: voicemail ? null : event.duration,
    },
    settings,
  );
}

export default defineProvider({
  key: 'vonage',
  label: 'Vonage',
  sampleCallId: 'CON-f972836a-550f-45fa-956c-12a2ab5b7d22',
  setup:
    "Vonage Voice API: your application's Event URL (signed webhooks: the signature secret is your Webhook " +
    'Secret). Vonage Business Communications: a webhook subscription for call events (Vonage Integration ' +
    'Platform API), with the URL as its callback; these are not signed, so leave Webhook Secret blank.',
  detect,
  verify,
  normalize,
});
