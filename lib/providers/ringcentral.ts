import { firstText, isRecord, type JsonRecord, record, text, word } from './payload-fields';
import { providerMissedCall } from './provider-item';
import { missedReasonFor } from './reasons';
import { safeEqual } from './signature-checks';
import { defineProvider, type WebhookDelivery, type WebhookMissedCall, type WebhookSettings } from './types';

/**
 * RingCentral, two shapes:
 * - telephony session notifications (`/restapi/v1.0/account/~/telephony/sessions`): `body.parties[]`, one per
 *   endpoint; a missed inbound call is a party `Disconnected` with `missedCall: true`.
 *   Source: https://developers.ringcentral.com/guide/notifications/event-filters/account-telephony-sessions
 * - call-log records (`/call-log`), finished by nature, whose `result` says how the call ended.
 *   Source: https://developers.ringcentral.com/api-reference/Call-Log/readUserCallLog
 * Both carry `telephonySessionId`, the root id.
 */
const SESSION_EVENT = /^\/restapi\/v1\.0\/account\/[^/]+\/(extension\/[^/]+\/)?telephony\/sessions/;

/** Call-log `result` values that mean nobody answered; anything else ("Accepted", "Call connected") was answered. */
const MISSED_RESULTS = new Set([
  'missed',
  'voicemail',
  'voice mail',
  'busy',
  'hang up',
  'rejected',
  'declined',
  'blocked',
  'no answer',
  'abandoned',
  'call failed',
  'call failure',
  'internal error',
]);

/** The notification's `body`, or the record itself when a relay posts the bare object. */
function payloadOf({ body }: WebhookDelivery): JsonRecord {
  return isRecord(body.body) ? body.body : body;
}

function isCallLogRecord(payload: JsonRecord): boolean {
  return typeof payload.result === 'string' && (text(payload.telephonySessionId) ?? text(payload.sessionId)) !== null;
}

function fromSession(payload: JsonRecord, settings: WebhookSettings): WebhookMissedCall | null {
  const parties = Array.isArray(payload.parties) ? payload.parties.map(record) : [];
  const inbound = parties.filter((party) => word(party.direction) === 'inbound');
  // Someone picked up on another phone: the call was answered, whatever the other parties say.
  if (inbound.some((party) => word(record(party.status).code) === 'answered')) return null;
  const missed = inbound.find(
    (party) => word(record(party.status).code) === 'disconnected' && party.missedCall === true,
  );
  if (!missed) return null;
  const from = record(missed.from);
  return providerMissedCall(
    {
      provider: 'ringcentral',
      rootId: payload.telephonySessionId,
      caller: from.phoneNumber,
      callerName: from.name,
      calledNumber: record(missed.to).phoneNumber,
      missedReason: missedReasonFor(record(missed.status).reason),
      calledAt: payload.eventTime,
    },
    settings,
  );
}

function fromCallLog(payload: JsonRecord, settings: WebhookSettings): WebhookMissedCall | null {
  const result = word(payload.result);
  if (word(payload.direction) !== 'inbound' || !MISSED_RESULTS.has(result)) return null;
  const from = record(payload.from);
  const message = record(payload.message);
  return providerMissedCall(
    {
      provider: 'ringcentral',
      rootId: firstText(payload.telephonySessionId, payload.sessionId),
      caller: from.phoneNumber,
      callerName: from.name,
      calledNumber: record(payload.to).phoneNumber,
      missedReason: missedReasonFor(result),
      voicemailUrl: word(message.type) === 'voicemail' ? message.uri : null,
      calledAt: payload.startTime,
      durationSeconds: payload.duration,
    },
    settings,
  );
}

function detect(delivery: WebhookDelivery): boolean {
  const { body, headers } = delivery;
  // The subscription handshake carries only a `Validation-Token` header: it is RingCentral's, but not a call.
  if (headers['validation-token'] || /^ringcentral/i.test(headers['user-agent'] ?? '')) return true;
  if (typeof body.event === 'string' && SESSION_EVENT.test(body.event)) return true;
  const payload = payloadOf(delivery);
  return (Array.isArray(payload.parties) && text(payload.telephonySessionId) !== null) || isCallLogRecord(payload);
}

// RingCentral sends the subscription's `verificationToken` back in a `Verification-Token` header; nothing is signed.
function verify({ headers }: WebhookDelivery, settings: WebhookSettings): boolean {
  return safeEqual(headers['verification-token'], settings.webhookSecret ?? '');
}

function normalize(delivery: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  const payload = payloadOf(delivery);
  if (Array.isArray(payload.parties)) return fromSession(payload, settings);
  if (isCallLogRecord(payload)) return fromCallLog(payload, settings);
  return null;
}

export default defineProvider({
  key: 'ringcentral',
  label: 'RingCentral',
  sampleCallId: 's-a0d17e59b5d4cz18c6e1c2f5fz2b0a9e10000',
  // Source: https://developers.ringcentral.com/guide/notifications/webhooks/creating-webhooks (Validation-Token).
  setup:
    'RingCentral: a webhook subscription (API) to the telephony sessions event filter. RingCentral first checks the ' +
    'address by expecting its Validation-Token header sent back, which a Zapier webhook URL does not do: give the ' +
    'subscription a relay that answers that check and forwards events to the URL. A verification token set on the ' +
    'subscription is your Webhook Secret.',
  detect,
  verify,
  normalize,
});
