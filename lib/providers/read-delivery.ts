import { markAfterHours } from '../missed-calls/after-hours';
import { normalizeWebhook } from './normalize-webhook';
import type { ProviderKey } from './registry';
import type { WebhookDelivery, WebhookMissedCall, WebhookSettings } from './types';

/** Everything the owner set on the webhook trigger or the search, read and checked at the Zapier edge. */
export interface WebhookOptions {
  provider: ProviderKey | 'auto';
  settings: WebhookSettings;
  countVoicemailAsMissed: boolean;
  businessHours?: string;
  /** The zone typed in Time Zone, if any, and the Zap's own zone: business hours are judged in the first known. */
  typedZone?: string;
  zapZone?: string;
}

export interface DeliveryVerdict {
  items: WebhookMissedCall[];
  /** Why a delivery was refused, for the Zap's log. */
  rejected?: string;
}

/**
 * One delivery to the missed calls it reports (none or one), by the same rules for the static hook and for
 * the search behind Catch Raw Hook: signature, provider rules, voicemail setting, business hours.
 */
export function missedCallsInDelivery(delivery: WebhookDelivery, options: WebhookOptions): DeliveryVerdict {
  const { item, rejected } = normalizeWebhook(delivery, options.settings, options.provider);
  if (!item || (item.voicemail && !options.countVoicemailAsMissed)) return { items: [], rejected };
  return { items: markAfterHours([item], options.businessHours, options.typedZone, options.zapZone), rejected };
}
