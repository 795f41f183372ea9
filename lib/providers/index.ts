// The providers' public surface, for the edge and the tests: each step lives in the file named for it.
export { chooseProvider, detectProvider, NAME_THE_PROVIDER } from './choose-provider';
export { parseDelivery, type RawWebhookRequest } from './delivery';
export { normalizeWebhook, type WebhookResult } from './normalize-webhook';
export { PROVIDER_REGISTRY, PROVIDERS, type ProviderKey } from './registry';
