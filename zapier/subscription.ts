import { text } from '../lib/json/fields';
import type { HookSubscription } from '../lib/missed-calls/status-callback';

/**
 * What subscribe stored, as Zapier hands it back in `bundle.subscribeData`: checked field by field, because Zapier
 * types it as `{ id }` and keeps whatever subscribe returned. Subscriptions saved before the fields were renamed
 * to camelCase (`number_sid`, `phone_number`, `previous_status_callback...`) are read too, so those Zaps still
 * unsubscribe cleanly.
 */
export function readSubscription(subscribeData: unknown): HookSubscription | undefined {
  if (subscribeData === null || typeof subscribeData !== 'object') return undefined;
  const saved = subscribeData as Record<string, unknown>;
  const targetUrl = text(saved.targetUrl);
  if (!targetUrl) return undefined;
  return {
    targetUrl,
    numberSid: text(saved.numberSid) ?? text(saved.number_sid) ?? '',
    phoneNumber: text(saved.phoneNumber) ?? text(saved.phone_number) ?? '',
    previousStatusCallback: text(saved.previousStatusCallback) ?? text(saved.previous_status_callback),
    previousStatusCallbackMethod:
      text(saved.previousStatusCallbackMethod) ?? text(saved.previous_status_callback_method),
  };
}
