import { MISSED_REASONS, type MissedReason } from '../missed-calls/item';
import { TRANSCRIPT_STATUSES, type TranscriptStatus } from '../missed-calls/transcript';
import { firstText, text, word } from './payload-fields';
import { providerMissedCall } from './provider-item';
import { knownMissedReason, reasonKey } from './reasons';
import { safeEqual } from './signature-checks';
import { defineProvider, type WebhookDelivery, type WebhookMissedCall, type WebhookSettings } from './types';

/**
 * The app's own simple JSON, for phone systems with no normalizer of their own (or a relay such as a script):
 * `caller_number`|`from`, `business_number`|`to`, `call_id`|`id`, `called_at`|`started_at`, and `missed` (boolean)
 * or `status` (a `missed_reason` value, or `answered`/`completed`); `direction` defaults to `inbound`.
 * Optional: `caller_name`, `voicemail_url`, `duration_seconds`, `voicemail_transcript` and
 * `voicemail_transcript_status` (the contract's values; else `completed` when words are given).
 *
 * There is no signature. With a webhook secret set, the delivery must carry it, either in an `X-Webhook-Secret`
 * header or a `secret` field of the body (whichever the sending system can set).
 */
const ANSWERED = new Set(['answered', 'completed']);
const TRUE_WORDS = new Set(['true', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'no', '0']);

function flag(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  const said = word(value);
  return TRUE_WORDS.has(said) ? true : FALSE_WORDS.has(said) ? false : null;
}

/** The contract's own words first, then providers' synonyms (`no-answer`, `cancelled`, ...). */
function reasonOf(status: unknown): MissedReason | null {
  const key = reasonKey(status);
  return (MISSED_REASONS as readonly string[]).includes(key) ? (key as MissedReason) : knownMissedReason(key);
}

function transcriptStatusOf(value: unknown): TranscriptStatus | undefined {
  const said = word(value);
  return (TRANSCRIPT_STATUSES as readonly string[]).includes(said) ? (said as TranscriptStatus) : undefined;
}

function detect({ body }: WebhookDelivery): boolean {
  const hasCaller = firstText(body.caller_number, body.from) !== null;
  const hasOutcome = flag(body.missed) !== null || text(body.status) !== null;
  return hasCaller && hasOutcome;
}

function verify({ body, headers }: WebhookDelivery, settings: WebhookSettings): boolean {
  const secret = settings.webhookSecret ?? '';
  return safeEqual(headers['x-webhook-secret'], secret) || safeEqual(body.secret, secret);
}

function normalize({ body }: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  if (!['inbound', 'incoming'].includes(word(body.direction) || 'inbound')) return null;
  const missed = flag(body.missed);
  const status = text(body.status);
  if (missed === false || (status && ANSWERED.has(word(status)))) return null;
  const statusReason = status ? reasonOf(status) : null;
  // Anything else in `status` (ringing, in-progress) is a call that has not finished.
  if (missed === null && !statusReason) return null;
  const voicemailUrl = text(body.voicemail_url);
  const caller = firstText(body.caller_number, body.from);
  const calledAt = firstText(body.called_at, body.started_at);
  return providerMissedCall(
    {
      provider: 'generic',
      // Without an id, the caller and time still identify the call, so a redelivery keeps one id.
      rootId: firstText(body.call_id, body.id) ?? (caller && calledAt ? `${caller}@${calledAt}` : null),
      caller,
      callerName: body.caller_name,
      calledNumber: firstText(body.business_number, body.to),
      missedReason: statusReason ?? (voicemailUrl || flag(body.voicemail) ? 'voicemail' : 'no_answer'),
      voicemailUrl,
      transcript: body.voicemail_transcript,
      transcriptStatus: transcriptStatusOf(body.voicemail_transcript_status),
      calledAt,
      durationSeconds: body.duration_seconds,
    },
    settings,
  );
}

export default defineProvider({
  key: 'generic',
  label: 'Other Phone System (Generic JSON)',
  sampleCallId: 'call-20261129-1403-0042',
  setup:
    "Any other phone system or script: post this app's JSON to the URL; send caller_number, business_number, " +
    'call_id, called_at and missed (or status). A Webhook Secret must then travel in an X-Webhook-Secret header ' +
    'or a secret field.',
  detect,
  verify,
  normalize,
});
