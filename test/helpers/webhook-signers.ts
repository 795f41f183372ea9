import { createHmac } from 'node:crypto';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import type { Sandbox } from '../../sandbox/server';
import { zapierRawRequest } from './app';

/**
 * Signs a webhook delivery the way each phone system does (Zoom, OpenPhone, Twilio's form posts, and Twilio's status
 * callback for the instant trigger), then mangles it the way a bad-input case says: stale, forged, unsigned, tampered.
 * `zapUrl` is the trigger's URL the Twilio schemes sign unless the case names another.
 */

export interface Signing {
  scheme: 'zoom' | 'openphone' | 'twilio' | 'twilio-instant';
  secret?: string;
  /** Seconds between signing and delivery (negative: signed in the future). */
  age_seconds?: number;
  /** The URL the signature covers (Twilio schemes). */
  url?: string;
  forge?: boolean;
  unsigned?: boolean;
  /** Change the body after signing. */
  tamper?: boolean;
}

/** A delivery to the webhook trigger as Zapier hands it over, signed with the case's scheme. */
export function signedDelivery(
  body: unknown,
  headers: Record<string, string>,
  sign: Signing | undefined,
  zapUrl: string,
) {
  let raw = typeof body === 'string' ? body : JSON.stringify(body);
  const signed = { ...headers };
  const secret = sign?.secret ?? '';
  const at = Date.now() - (sign?.age_seconds ?? 0) * 1000;
  if (sign?.scheme === 'zoom') {
    signed['x-zm-request-timestamp'] = String(at);
    signed['x-zm-signature'] = `v0=${createHmac('sha256', secret).update(`v0:${at}:${raw}`).digest('hex')}`;
  } else if (sign?.scheme === 'openphone') {
    const hmac = createHmac('sha256', Buffer.from(secret, 'base64')).update(`${at}.${raw}`).digest('base64');
    signed['openphone-signature'] = `hmac;1;${at};${hmac}`;
  } else if (sign?.scheme === 'twilio') {
    const params = Object.fromEntries(new URLSearchParams(raw));
    signed['Content-Type'] = 'application/x-www-form-urlencoded';
    signed['X-Twilio-Signature'] = getExpectedTwilioSignature(secret, sign.url ?? zapUrl, params);
  }
  if (sign?.tamper) raw = raw.replace(/\+1512555012\d/, '+15125550199');
  return zapierRawRequest({ body: raw, headers: signed });
}

/** Twilio's signed status callback for the case's call, mangled the way the case says. */
export function instantDelivery(sandbox: Sandbox, callSid: string, sign: Signing | undefined, zapUrl: string) {
  if (!sign) return undefined;
  const request = zapierRawRequest(sandbox.statusCallbackRequest(callSid, sign.url ?? zapUrl));
  if (sign.forge) request.headers['Http-X-Twilio-Signature'] = 'bm90IGEgc2lnbmF0dXJl';
  if (sign.unsigned) delete request.headers['Http-X-Twilio-Signature'];
  if (sign.tamper) request.content = request.content.replace('CallStatus=completed', 'CallStatus=busy');
  return request;
}
