import { parsePhone } from '../phone/parse';
import { firstText, isRecord, isUnset, type JsonRecord, record, secondsBetween, text, word } from './payload-fields';
import { providerMissedCall } from './provider-item';
import { missedReasonFor } from './reasons';
import { hmacSha256, isFresh, safeEqual } from './signature-checks';
import { defineProvider, type WebhookDelivery, type WebhookMissedCall, type WebhookSettings } from './types';

/**
 * OpenPhone, now Quo. Two webhook generations share the envelope `{ id, apiVersion, createdAt, type, data }`:
 * - legacy (app-made or `/v1/webhooks`): the call is `data.object`; signed with
 *   `openphone-signature: hmac;1;<timestamp ms>;<base64 HMAC-SHA256 of "<timestamp>.<raw body>">`,
 *   keyed with the base64-decoded signing secret.
 *   Sources: https://support.openphone.com/hc/en-us/articles/4690754298903-How-to-use-webhooks,
 *   https://www.quo.com/docs/webhooks/legacy-signature-validation
 * - current (`2026-03-30`): the call is `data.resource`; Standard Webhooks signing, `webhook-signature: v1,<base64>`
 *   over `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the `whsec_` secret, base64-decoded.
 *   Source: https://www.quo.com/docs/mdx/beta/webhooks-signature-validation
 *
 * `call.completed` fires for answered and unanswered calls alike: `answeredAt` null means missed, and a `voicemail`
 * object means the caller left a message. The current generation adds `call.missed` and `call.voicemail.completed`.
 */
const MISSED_EVENTS = new Set(['call.completed', 'call.missed', 'call.voicemail.completed']);

function callOf(body: WebhookDelivery['body']) {
  const data = record(body.data);
  return record(data.object ?? data.resource);
}

function base64Key(secret: string): Buffer {
  return Buffer.from(secret.trim().replace(/^whsec_/, ''), 'base64');
}

function verifyLegacy(header: string, rawBody: string, settings: WebhookSettings): boolean {
  const key = base64Key(settings.webhookSecret ?? '');
  // Several signatures may one day be comma-separated; one valid, fresh signature is enough.
  return header.split(',').some((part) => {
    const [scheme, version, timestamp, signature] = part.trim().split(';');
    return (
      scheme === 'hmac' &&
      version === '1' &&
      isFresh(timestamp, settings.now) &&
      safeEqual(signature, hmacSha256(key, `${timestamp}.${rawBody}`, 'base64'))
    );
  });
}

function verifyStandard({ headers, rawBody }: WebhookDelivery, settings: WebhookSettings): boolean {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  if (!id || !isFresh(timestamp, settings.now)) return false;
  const expected = hmacSha256(base64Key(settings.webhookSecret ?? ''), `${id}.${timestamp}.${rawBody}`, 'base64');
  return (headers['webhook-signature'] ?? '').split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    return version === 'v1' && safeEqual(signature, expected);
  });
}

function detect({ body, headers }: WebhookDelivery): boolean {
  if (headers['openphone-signature']) return true;
  const data = record(body.data);
  const legacy = body.object === 'event' && isRecord(data.object) && typeof record(data.object).object === 'string';
  const current = typeof body.apiVersion === 'string' && isRecord(data.resource) && isRecord(data.context);
  return typeof body.type === 'string' && (legacy || current);
}

function verify(delivery: WebhookDelivery, settings: WebhookSettings): boolean {
  const legacyHeader = delivery.headers['openphone-signature'];
  if (legacyHeader) return verifyLegacy(legacyHeader, delivery.rawBody, settings);
  return verifyStandard(delivery, settings);
}

/**
 * The caller: `from` (legacy v3 and earlier), the current generation's `senderIdentifier`, or, in API v4 events
 * (`participants` instead of `from`/`to`), the participant that is not the business number.
 * Source: https://www.quo.com/docs/mdx/guides/webhooks (v4 call payload: `participants`, no `from`/`to`).
 */
function callerOf(
  call: JsonRecord,
  context: JsonRecord,
  calledNumber: string | null,
  settings: WebhookSettings,
): string | null {
  const named = firstText(call.from, context.senderIdentifier);
  if (named) return named;
  const business = parsePhone(calledNumber ?? settings.businessNumber ?? '')?.e164;
  const participants = Array.isArray(call.participants) ? call.participants : [];
  const numbers = participants.map((participant) => firstText(participant, record(participant).phoneNumber));
  return numbers.find((number) => number !== null && parsePhone(number)?.e164 !== business) ?? null;
}

function normalize({ body }: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  const type = word(body.type);
  const call = callOf(body);
  const context = record(record(body.data).context);
  if (!MISSED_EVENTS.has(type) || !['incoming', 'inbound'].includes(word(call.direction))) return null;
  if (type === 'call.completed' && !isUnset(call.answeredAt)) return null;
  const voicemail = record(call.voicemail);
  const voicemailUrl = firstText(voicemail.url, type === 'call.voicemail.completed' ? call.url : null);
  const recipients = Array.isArray(context.recipientIdentifiers) ? context.recipientIdentifiers : [];
  const calledNumber = firstText(Array.isArray(call.to) ? call.to[0] : call.to, recipients[0]);
  return providerMissedCall(
    {
      provider: 'openphone',
      rootId: type === 'call.voicemail.completed' ? firstText(call.callId, call.id) : call.id,
      caller: callerOf(call, context, calledNumber, settings),
      calledNumber,
      missedReason: voicemailUrl || type === 'call.voicemail.completed' ? 'voicemail' : missedReasonFor(call.status),
      voicemailUrl,
      calledAt: call.createdAt,
      durationSeconds: text(call.duration) ?? secondsBetween(call.createdAt, call.completedAt),
    },
    settings,
  );
}

export default defineProvider({
  key: 'openphone',
  label: 'OpenPhone (Quo)',
  sampleCallId: 'ACa2e0e4a1b2c3d4e5f60718293a4b5c6d',
  setup:
    'OpenPhone (Quo): Settings > Integrations > Webhooks > Create webhook; paste the URL and pick the call ' +
    'events (call.completed; on the current version also call.missed and call.voicemail.completed). Its ' +
    'signing secret is your Webhook Secret.',
  detect,
  verify,
  normalize,
});
