import { validateRequest } from 'twilio/lib/webhooks/webhooks';
import { unansweredReason } from '../missed-calls/classify';
import type { MissedReason, Provider } from '../missed-calls/item';
import { type TranscriptStatus, twilioTranscriptStatus } from '../missed-calls/transcript';
import { parsePhone } from '../phone/parse';
import { parseDate } from '../time/dates';
import { CALL_SID } from '../twilio/sids';
import { firstText, text, word } from './payload-fields';
import { providerMissedCall } from './provider-item';
import { defineProvider, type WebhookDelivery, type WebhookMissedCall, type WebhookSettings } from './types';

/**
 * Twilio-shaped form callbacks (`CallSid`, `CallStatus`, `From`, `To`) posted to this trigger: a Twilio number's
 * status callback, a `<Dial action>` or `<Record action>` callback, a `<Record transcribeCallback>` (the voicemail's
 * words in `TranscriptionText`), or a Twilio-compatible host such as SignalWire.
 * Sources: https://www.twilio.com/docs/voice/api/call-resource#statuscallback,
 * https://www.twilio.com/docs/voice/twiml/record#transcribecallback
 */

/** A recording from these sources is a voicemail; `DialVerb` or API recordings are of answered conversations. */
const VOICEMAIL_SOURCES = new Set(['', 'recordverb']);
const FINISHED_RECORDING = new Set(['', 'completed', 'processing']);

type Verdict = { missedReason: MissedReason; voicemailUrl?: string } | null;

/** A transcription callback's words and status; a recording callback without them says nothing of a transcript. */
function transcriptOf(body: Record<string, unknown>): { transcript?: unknown; transcriptStatus?: TranscriptStatus } {
  const status = word(body.TranscriptionStatus);
  return status ? { transcript: body.TranscriptionText, transcriptStatus: twilioTranscriptStatus(status) } : {};
}

/**
 * Stateless verdict for one callback. `completed` means the call reached its TwiML, which is answered as far as a
 * single callback can tell, unless it lasted 0 seconds (nothing ran: unexplained, so `no_answer`).
 */
function verdict(body: Record<string, unknown>): Verdict {
  const recordingUrl = text(body.RecordingUrl);
  if (recordingUrl) {
    if (!VOICEMAIL_SOURCES.has(word(body.RecordingSource)) || !FINISHED_RECORDING.has(word(body.RecordingStatus)))
      return null;
    return { missedReason: 'voicemail', voicemailUrl: recordingUrl };
  }
  const dialStatus = word(body.DialCallStatus);
  if (dialStatus) {
    const dialReason = unansweredReason(dialStatus);
    return dialReason ? { missedReason: dialReason } : null;
  }
  const status = word(body.CallStatus);
  const statusReason = unansweredReason(status);
  if (statusReason) return { missedReason: statusReason };
  if (status === 'completed' && text(body.CallDuration) === '0') return { missedReason: 'no_answer' };
  return null; // not over yet (queued, ringing, in-progress), or answered
}

/** When the call started: Telnyx sends it; Twilio only sends the callback's time, so step back over the call. */
function startedAt(body: Record<string, unknown>): unknown {
  const explicit = firstText(body.StartTime, body.CallInitiatedAt);
  if (explicit) return explicit;
  const sent = parseDate(body.Timestamp);
  if (!sent) return null;
  return new Date(sent.getTime() - (Number(text(body.CallDuration)) || 0) * 1000);
}

/**
 * The caller's leg a callback speaks for: its own, or, for a forwarded leg (`outbound-dial`) that nobody answered,
 * its parent's (contract: Other phone systems, additions). A forwarded leg's `To` is the phone that rang, not the
 * business number, and its `From` is the caller unless the business set its own number as caller ID.
 */
function callerLeg(body: Record<string, unknown>, settings: WebhookSettings) {
  const direction = word(body.Direction);
  const callSid = text(body.CallSid);
  // Record callbacks may omit the direction; API calls (`outbound-api`) and trunking legs are never candidates.
  if (!direction || direction === 'inbound')
    return callSid ? { callSid, caller: body.From, calledNumber: body.To } : null;
  const parentSid = text(body.ParentCallSid);
  if (direction !== 'outbound-dial' || !parentSid || !unansweredReason(word(body.CallStatus))) return null;
  const from = parsePhone(body.From);
  const business = parsePhone(settings.businessNumber ?? '');
  const callerIsBusiness = from !== null && business !== null && from.e164 === business.e164;
  return { callSid: parentSid, caller: callerIsBusiness ? null : body.From, calledNumber: null };
}

/** A missed call from a Twilio-shaped callback, or null. Shared by Telnyx TeXML, whose callbacks have this shape. */
export function twilioShapedMissedCall(
  body: Record<string, unknown>,
  settings: WebhookSettings,
  provider: Provider,
): WebhookMissedCall | null {
  const leg = callerLeg(body, settings);
  const found = leg ? verdict(body) : null;
  // A recording callback without the caller cannot be texted back; the call's own callback reports it.
  if (!leg || !found || (found.missedReason === 'voicemail' && !text(body.From))) return null;
  const item = providerMissedCall(
    {
      provider,
      rootId: leg.callSid,
      caller: leg.caller,
      callerName: body.CallerName,
      calledNumber: leg.calledNumber,
      missedReason: found.missedReason,
      voicemailUrl: found.voicemailUrl,
      ...(found.missedReason === 'voicemail' ? transcriptOf(body) : {}),
      calledAt: startedAt(body),
      durationSeconds: body.CallDuration,
    },
    settings,
  );
  // A Twilio call keeps its bare Call SID so it never counts twice beside the native triggers.
  return item && provider === 'twilio' && CALL_SID.test(leg.callSid) ? { ...item, id: leg.callSid } : item;
}

/** Telnyx TeXML sends the same field names; these are Telnyx's own, so `auto` sends them to the Telnyx normalizer. */
export function isTelnyxTexml(delivery: WebhookDelivery): boolean {
  const body = delivery.body ?? {};
  return (
    /^v\d+:/.test(text(body.CallSid) ?? '') ||
    'CallSidLegacy' in body ||
    'ConnectionId' in body ||
    'telnyx-signature-ed25519' in (delivery.headers ?? {})
  );
}

function detect(delivery: WebhookDelivery): boolean {
  const body = delivery.body ?? {};
  if (!text(body.CallSid) || isTelnyxTexml(delivery)) return false;
  return ['CallStatus', 'DialCallStatus', 'RecordingUrl'].some((key) => key in body);
}

/** `X-Twilio-Signature` over this trigger's URL and the form fields, keyed with the Auth Token (no timestamp is signed). */
function verify(delivery: WebhookDelivery, settings: WebhookSettings): boolean {
  if (!settings.webhookSecret) return true;
  const signature = delivery.headers?.['x-twilio-signature'];
  if (!signature || !settings.webhookUrl) return false;
  try {
    // Over the fields this normalizer reads (Twilio's own algorithm, from its library, as the instant trigger uses).
    return validateRequest(settings.webhookSecret, signature, settings.webhookUrl, delivery.body ?? {});
  } catch {
    return false;
  }
}

function normalize(delivery: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null {
  return twilioShapedMissedCall(delivery.body ?? {}, settings, 'twilio');
}

export default defineProvider({
  key: 'twilio',
  label: 'Twilio-Style Callback',
  sampleCallId: 'CA2f0c3a1e5b7d9f1a3c5e7b9d1f3a5c7e',
  setup:
    "Twilio or a Twilio-compatible host (SignalWire): paste the URL as the number's Call Status Changes " +
    'callback, or as the action URL of the <Dial> that forwards calls (and as the <Record> transcribeCallback ' +
    "for the voicemail's words). Your Auth Token is your Webhook " +
    'Secret; paste the same URL in Webhook URL.',
  detect,
  verify,
  normalize,
});
