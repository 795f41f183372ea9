import { type MissedCallFacts, missedCall } from '../missed-calls/item';
import { countryOf, parsePhone } from '../phone/parse';
import { toIso } from '../time/dates';
import { text } from './payload-fields';
import type { WebhookMissedCall, WebhookSettings } from './types';

/**
 * What a normalizer read from one delivery: the item's own facts (`MissedCallFacts`), with the ids, the business
 * number and the URL still as the payload gives them, since the delivery decides them (below).
 */
export interface ProviderCallFacts
  extends Omit<MissedCallFacts, 'id' | 'callId' | 'businessNumber' | 'voicemailUrl' | 'timeZone' | 'defaultCountry'> {
  /** The provider's id for the whole call (one per call, however many phones rang). */
  rootId: unknown;
  /** The provider's id of the caller's leg; the root id when the provider has one id per call. */
  callId?: unknown;
  /** The number the caller dialled, as the payload gives it. */
  calledNumber?: unknown;
  voicemailUrl?: unknown;
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
    ...facts,
    id: `${facts.provider}:${rootId}`,
    callId: text(facts.callId) ?? rootId,
    businessNumber,
    voicemailUrl: text(facts.voicemailUrl),
    timeZone,
    defaultCountry: countryOf(businessNumber) ?? 'US',
  });
  // Only the delivery's own call time counts: the builder's fallback to the current time would be consent evidence
  // for a call nobody can date (contract: Webhook trust), so an unknown time stays null.
  return { ...base, called_at: toIso(facts.calledAt, timeZone) };
}
