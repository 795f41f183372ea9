import type { MissedCall } from '../missed-calls/item';

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

/** What the owner set on the trigger (or the search). */
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

/**
 * A missed call another phone system reported. Its `called_at` is null when the delivery gave no call time: the
 * current time is never assumed, because Send Text-Back takes a call time as consent evidence (contract: Webhook
 * trust), and a blank Called At gives none.
 */
export type WebhookMissedCall = Omit<MissedCall, 'called_at'> & { called_at: string | null };

/**
 * One phone system: one row of the registry (`lib/providers/registry.ts`), written in one file with the same
 * shape for every provider: its key and names, how to recognise its webhooks, check their signature, and read a
 * missed call from them.
 */
export interface ProviderNormalizer<Key extends string = string> {
  key: Key;
  /** The name the Zap editor shows in Phone System. */
  label: string;
  /** What this system's call ids look like, so the Zap editor's sample reads like the real thing. */
  sampleCallId: string;
  /** Where the owner pastes a webhook URL in this phone system (the search's Catch Raw Hook directions). */
  setup: string;
  /** True when the payload has this provider's shape (for `provider: auto`). */
  detect(delivery: WebhookDelivery): boolean;
  /**
   * Present for providers that sign with a shared secret or key: true only for a valid, fresh signature
   * (a signed timestamp older than 5 minutes is a replay).
   */
  verify?(delivery: WebhookDelivery, settings: WebhookSettings): boolean;
  /** The missed call, or null for anything that is not a finished, missed, inbound call. */
  normalize(delivery: WebhookDelivery, settings: WebhookSettings): WebhookMissedCall | null;
}

/** Declares a provider's row, keeping its key as a literal type so the registry's keys make the `ProviderKey` type. */
export function defineProvider<const Row extends ProviderNormalizer>(row: Row): Row {
  return row;
}
