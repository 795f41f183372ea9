import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { rfc2822, stableSid } from './format';
import { countryOfNumber } from './phone';
import type { SandboxState } from './types';

/** SIP codes Twilio reports beside each final status. */
const SIP_RESPONSE_CODES: Record<string, string> = {
  completed: '200',
  busy: '486',
  'no-answer': '487',
  canceled: '487',
  failed: '500',
};

export interface StatusCallbackRequest {
  url: string;
  method: 'GET' | 'POST';
  params: Record<string, string>;
  /** The form body for POST (empty for GET: the parameters ride in the URL). */
  body: string;
  headers: Record<string, string>;
}

/**
 * What Twilio sends to a number's `status_callback` when a call on it ends: the call's parameters, signed
 * with the Auth Token over the URL plus the sorted POST parameters (for GET, over the URL with its query).
 */
export function statusCallbackRequest(
  state: SandboxState,
  callSid: string,
  now: Date,
  url?: string,
): StatusCallbackRequest {
  const call = state.calls.find((candidate) => candidate.sid === callSid);
  if (!call) throw new Error(`No call ${callSid} in the sandbox`);
  const number = state.numbers.find((candidate) => candidate.phoneNumber === call.to);
  const target = url ?? number?.statusCallback;
  if (!target) throw new Error(`${call.to} has no status callback; pass a URL`);
  const method = (url ? 'POST' : (number?.statusCallbackMethod ?? 'POST')).toUpperCase() === 'GET' ? 'GET' : 'POST';

  const params: Record<string, string> = {
    AccountSid: state.account.sid,
    ApiVersion: '2010-04-01',
    CallSid: call.sid,
    CallStatus: call.status,
    Called: call.to,
    Caller: call.from,
    Direction: call.direction,
    From: call.from,
    To: call.to,
    Timestamp: rfc2822(call.endTime ?? now),
    CallbackSource: 'call-progress-events',
    SequenceNumber: '0',
  };
  if (call.durationSeconds !== null) {
    params.CallDuration = String(call.durationSeconds);
    params.Duration = String(Math.ceil(call.durationSeconds / 60));
  }
  if (SIP_RESPONSE_CODES[call.status]) params.SipResponseCode = SIP_RESPONSE_CODES[call.status];
  if (call.parentCallSid) params.ParentCallSid = call.parentCallSid;
  if (call.callerName) params.CallerName = call.callerName;
  if (call.forwardedFrom) params.ForwardedFrom = call.forwardedFrom;
  for (const [prefix, value] of [
    ['Caller', call.from],
    ['From', call.from],
    ['Called', call.to],
    ['To', call.to],
  ] as const) {
    const country = countryOfNumber(value);
    if (country) params[`${prefix}Country`] = country;
  }

  const body = new URLSearchParams(params).toString();
  const signedUrl = method === 'GET' ? `${target}${target.includes('?') ? '&' : '?'}${body}` : target;
  const signature = getExpectedTwilioSignature(state.account.authToken, signedUrl, method === 'GET' ? {} : params);
  return {
    url: signedUrl,
    method,
    params,
    body: method === 'GET' ? '' : body,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'User-Agent': 'TwilioProxy/1.1',
      'X-Twilio-Signature': signature,
      'I-Twilio-Idempotency-Token': stableSid('', `${call.sid}:status:${call.status}`),
    },
  };
}
