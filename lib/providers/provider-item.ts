import { type MissedReason, missedCall, type Provider } from '../missed-calls/item';
import type { TranscriptStatus } from '../missed-calls/transcript';
import { countryOf, parsePhone } from '../phone/parse';
import { toIso } from '../time/dates';
import { text } from './payload-fields';
import type { WebhookMissedCall, WebhookSettings } from './types';

/** What a normalizer read from one delivery, in the contract's words, before the shared shape is built. */
export interface ProviderCallFacts {
  provider: Provider;
  /** The provider's id for the whole call (one per call, however many phones rang). */
  rootId: unknown;
  /** The provider's id of the caller's leg; the root id when the provider has one id per call. */
  callId?: unknown;
  caller: unknown;
  callerName?: unknown;
  /** The number the caller dialled, as the payload gives it. */
  calledNumber?: unknown;
  missedReason: MissedReason;
  voicemailUrl?: unknown;
  /** The voicemail's words, where the event carries them. */
  transcript?: unknown;
  /** Absent: `completed` when words are given, else `none`. */
  transcriptStatus?: TranscriptStatus;
  calledAt: unknown;
  durationSeconds?: unknown;
}

/**
 * Builds the missed-call item for a provider's delivery: `id` is `<provider>:<root call id>`, the payload's
 * called number wins over the owner's `business_number`, and zone-less times are read in the owner's zone.
 */
export function providerMissedCall(facts: ProviderCallFacts, settings: WebhookSettings): WebhookMissedCall | null {
  const rootId = text(facts.rootId);
  if (!rootId) return null;
  const ownerNumber = parsePhone(settings.businessNumber ?? '');
  const business = parsePhone(facts.calledNumber, ownerNumber?.country ?? 'US') ?? ownerNumber;
  const businessNumber = business?.e164 ?? null;
  const timeZone = text(settings.timeZone) ?? 'UTC';
  const base = missedCall({
    id: `${facts.provider}:${rootId}`,
    call_id: text(facts.callId) ?? rootId,
    provider: facts.provider,
    caller: facts.caller,
    caller_name: facts.callerName,
    business_number: businessNumber,
    missed_reason: facts.missedReason,
    voicemail_url: text(facts.voicemailUrl),
    transcript: facts.transcript,
    transcriptStatus: facts.transcriptStatus,
    called_at: facts.calledAt,
    duration_seconds: facts.durationSeconds,
    timeZone,
    defaultCountry: countryOf(businessNumber) ?? 'US',
  });
  // Only the delivery's own call time counts: the builder's fallback to the current time would be consent evidence
  // for a call nobody can date (contract: Webhook trust), so an unknown time stays null.
  return { ...base, called_at: toIso(facts.calledAt, timeZone) };
}
