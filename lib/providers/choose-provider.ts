import { InputError } from '../errors/input-error';
import { text } from './payload-fields';
import { PROVIDER_REGISTRY, type ProviderKey } from './registry';
import type { WebhookDelivery, WebhookSettings } from './types';

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
 * The provider a delivery is read as: the one the owner named, else the one whose shape it has (null: none fits).
 * Detect Automatically with a secret is a setup mistake the owner must fix, not a bad delivery to skip quietly.
 */
export function chooseProvider(
  delivery: WebhookDelivery,
  settings: WebhookSettings,
  provider: ProviderKey | 'auto',
): ProviderKey | null {
  if (provider !== 'auto') return provider;
  if (text(settings.webhookSecret)) throw new InputError(NAME_THE_PROVIDER);
  return detectProvider(delivery);
}
