import { firstText, isRecord, isUnset, type JsonRecord, record, secondsBetween, word } from './payload-fields';
import { providerMissedCall } from './provider-item';
import { hmacSha256, isFresh, safeEqual } from './signature-checks';
import { defineProvider, type WebhookDelivery, type WebhookMissedCall, type WebhookSettings } from './types';

/**
 * Dialpad call events: one JSON payload per state change of each call leg (`call_id`); the legs of one caller's
 * call share `master_call_id`. With a webhook secret, Dialpad sends the payload as a JWT (HS256) signed with it.
 * Sources: https://developers.dialpad.com/docs/call-events, https://developers.dialpad.com/docs/event-subscriptions
 *
 * Finished, missed states: `missed` (a leg rang out), `hangup` that never connected, and the voicemail states.
 * Ringing, connected, queued and post-call states say nothing final about a missed call.
 */
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const VOICEMAIL_STATES = new Set(['voicemail', 'voicemail_uploaded']);

function decodeJwtPart(part: string): JsonRecord | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return isRecord(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

/** The call event, from a JWT body (signed deliveries) or a plain JSON one. */
function eventOf({ body, rawBody }: WebhookDelivery): JsonRecord {
  const raw = rawBody.trim();
  if (JWT.test(raw)) return decodeJwtPart(raw.split('.')[1]) ?? {};
  return body;
}

function detect(delivery: WebhookDelivery): boolean {
  const event = eventOf(delivery);
  return (
    'call_id' in event &&
    typeof event.state === 'string' &&
    ('master_call_id' in event ||
      'entry_point_call_id' in event ||
      ('date_started' in event && isRecord(event.contact)))
  );
}

function verify({ rawBody }: WebhookDelivery, settings: WebhookSettings): boolean {
  const raw = rawBody.trim();
  if (!JWT.test(raw)) return false;
  const [header, payload, signature] = raw.split('.');
  if (word(decodeJwtPart(header)?.alg) !== 'hs256') return false;
  if (!safeEqual(signature, hmacSha256(settings.webhookSecret ?? '', `${header}.${payload}`, 'base64url')))
    return false;
  // A signed token must say when it was signed (contract: Webhook trust): without `iat`, a captured token for an
  // old call could be replayed forever. `iat` is the signing time; the event's own time may be older on a retry.
  return isFresh(decodeJwtPart(payload)?.iat, settings.now);
}

function normalize(delivery: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  const event = eventOf(delivery);
  const state = word(event.state);
  if (word(event.direction) !== 'inbound') return null;
  const voicemailUrl = firstText(event.voicemail_link, event.voicemail_url);
  const isVoicemail = VOICEMAIL_STATES.has(state) || (state === 'hangup' && voicemailUrl !== null);
  const neverConnected = state === 'missed' || (state === 'hangup' && isUnset(event.date_connected));
  if (!isVoicemail && !neverConnected) return null;
  const contact = record(event.contact);
  return providerMissedCall(
    {
      provider: 'dialpad',
      rootId: firstText(event.master_call_id, event.call_id),
      callId: event.call_id,
      caller: firstText(contact.phone, event.external_number),
      callerName: contact.name,
      // The number the caller dialled (the main line, department or call center); `target.phone` is the ringing
      // person's own line, which must not text the caller back.
      calledNumber: firstText(record(event.entry_point_target).phone, event.internal_number),
      // A hangup that never connected is `no_answer` (the contract), whoever hung up.
      missedReason: isVoicemail ? 'voicemail' : 'no_answer',
      voicemailUrl,
      calledAt: event.date_started,
      durationSeconds: secondsBetween(event.date_started, event.date_ended),
    },
    settings,
  );
}

export default defineProvider({
  key: 'dialpad',
  label: 'Dialpad',
  sampleCallId: '6128842307903488',
  setup:
    'Dialpad: create a webhook with the URL as its hook_url (Dialpad API: POST /api/v2/webhooks), then a call ' +
    'event subscription for it with the states missed, hangup and voicemail. A secret set on the webhook has ' +
    'events signed; it is your Webhook Secret.',
  detect,
  verify,
  normalize,
});
