import { firstText, isRecord, isUnset, record, text, word } from './payload-fields';
import { providerMissedCall } from './provider-item';
import { missedReasonFor } from './reasons';
import { safeEqual } from './signature-checks';
import { defineProvider, type WebhookDelivery, type WebhookMissedCall, type WebhookSettings } from './types';

/**
 * Aircall call webhooks: `{ resource, event, timestamp, token, data: <call> }`.
 * Source: https://developer.aircall.io/docs/webhooks-overview and the Call object in
 * https://developer.aircall.io/api-references/#call-overview.
 *
 * `call.ended` fires ~30 s after hang-up once the call's data (voicemail, missed reason) is final, whereas
 * `call.hungup` fires at once and may still lack it, so it never counts. A missed call has `answered_at` null.
 */
/**
 * Events that report a finished, unanswered call: `call.ended` and `call.voicemail_left` (sent once the caller's
 * message is stored; the same call `id`, so the two count once).
 * Source: https://developer.aircall.io/api-references/#webhook-events (call events).
 */
const FINISHED_EVENTS = new Set(['call.ended', 'call.voicemail_left']);

function detect({ body }: WebhookDelivery): boolean {
  return (
    typeof body.token === 'string' &&
    typeof body.resource === 'string' &&
    typeof body.event === 'string' &&
    isRecord(body.data)
  );
}

/**
 * Aircall does not sign deliveries: each body carries the webhook's `token`, compared here with the secret.
 * Its `timestamp` is not signed, so there is no replay window to check.
 */
function verify({ body }: WebhookDelivery, settings: WebhookSettings): boolean {
  return safeEqual(body.token, settings.webhookSecret ?? '');
}

function normalize({ body }: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  const call = record(body.data);
  if (!FINISHED_EVENTS.has(word(body.event)) || word(call.direction) !== 'inbound' || !isUnset(call.answered_at))
    return null;
  const voicemailUrl = text(call.voicemail);
  const contact = record(call.contact);
  return providerMissedCall(
    {
      provider: 'aircall',
      rootId: call.id,
      caller: call.raw_digits,
      callerName: firstText([contact.first_name, contact.last_name].filter(Boolean).join(' '), contact.company_name),
      calledNumber: record(call.number).digits,
      missedReason: voicemailUrl ? 'voicemail' : missedReasonFor(call.missed_call_reason),
      voicemailUrl,
      calledAt: call.started_at,
      durationSeconds: call.duration,
    },
    settings,
  );
}

export default defineProvider({
  key: 'aircall',
  label: 'Aircall',
  sampleCallId: '1843219572',
  setup:
    'Aircall: Integrations & API > Webhooks > Add a new webhook; paste the URL and tick the call.ended ' +
    'event. The token Aircall shows is your Webhook Secret.',
  detect,
  verify,
  normalize,
});
