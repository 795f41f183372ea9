import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { missedCall, type MissedCall, type MissedReason } from '../missed-call';
import { countryOf } from '../phone';
import { businessNumberOf } from './twilio-form';
import type { ProviderNormalizer, WebhookDelivery, WebhookSettings } from './types';

/**
 * Vonage Voice API `event_url` webhooks: one JSON event per leg and status, numbers without `+`.
 * Source: https://developer.vonage.com/en/voice/voice-api/webhook-reference#event-webhook
 * Signed webhooks: https://developer.vonage.com/en/getting-started/concepts/webhooks#decoding-signed-webhooks
 */

/** Final statuses of a leg nobody answered. `started`, `ringing`, `answered`, `machine`, `human` never emit. */
const MISSED_STATUS: Record<string, MissedReason> = {
  busy: 'busy',
  timeout: 'no_answer',
  unanswered: 'no_answer',
  failed: 'failed',
  rejected: 'rejected',
  cancelled: 'hung_up',
};
const REPLAY_WINDOW_MS = 5 * 60 * 1000;

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
const present = (value: unknown): boolean => value !== null && value !== undefined && value !== '';

/**
 * Vonage's events are stateless, so a `completed` event is judged on its own fields: Vonage fills `start_time`,
 * `rate` and a positive `duration` only for a leg that was answered. Without them nothing explains the ending:
 * `no_answer`.
 */
function reasonFor(event: Record<string, unknown>): MissedReason | null {
  const status = text(event.status).toLowerCase();
  if (MISSED_STATUS[status]) return MISSED_STATUS[status];
  if (status !== 'completed') return null;
  const answered = Number(event.duration) > 0 || present(event.start_time) || present(event.rate);
  return answered ? null : 'no_answer';
}

/**
 * The NCCO `record` action's event carries the recording but not the caller; the caller's number is taken from the
 * event or, failing that, from the query string of the record action's `eventUrl` (`?from=...&to=...`).
 */
function voicemailFacts(delivery: WebhookDelivery): { from: unknown; to: unknown; url: string } | null {
  const event = delivery.body ?? {};
  const url = text(event.recording_url);
  if (!url) return null;
  const from = event.from ?? delivery.querystring?.from;
  return text(from) ? { from, to: event.to ?? delivery.querystring?.to, url } : null;
}

function detect(delivery: WebhookDelivery): boolean {
  return /^CON-/i.test(text(delivery.body?.conversation_uuid));
}

const base64url = (buffer: Buffer): string => buffer.toString('base64url');

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function claimsOf(token: string, secret: string): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts;
  const expected = base64url(createHmac('sha256', secret).update(`${header}.${payload}`).digest());
  if (!sameText(signature, expected)) return null;
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
    if (!claims || typeof claims.iat !== 'number') return false;
    const age = (settings.now ?? new Date()).getTime() - claims.iat * 1000;
    if (Math.abs(age) > REPLAY_WINDOW_MS) return false;
    const bodyHash = createHash('sha256').update(delivery.rawBody ?? '', 'utf8').digest('hex');
    return typeof claims.payload_hash === 'string' && sameText(claims.payload_hash.toLowerCase(), bodyHash);
  } catch {
    return false;
  }
}

function normalize(delivery: WebhookDelivery, settings: WebhookSettings): MissedCall | null {
  const event = delivery.body ?? {};
  const conversation = text(event.conversation_uuid);
  if (!conversation) return null;
  const voicemail = voicemailFacts(delivery);
  const direction = text(event.direction).toLowerCase();
  if (!voicemail && direction !== 'inbound') return null;
  if (voicemail && direction && direction !== 'inbound') return null;
  const reason: MissedReason | null = voicemail ? 'voicemail' : reasonFor(event);
  if (!reason) return null;
  const business = businessNumberOf(voicemail?.to ?? event.to, settings);
  return missedCall({
    id: `vonage:${conversation}`,
    call_id: text(event.uuid) || conversation,
    provider: 'vonage',
    caller: voicemail?.from ?? event.from,
    business_number: business,
    missed_reason: reason,
    voicemail_url: voicemail?.url ?? null,
    called_at: event.start_time ?? event.timestamp ?? settings.now ?? new Date(),
    duration_seconds: voicemail ? null : event.duration,
    timeZone: settings.timeZone || 'UTC',
    defaultCountry: countryOf(business) ?? 'US',
  });
}

export default { key: 'vonage', detect, verify, normalize } satisfies ProviderNormalizer;
