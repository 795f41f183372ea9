import { MINUTE_MS } from '../time/dates';
import { text } from './payload-fields';
import { REPLAY_WINDOW_MS } from './signature-checks';
import type { ProviderNormalizer, WebhookDelivery, WebhookSettings } from './types';

const REFUSED =
  'This delivery did not prove it came from {provider} with your webhook secret ' +
  `(the signature or token was missing, wrong, or more than ${REPLAY_WINDOW_MS / MINUTE_MS} minutes old), so it was ignored.`;

/**
 * Why the delivery is refused, in plain words for the business owner; null when it may be read: the provider
 * does not sign, no secret is set, or the signature is valid and fresh. A check that throws proves nothing.
 */
export function signatureRefusal(
  row: ProviderNormalizer,
  delivery: WebhookDelivery,
  settings: WebhookSettings,
): string | null {
  if (!row.verify || !text(settings.webhookSecret)) return null;
  let verified = false;
  try {
    verified = row.verify(delivery, settings);
  } catch {
    verified = false;
  }
  return verified ? null : REFUSED.replace('{provider}', row.label);
}
