import { accepted, type Checked, refused } from '../errors/checked';
import { ACCOUNT_SID, API_KEY_SID } from './sids';

/** The connection fields as the owner typed them (contract: Authentication). */
export interface TwilioAuthData {
  account_sid?: string;
  auth_token?: string;
  api_key_sid?: string;
  api_base_url?: string;
}

export interface TwilioConnection {
  accountSid: string;
  /** Basic-auth user: the API Key SID when set, else the Account SID. */
  username: string;
  secret: string;
  usesApiKey: boolean;
  apiBaseUrl: string;
  lookupBaseUrl: string;
  messagingBaseUrl: string;
}

import { isLoopbackHost, isPrivateHost, withoutUserInfo } from './host-checks';

export const DEFAULT_API_BASE_URL = 'https://api.twilio.com';

/**
 * Reads and checks the connection; every problem is one sentence telling the owner what to fix (the caller raises
 * it the Zapier way).
 */
export function readConnection(authData: TwilioAuthData): Checked<TwilioConnection> {
  const accountSid = field(authData.account_sid);
  const secret = field(authData.auth_token);
  const apiKeySid = field(authData.api_key_sid);
  if (!ACCOUNT_SID.test(accountSid)) {
    return refused(
      'The Account SID should start with AC followed by 32 letters and digits. Copy it from the Twilio Console home page.',
    );
  }
  if (!secret) return refused('The Auth Token is empty. Copy it from the Twilio Console home page.');
  if (apiKeySid && !API_KEY_SID.test(apiKeySid)) {
    return refused(
      'The API Key SID should start with SK followed by 32 letters and digits, or be left blank to use the Auth Token.',
    );
  }
  const baseUrl = readBaseUrl(field(authData.api_base_url));
  if (!baseUrl.ok) return baseUrl;
  const apiBaseUrl = baseUrl.value;
  return accepted({
    accountSid,
    username: apiKeySid || accountSid,
    secret,
    usesApiKey: Boolean(apiKeySid),
    apiBaseUrl,
    lookupBaseUrl: serviceBaseUrl(apiBaseUrl, 'lookups'),
    messagingBaseUrl: serviceBaseUrl(apiBaseUrl, 'messaging'),
  });
}

/** A connection field as trimmed text; numbers are read as typed, anything else counts as empty. */
function field(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

const USER_INFO_IN_HOST =
  'The API Host must not contain a user name or password (the part before @). Your Twilio credentials belong in the Account SID and Auth Token fields; enter only the address, e.g. https://api.twilio.com.';

/**
 * The API host without a trailing slash, or the sentence saying what is wrong with it (contract, "Connection
 * (additions)"). Messages quote the address without its user info: that part may be a password.
 */
function readBaseUrl(raw: string | undefined): Checked<string> {
  const text = (raw ?? '').trim().replace(/\/+$/, '');
  if (!text) return accepted(DEFAULT_API_BASE_URL);
  const shown = withoutUserInfo(text);
  if (shown !== text) {
    return refused(USER_INFO_IN_HOST);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refused(
      `The API Host "${shown}" is not a web address. Leave it blank for Twilio, or use one like https://api.twilio.com.`,
    );
  }
  if (url.username || url.password) {
    return refused(USER_INFO_IN_HOST);
  }
  if (text.includes('?') || text.includes('#')) {
    return refused(
      'The API Host must be a plain address, without a ? or # part. Leave it blank for Twilio, or use one like https://api.twilio.com.',
    );
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return refused(
      `The API Host must start with https:// so your Twilio credentials are encrypted (http:// is only allowed for a test server on this computer).`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refused(`The API Host "${shown}" must start with https://.`);
  }
  if (isPrivateHost(url.hostname)) {
    return refused(
      `The API Host ${url.hostname} is a private or internal network address, and your Twilio credentials are only sent to Twilio or a Twilio-compatible service on the internet. Leave it blank for Twilio, or use one like https://api.twilio.com.`,
    );
  }
  return accepted(`${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`);
}

/**
 * Twilio's other APIs live on their own subdomain of Twilio's hosts (regional too): Lookup v2 on `lookups.`,
 * Messaging v1 on `messaging.`. Any other host (SignalWire, the sandbox) serves them itself.
 */
export function serviceBaseUrl(apiBaseUrl: string, service: 'lookups' | 'messaging'): string {
  const url = new URL(apiBaseUrl);
  if (/(^|\.)twilio\.com$/i.test(url.hostname) && url.hostname.startsWith('api.')) {
    url.hostname = `${service}.${url.hostname.slice(4)}`;
    return url.origin;
  }
  return apiBaseUrl;
}

/** Lookup v2's host (contract: Authentication). */
export const lookupBaseUrl = (apiBaseUrl: string): string => serviceBaseUrl(apiBaseUrl, 'lookups');
