import type { MissedCall } from '../missed-calls/item';
import { isRecord, text } from './payload-fields';
import type { ProviderNormalizer, WebhookDelivery, WebhookSettings } from './types';
import aircall from './aircall';
import callrail from './callrail';
import dialpad from './dialpad';
import generic from './generic';
import justcall from './justcall';
import openphone from './openphone';
import plivo from './plivo';
import ringcentral from './ringcentral';
import telnyx from './telnyx';
import twilio from './twilio-form';
import vonage from './vonage';
import zoom from './zoom';

/**
 * Every phone system the webhook trigger understands, in the order `auto` tries them: the most specific shapes
 * first; Telnyx before the Twilio-shaped form (TeXML reuses Twilio's field names); `generic` (which any simple JSON
 * with a caller and an outcome fits) last.
 */
export const NORMALIZERS: readonly ProviderNormalizer[] = [
  ringcentral, aircall, openphone, dialpad, zoom, telnyx, vonage, plivo, callrail, justcall, twilio, generic,
];

export type ProviderKey = ProviderNormalizer['key'];

export interface WebhookResult {
  item: MissedCall | null;
  /** Why the delivery was refused, in plain words for the business owner; set only when a check failed. */
  rejected?: string;
}

function normalizerFor(key: string): ProviderNormalizer | undefined {
  return NORMALIZERS.find((normalizer) => normalizer.key === key);
}

/** The provider whose payload shape this delivery has, or null when none fits. */
export function detectProvider(delivery: WebhookDelivery): ProviderKey | null {
  for (const normalizer of NORMALIZERS) {
    try {
      if (normalizer.detect(delivery)) return normalizer.key;
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
export function normalizeWebhook(delivery: WebhookDelivery, settings: WebhookSettings, provider: ProviderKey | 'auto'): WebhookResult {
  const key = provider === 'auto' ? detectProvider(delivery) : provider;
  const normalizer = key ? normalizerFor(key) : undefined;
  if (!normalizer) return { item: null };
  if (normalizer.verify && text(settings.webhookSecret)) {
    let verified = false;
    try {
      verified = normalizer.verify(delivery, settings);
    } catch {
      verified = false;
    }
    if (!verified) {
      return {
        item: null,
        rejected: `This delivery did not prove it came from ${normalizer.key} with your webhook secret `
          + '(the signature or token was missing, wrong, or more than 5 minutes old), so it was ignored.',
      };
    }
  }
  try {
    return { item: normalizer.normalize(delivery, settings) };
  } catch {
    return { item: null };
  }
}

/** What Zapier hands a hook trigger (`bundle.rawRequest`, or `bundle.cleanedRequest` as `body`). */
export interface RawWebhookRequest {
  content?: string;
  headers?: Record<string, string | string[] | undefined>;
  querystring?: string | Record<string, unknown>;
  body?: unknown;
}

/** Header names lower-cased; Zapier's `Http-` prefix (it turns `X-Foo` into `Http-X-Foo`) removed. */
function cleanHeaders(headers: RawWebhookRequest['headers']): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null) continue;
    clean[name.toLowerCase().replace(/^http-/, '')] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return clean;
}

function cleanQuery(querystring: RawWebhookRequest['querystring']): Record<string, string> {
  if (typeof querystring === 'string') return Object.fromEntries(new URLSearchParams(querystring.replace(/^\?/, '')));
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(isRecord(querystring) ? querystring : {})) {
    if (value !== undefined && value !== null) clean[name] = String(value);
  }
  return clean;
}

const FORM_ENCODED = /^[^=&\s{[]+=[^&]*(&[^=&]+=[^&]*)*$/;

/** JSON objects and form fields become the body; anything else (a JWT, truncated JSON, text) leaves it empty. */
function parseBody(content: string, contentType: string): Record<string, unknown> {
  const trimmed = content.trim();
  if (!trimmed) return {};
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || /json/i.test(contentType)) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return isRecord(parsed) ? parsed : {};
    } catch {
      return {};
    }
  }
  if (/x-www-form-urlencoded/i.test(contentType) || FORM_ENCODED.test(trimmed)) {
    return Object.fromEntries(new URLSearchParams(trimmed));
  }
  return {};
}

/** Turns what Zapier received into a delivery the normalizers read. Never throws. */
export function parseDelivery(request: RawWebhookRequest): WebhookDelivery {
  const headers = cleanHeaders(request.headers);
  const querystring = cleanQuery(request.querystring);
  if (typeof request.content === 'string' || typeof request.body === 'string') {
    const rawBody = typeof request.content === 'string' ? request.content : String(request.body);
    return { body: parseBody(rawBody, headers['content-type'] ?? ''), headers, rawBody, querystring };
  }
  const body = isRecord(request.body) ? request.body : {};
  let rawBody = '';
  try {
    rawBody = request.body === undefined ? '' : JSON.stringify(request.body) ?? '';
  } catch {
    // Not serialisable (a cycle): signatures cannot be checked, but the fields can still be read.
  }
  return { body, headers, rawBody, querystring };
}
