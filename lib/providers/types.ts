import type { MissedCall, Provider } from '../missed-calls/item';

/** One webhook delivery as the trigger received it. */
export interface WebhookDelivery {
  /** Parsed body (JSON object, or form fields as an object). */
  body: Record<string, unknown>;
  /** Header names lower-cased, without Zapier's `Http-` prefix. */
  headers: Record<string, string>;
  /** The body exactly as sent, for signatures computed over raw bytes. */
  rawBody: string;
  querystring: Record<string, string>;
}

/** What the owner set on the trigger. */
export interface WebhookSettings {
  webhookSecret?: string;
  /** This trigger's URL, for signatures computed over the URL (Plivo, Twilio-shaped callbacks). */
  webhookUrl?: string;
  /** Used only when the payload lacks the called number. */
  businessNumber?: string;
  /** Zone for provider timestamps that carry none; UTC when blank. */
  timeZone?: string;
  /** Clock for replay windows; tests pass a fixed one. */
  now?: Date;
}

/** One phone system's webhook: how to recognise it, check its signature, and read a missed call from it. */
export interface ProviderNormalizer {
  key: Exclude<Provider, 'twilio'> | 'twilio';
  /** True when the payload has this provider's shape (for `provider: auto`). */
  detect(delivery: WebhookDelivery): boolean;
  /**
   * Present for providers that sign with a shared secret or key: true only for a valid, fresh signature
   * (a signed timestamp older than 5 minutes is a replay).
   */
  verify?(delivery: WebhookDelivery, settings: WebhookSettings): boolean;
  /** The missed call, or null for anything that is not a finished, missed, inbound call. */
  normalize(delivery: WebhookDelivery, settings: WebhookSettings): MissedCall | null;
}
