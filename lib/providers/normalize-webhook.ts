import { signatureRefusal } from './check-signature';
import { chooseProvider } from './choose-provider';
import { type ProviderKey, providerRow } from './registry';
import type { WebhookDelivery, WebhookMissedCall, WebhookSettings } from './types';

export interface WebhookResult {
  item: WebhookMissedCall | null;
  /** Why the delivery was refused, in plain words for the business owner; set only when a check failed. */
  rejected?: string;
}

/**
 * One delivery to its missed call: choose the provider (`choose-provider.ts`), check the signature when the
 * provider signs and a secret is set (`check-signature.ts`), then read the call with the provider's row.
 * Malformed or unknown deliveries give no item; only the owner's setup mistake (a secret with Detect
 * Automatically) throws.
 */
export function normalizeWebhook(
  delivery: WebhookDelivery,
  settings: WebhookSettings,
  provider: ProviderKey | 'auto',
): WebhookResult {
  const key = chooseProvider(delivery, settings, provider);
  const row = key ? providerRow(key) : undefined;
  if (!row) return { item: null };
  const rejected = signatureRefusal(row, delivery, settings);
  if (rejected) return { item: null, rejected };
  try {
    return { item: row.normalize(delivery, settings) };
  } catch {
    return { item: null };
  }
}
