import { createHmac } from 'node:crypto';
import type { MissedReason } from '../missed-calls/item';
import { firstText, word } from './payload-fields';
import { providerMissedCall } from './provider-item';
import { missedReasonFor } from './reasons';
import { safeEqual } from './signature-checks';
import { defineProvider, type WebhookDelivery, type WebhookMissedCall, type WebhookSettings } from './types';

/**
 * CallRail's post-call webhook: the call object as JSON, sent once the call has ended.
 * Sources: https://apidocs.callrail.com/#webhooks
 *          https://support.callrail.com/hc/en-us/articles/5711246459149-Webhooks (fields per webhook)
 */

/**
 * The pre-call webhook also says `answered: false`, `duration: 0`, `voicemail: false`, so it is told apart by
 * fields CallRail adds only once routing is done or the call has ended (the pre-call list has none of these).
 */
const POST_CALL_FIELDS = [
  'business_phone_number',
  'recording',
  'recording_player',
  'recording_duration',
  'timeline_url',
  'lead_status',
];

const truthy = (value: unknown): boolean => value === true || value === 'true';

function isPostCall(call: Record<string, unknown>): boolean {
  return POST_CALL_FIELDS.some((field) => field in call) || Number(call.duration) > 0;
}

/** `voicemail: true` is a voicemail; otherwise CallRail's `call_type` word (`missed`, `abandoned`...) decides. */
function reasonFor(call: Record<string, unknown>): MissedReason | null {
  if (truthy(call.voicemail)) return 'voicemail';
  return call.answered === false || call.answered === 'false' ? missedReasonFor(call.call_type) : null;
}

function detect(delivery: WebhookDelivery): boolean {
  const body = delivery.body ?? {};
  return 'customer_phone_number' in body && ('tracking_phone_number' in body || 'business_phone_number' in body);
}

/** Header `signature`: base64 HMAC-SHA1 of the raw body with the company's signing key (no timestamp is signed). */
function verify(delivery: WebhookDelivery, settings: WebhookSettings): boolean {
  if (!settings.webhookSecret) return true;
  const signature = delivery.headers?.signature;
  if (!signature) return false;
  const expected = createHmac('sha1', settings.webhookSecret)
    .update(delivery.rawBody ?? '', 'utf8')
    .digest('base64');
  return safeEqual(signature.trim(), expected);
}

function normalize(delivery: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  const call = delivery.body ?? {};
  if (word(call.direction) !== 'inbound' || !isPostCall(call)) return null;
  const reason = reasonFor(call);
  if (!reason) return null;
  return providerMissedCall(
    {
      provider: 'callrail',
      rootId: firstText(call.id, call.resource_id),
      caller: call.customer_phone_number,
      callerName: call.customer_name,
      // The caller dialled the tracking number; CallRail forwarded it to the business line.
      calledNumber: firstText(call.tracking_phone_number, call.business_phone_number),
      missedReason: reason,
      voicemailUrl: call.recording,
      calledAt: call.start_time,
      durationSeconds: call.duration,
    },
    settings,
  );
}

export default defineProvider({
  key: 'callrail',
  label: 'CallRail',
  sampleCallId: 'CAL8154748ae6bd4e278a7cddd38a662f4f',
  setup:
    'CallRail: Settings > Integrations > Webhooks; paste the URL under Post-Call (not Pre-Call). The ' +
    'signing key CallRail shows for your company is your Webhook Secret.',
  detect,
  verify,
  normalize,
});
