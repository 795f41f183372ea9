import type { MissedReason } from '../missed-calls/item';
import { parseDate } from '../time/dates';
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

/** Final `CallStatus` words of a call nobody answered (a Map: payload words are looked up as own keys only). */
const MISSED_STATUS = new Map<string, MissedReason>([
  ['busy', 'busy'],
  ['no-answer', 'no_answer'],
  ['timeout', 'no_answer'],
  ['failed', 'failed'],
  ['cancel', 'hung_up'],
]);

/**
 * `DialStatus` of the `<Dial>` action callback: how the forwarded leg ended. A call forwarded with `<Dial>` is
 * answered by Plivo itself, so its hangup callback says `completed`; the action callback tells the truth.
 * `completed` (someone picked up) is not here. Source: https://www.plivo.com/docs/voice/xml/dial/ (action URL).
 */
const DIAL_STATUS = new Map<string, MissedReason>([
  ['no-answer', 'no_answer'],
  ['timeout', 'no_answer'],
  ['busy', 'busy'],
  ['cancel', 'hung_up'],
  ['failed', 'failed'],
]);

/**
 * A finished call is answered exactly when Plivo filled `AnswerTime`. An unanswered `completed` call ended by the
 * caller is `hung_up`; otherwise Plivo's hangup cause name decides ("Busy Line", "No Answer", "Rejected"...).
 */
function reasonFor(body: Record<string, unknown>): MissedReason | null {
  const dialStatus = word(body.DialStatus);
  if (dialStatus) return DIAL_STATUS.get(dialStatus) ?? null;
  const status = word(body.CallStatus);
  if ((status !== 'completed' && !MISSED_STATUS.has(status)) || text(body.AnswerTime)) return null;
  const missed = MISSED_STATUS.get(status);
  if (missed) return missed;
  if (word(body.HangupSource) === 'caller') return 'hung_up';
  return missedReasonFor(body.HangupCauseName ?? body.HangupCause);
}

function detect(delivery: WebhookDelivery): boolean {
  const body = delivery.body ?? {};
  return Boolean(text(body.CallUUID) ?? text(body.DialALegUUID)) || 'x-plivo-signature-v3' in (delivery.headers ?? {});
}

/** `key=value` pairs sorted by key, then value, joined by `&` (the URL's own query string). */
function sortedQuery(params: URLSearchParams): string {
  const keys = [...new Set(params.keys())].sort();
  return keys
    .flatMap((key) =>
      params
        .getAll(key)
        .sort()
        .map((value) => `${key}=${value}`),
    )
    .join('&');
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
    const expected = hmacSha256(
      settings.webhookSecret,
      plivoSignedText(settings.webhookUrl, delivery.body ?? {}, nonce),
      'base64',
    );
    return signatures.split(',').some((signature) => safeEqual(signature.trim(), expected));
  } catch {
    return false;
  }
}

function normalize(delivery: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  const body = delivery.body ?? {};
  const callUuid = firstText(body.CallUUID, body.DialALegUUID);
  const direction = word(body.Direction);
  // The `<Dial>` action callback speaks for the caller's (A) leg, and may leave the direction out.
  if (!callUuid || (direction ? direction !== 'inbound' : !text(body.DialALegUUID))) return null;
  const recording = text(body.RecordUrl);
  const reason: MissedReason | null = recording ? 'voicemail' : reasonFor(body);
  if (!reason || (recording && !text(body.From))) return null;
  return providerMissedCall(
    {
      provider: 'plivo',
      // Inbound calls have no `ALegUUID`: the caller's leg is the A leg (`DialALegUUID` in a `<Dial>` action callback).
      rootId: firstText(body.DialALegUUID, body.ALegUUID, callUuid),
      callId: callUuid,
      caller: body.From,
      callerName: body.CallerName,
      calledNumber: body.To,
      missedReason: reason,
      voicemailUrl: recording,
      // Plivo's `StartTime` carries no zone (the account's console zone): read in the trigger's zone. The `<Dial>`
      // action callback has only `SessionStart`, which Plivo gives in UTC.
      calledAt: text(body.StartTime) ? body.StartTime : parseDate(body.SessionStart, 'UTC'),
      durationSeconds: recording ? null : body.Duration,
    },
    settings,
  );
}

export default defineProvider({
  key: 'plivo',
  label: 'Plivo',
  sampleCallId: '93b0e5a2-44fb-11ef-9c6a-0242ac110004',
  setup:
    'Plivo: Voice > Applications > your application; paste the URL as the Hangup URL, and as the action URL ' +
    'of the <Dial> that forwards calls. Your Auth Token is your Webhook Secret; paste the same URL in ' +
    'Webhook URL.',
  detect,
  verify,
  normalize,
});
