/** Twilio's resource ids: two letters naming the kind, then 32 hex digits. One pattern per kind, used everywhere. */
export const ACCOUNT_SID = /^AC[0-9a-f]{32}$/i;
export const API_KEY_SID = /^SK[0-9a-f]{32}$/i;
export const CALL_SID = /^CA[0-9a-f]{32}$/i;
export const MESSAGING_SERVICE_SID = /^MG[0-9a-f]{32}$/i;

export const isCallSid = (value: string | null | undefined): value is string =>
  typeof value === 'string' && CALL_SID.test(value);
