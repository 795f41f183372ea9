import { createHmac, timingSafeEqual } from 'node:crypto';
import { missedCall, type MissedCall, type MissedReason } from '../missed-call';
import { countryOf } from '../phone';
import { missedReasonFor } from './reasons';
import { businessNumberOf } from './twilio-form';
import type { ProviderNormalizer, WebhookDelivery, WebhookSettings } from './types';

/**
 * CallRail's post-call webhook: the call object as JSON, sent once the call has ended.
 * Sources: https://apidocs.callrail.com/#webhooks
 *          https://support.callrail.com/hc/en-us/articles/5711246459149-Webhooks (fields per webhook)
 */

/**
 * The pre-call webhook also says `answered: false`, `duration: 0`, `voicemail: false`, so it is told apart by
 * fields CallRail adds only once routing is done or the call has ended (the pre-call list has none of these).
 */
const POST_CALL_FIELDS = ['business_phone_number', 'recording', 'recording_player', 'recording_duration', 'timeline_url', 'lead_status'];

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
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

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Header `signature`: base64 HMAC-SHA1 of the raw body with the company's signing key (no timestamp is signed). */
function verify(delivery: WebhookDelivery, settings: WebhookSettings): boolean {
  if (!settings.webhookSecret) return true;
  const signature = delivery.headers?.signature;
  if (!signature) return false;
  const expected = createHmac('sha1', settings.webhookSecret).update(delivery.rawBody ?? '', 'utf8').digest('base64');
  return sameText(signature.trim(), expected);
}

function normalize(delivery: WebhookDelivery, settings: WebhookSettings): MissedCall | null {
  const call = delivery.body ?? {};
  const id = text(call.id) || text(call.resource_id);
  if (!id || text(call.direction).toLowerCase() !== 'inbound' || !isPostCall(call)) return null;
  const reason = reasonFor(call);
  if (!reason) return null;
  // The caller dialled the tracking number; CallRail forwarded it to the business line.
  const business = businessNumberOf(call.tracking_phone_number || call.business_phone_number, settings);
  return missedCall({
    id: `callrail:${id}`,
    call_id: id,
    provider: 'callrail',
    caller: call.customer_phone_number,
    caller_name: call.customer_name,
    business_number: business,
    missed_reason: reason,
    voicemail_url: text(call.recording) || null,
    called_at: call.start_time ?? settings.now ?? new Date(),
    duration_seconds: call.duration,
    timeZone: settings.timeZone || 'UTC',
    defaultCountry: countryOf(business) ?? 'US',
  });
}

export default { key: 'callrail', detect, verify, normalize } satisfies ProviderNormalizer;
