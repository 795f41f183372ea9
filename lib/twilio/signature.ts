import { validateRequest } from 'twilio/lib/webhooks/webhooks';

/** A received request with its headers already cleaned (lower-cased, Zapier's `Http-` prefix removed). */
export interface SignedRequest {
  headers: Record<string, string>;
  rawBody: string;
}

/**
 * The form parameters of a Twilio callback when `X-Twilio-Signature` proves it came from Twilio for `url`
 * (HMAC-SHA1 with the Auth Token over the URL and the sorted parameters); null for forged, tampered or
 * unsigned requests.
 */
export function verifiedTwilioParams(
  request: SignedRequest | undefined,
  url: string | undefined,
  authToken: string,
): Record<string, string> | null {
  const signature = request?.headers['x-twilio-signature'];
  if (!request || !url || !signature) return null;
  const params = Object.fromEntries(new URLSearchParams(request.rawBody));
  try {
    return validateRequest(authToken, signature, url, params) ? params : null;
  } catch {
    return null;
  }
}
