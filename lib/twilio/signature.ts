import { validateRequest } from 'twilio/lib/webhooks/webhooks';

/** A webhook request as Zapier hands it over (`bundle.rawRequest`). */
export interface RawHookRequest {
  method?: string;
  querystring?: string;
  headers?: Record<string, unknown>;
  content?: string;
}

/** Reads a header whatever its case, and whether or not Zapier renamed it `Http-...`. */
export function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers ?? {})) {
    const bare = key.toLowerCase().replace(/^http-/, '');
    if (bare === wanted && typeof value === 'string') return value;
  }
  return undefined;
}

/**
 * The form parameters of a Twilio callback when `X-Twilio-Signature` proves it came from Twilio for `url`
 * (HMAC-SHA1 with the Auth Token over the URL and the sorted parameters); null for forged, tampered or
 * unsigned requests.
 */
export function verifiedTwilioParams(request: RawHookRequest | undefined, url: string | undefined, authToken: string): Record<string, string> | null {
  const signature = headerValue(request?.headers, 'x-twilio-signature');
  if (!request || !url || !signature || typeof request.content !== 'string') return null;
  const params = Object.fromEntries(new URLSearchParams(request.content));
  try {
    return validateRequest(authToken, signature, url, params) ? params : null;
  } catch {
    return null;
  }
}
