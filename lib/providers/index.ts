import { text } from './payload-fields';
import { PROVIDER_REGISTRY, type ProviderKey, providerRow } from './registry';
import type { WebhookDelivery, WebhookMissedCall, WebhookSettings } from './types';

export { parseDelivery, type RawWebhookRequest } from './delivery';
export { PROVIDER_REGISTRY, PROVIDERS, type ProviderKey } from './registry';

/** The registry under its older name, for code written before the registry had one file. */
export const NORMALIZERS = PROVIDER_REGISTRY;

export interface WebhookResult {
  item: WebhookMissedCall | null;
  /** Why the delivery was refused, in plain words for the business owner; set only when a check failed. */
  rejected?: string;
}

/**
 * With a secret, the payload's own shape must not choose how it is checked: a secret of one scheme (a Telnyx public
 * key is public) would then verify a forged payload shaped like another provider's (contract: Webhook trust).
 */
export const NAME_THE_PROVIDER =
  'Which phone system sends this webhook? With a Webhook Secret set, pick it in Phone System: ' +
  'Detect Automatically would let the delivery itself choose how its signature is checked, so it is not used with a secret.';

/** The provider whose payload shape this delivery has, or null when none fits. */
export function detectProvider(delivery: WebhookDelivery): ProviderKey | null {
  for (const row of PROVIDER_REGISTRY) {
    try {
      if (row.detect(delivery)) return row.key;
    } catch {
      // A malformed payload is simply not this provider's.
    }
  }
  return null;
}

/**
 * Checks the delivery's signature when the provider signs and a secret is set, then reads the missed call from it.
 * Never throws: malformed or unknown deliveries give no item.
 */
export function normalizeWebhook(
  delivery: WebhookDelivery,
  settings: WebhookSettings,
  provider: ProviderKey | 'auto',
): WebhookResult {
  if (provider === 'auto' && text(settings.webhookSecret)) return { item: null, rejected: NAME_THE_PROVIDER };
  const key = provider === 'auto' ? detectProvider(delivery) : provider;
  const row = key ? providerRow(key) : undefined;
  if (!row) return { item: null };
  if (row.verify && text(settings.webhookSecret)) {
    let verified = false;
    try {
      verified = row.verify(delivery, settings);
    } catch {
      verified = false;
    }
    if (!verified) {
      return {
        item: null,
        rejected:
          `This delivery did not prove it came from ${row.label} with your webhook secret ` +
          '(the signature or token was missing, wrong, or more than 5 minutes old), so it was ignored.',
      };
    }
  }
  try {
    return { item: row.normalize(delivery, settings) };
  } catch {
    return { item: null };
  }
}
