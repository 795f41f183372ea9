import { isRecord } from './payload-fields';
import type { WebhookDelivery } from './types';

/**
 * An HTTP request as Zapier hands it to a hook (`bundle.rawRequest`, or `bundle.cleanedRequest` as `body`), or as
 * a Zap maps Catch Raw Hook's raw body and headers into the search. The one place that reads raw requests: the
 * webhook trigger, the search and the instant trigger's Twilio signature check all go through `parseDelivery`.
 */
export interface RawWebhookRequest {
  content?: string;
  headers?: Record<string, string | string[] | undefined>;
  querystring?: string | Record<string, unknown>;
  body?: unknown;
}

/**
 * Header names lower-cased; Zapier's `Http-` prefix (it turns `X-Foo` into `Http-X-Foo`) removed. Values lose the
 * spaces around them, as HTTP servers read them (RFC 9110 §5.5). A name given twice with different values (in two
 * cases, with and without the prefix, or as a list) gets both, comma-joined (RFC 9110 §5.3), so a second signature
 * header never silently replaces the first: a single-valued signature then matches nothing.
 */
export function cleanHeaders(headers: RawWebhookRequest['headers']): Record<string, string> {
  const values = new Map<string, string[]>();
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null) continue;
    const key = name
      .trim()
      .toLowerCase()
      .replace(/^http-/, '');
    const given = (Array.isArray(value) ? value : [value]).map((each) => String(each).trim()).filter(Boolean);
    values.set(key, [...new Set([...(values.get(key) ?? []), ...given])]);
  }
  return Object.fromEntries([...values].map(([key, list]) => [key, list.join(',')]));
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
    rawBody = request.body === undefined ? '' : (JSON.stringify(request.body) ?? '');
  } catch {
    // Not serialisable (a cycle): signatures cannot be checked, but the fields can still be read.
  }
  return { body, headers, rawBody, querystring };
}
