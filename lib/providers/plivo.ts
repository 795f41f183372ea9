import type { MissedReason } from '../missed-calls/item';
import { firstText, text, word } from './payload-fields';
import { providerMissedCall } from './provider-item';
import { missedReasonFor } from './reasons';
import { hmacSha256, safeEqual } from './signature-checks';
import { defineProvider, type WebhookDelivery, type WebhookMissedCall, type WebhookSettings } from './types';

/**
 * Plivo's `hangup_url` callback (form fields) and the `<Record action>` callback of a voicemail.
 * Sources: https://www.plivo.com/docs/voice/xml/request/
 *          https://www.plivo.com/docs/voice/troubleshooting/hangup-causes/
 *          https://www.plivo.com/docs/voice/concepts/signature-validation (V3, as in plivo-node `validateV3Signature`)
 */

/** Final `CallStatus` words of a call nobody answered. */
const MISSED_STATUS: Record<string, MissedReason> = {
  busy: 'busy',
  'no-answer': 'no_answer',
  timeout: 'no_answer',
  failed: 'failed',
  cancel: 'hung_up',
};
const FINISHED = new Set(['completed', ...Object.keys(MISSED_STATUS)]);

/**
 * A finished call is answered exactly when Plivo filled `AnswerTime`. An unanswered `completed` call ended by the
 * caller is `hung_up`; otherwise Plivo's hangup cause name decides ("Busy Line", "No Answer", "Rejected"...).
 */
function reasonFor(body: Record<string, unknown>): MissedReason | null {
  const status = word(body.CallStatus);
  if (!FINISHED.has(status) || text(body.AnswerTime)) return null;
  if (MISSED_STATUS[status]) return MISSED_STATUS[status];
  if (word(body.HangupSource) === 'caller') return 'hung_up';
  return missedReasonFor(body.HangupCauseName ?? body.HangupCause);
}

function detect(delivery: WebhookDelivery): boolean {
  return Boolean(text(delivery.body?.CallUUID)) || 'x-plivo-signature-v3' in (delivery.headers ?? {});
}

/** `key=value` pairs sorted by key, then value, joined by `&` (the URL's own query string). */
function sortedQuery(params: URLSearchParams): string {
  const keys = [...new Set(params.keys())].sort();
  return keys.flatMap((key) => params.getAll(key).sort().map((value) => `${key}=${value}`)).join('&');
}

/** POST fields as `keyvalue` sorted by key, then value, concatenated. */
function sortedFields(body: Record<string, unknown>): string {
  return Object.keys(body)
    .sort()
    .flatMap((key) => {
      const value = body[key];
      return (Array.isArray(value) ? value.map(String).sort() : [String(value ?? '')]).map((v) => `${key}${v}`);
    })
    .join('');
}

/**
 * What Plivo signs for a POST: the URL without its query, then `?` + the sorted query (plus `.` when both a query
 * and fields exist), then the sorted fields, then `.` + nonce.
 */
export function plivoSignedText(url: string, body: Record<string, unknown>, nonce: string): string {
  const parsed = new URL(url);
  const query = sortedQuery(parsed.searchParams);
  const hasFields = Object.keys(body).length > 0;
  let base = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  if (query || hasFields) base += `?${query}`;
  if (query && hasFields) base += '.';
  return `${base}${sortedFields(body)}.${nonce}`;
}

/**
 * `X-Plivo-Signature-V3`: base64 HMAC-SHA256 with the Auth Token over the text above; the header may list several
 * signatures separated by commas. Plivo signs a nonce, not a time, so there is no replay window to check.
 */
function verify(delivery: WebhookDelivery, settings: WebhookSettings): boolean {
  if (!settings.webhookSecret) return true;
  const signatures = delivery.headers?.['x-plivo-signature-v3'];
  const nonce = delivery.headers?.['x-plivo-signature-v3-nonce'];
  if (!signatures || !nonce || !settings.webhookUrl) return false;
  try {
    const expected = hmacSha256(settings.webhookSecret, plivoSignedText(settings.webhookUrl, delivery.body ?? {}, nonce), 'base64');
    return signatures.split(',').some((signature) => safeEqual(signature.trim(), expected));
  } catch {
    return false;
  }
}

function normalize(delivery: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  const body = delivery.body ?? {};
  const callUuid = text(body.CallUUID);
  if (!callUuid || word(body.Direction) !== 'inbound') return null;
  const recording = text(body.RecordUrl);
  const reason: MissedReason | null = recording ? 'voicemail' : reasonFor(body);
  if (!reason || (recording && !text(body.From))) return null;
  return providerMissedCall({
    provider: 'plivo',
    // Inbound calls have no `ALegUUID`: the caller's leg is the A leg.
    rootId: firstText(body.ALegUUID, callUuid),
    callId: callUuid,
    caller: body.From,
    callerName: body.CallerName,
    calledNumber: body.To,
    missedReason: reason,
    voicemailUrl: recording,
    // Plivo's times carry no zone (the account's console zone): read in the trigger's zone.
    calledAt: body.StartTime,
    durationSeconds: recording ? null : body.Duration,
  }, settings);
}

export default defineProvider({
  key: 'plivo',
  label: 'Plivo',
  sampleCallId: '93b0e5a2-44fb-11ef-9c6a-0242ac110004',
  setup: 'Plivo: Voice > Applications > your application; paste the URL as the Hangup URL, and as the action URL of the <Dial> that forwards calls. Your Auth Token is your Webhook Secret; paste the same URL in Webhook URL.',
  detect,
  verify,
  normalize,
});
