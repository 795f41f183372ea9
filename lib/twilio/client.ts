import { isoString } from '../time/dates';
import { readConnection, type TwilioAuthData, type TwilioConnection } from './connection';
import { twilioError, type TwilioErrorBody } from './error-table';
import type { HttpResponse, ZapierLike } from './http';
import { messagingApi } from './messaging';
import {
  messageTime, toAccount, toCall, toIncomingNumber, toMessage, toRecording,
  type Account, type Call, type IncomingNumber, type Message, type Recording,
} from './resources';
import { requestTimeoutMs } from './timeout';

/** Twilio's largest page; a poll of up to 1,000 calls is one request. */
export const MAX_PAGE_SIZE = 1000;
/** A runaway `next_page_uri` chain stops here (50,000 items). */
const MAX_PAGES = 50;

type Params = Record<string, string>;
type Raw = Record<string, unknown>;

export interface LineType {
  phone_number: string;
  valid: boolean;
  /** `mobile`, `landline`, `fixedVoip`, `nonFixedVoip`, `tollFree`, ... or null when unknown. */
  line_type: string | null;
}

export interface MessageToSend {
  to: string;
  from?: string;
  messaging_service_sid?: string;
  body: string;
}

/** Time window filters, as Twilio's list endpoints take them (`StartTime>`, `DateSent>`...). */
export function since(field: 'StartTime' | 'DateSent' | 'DateCreated', from: Date): Params {
  return { [`${field}>`]: isoString(from) };
}

/**
 * The app's only door to Twilio: URLs, Basic auth, paging, date conversion and error words live here.
 * Every request goes through `z.request`, so Zapier logs it and censors the credentials.
 */
export function twilioClient(z: ZapierLike, authData: TwilioAuthData) {
  const checked = readConnection(authData);
  if (typeof checked === 'string') throw new z.errors.Error(checked, 'invalid_connection', 400);
  const connection: TwilioConnection = checked;
  const authorization = `Basic ${Buffer.from(`${connection.username}:${connection.secret}`).toString('base64')}`;
  const accountPath = `/2010-04-01/Accounts/${connection.accountSid}`;

  async function send(method: 'GET' | 'POST', url: string, params?: Params, form?: Params): Promise<unknown> {
    let response: HttpResponse;
    try {
      response = await z.request({
        url,
        method,
        params,
        body: form ? new URLSearchParams(form).toString() : undefined,
        headers: {
          Authorization: authorization,
          Accept: 'application/json',
          ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
        },
        skipThrowForStatus: true,
        throwForThrottlingEarly: false,
        timeout: requestTimeoutMs(),
      });
    } catch (error) {
      throw unreachable(error, method);
    }
    const body = parseJson(response.content);
    if (response.status >= 200 && response.status < 300) {
      if (!isObject(body)) throw unreadable();
      return body;
    }
    const retryAfter = Number.parseInt(response.getHeader('retry-after') ?? '', 10);
    throw twilioError(z, response.status, (body ?? {}) as TwilioErrorBody, Number.isNaN(retryAfter) ? undefined : retryAfter);
  }

  const unreadable = () => new z.errors.ThrottledError('Twilio sent an answer the app could not read. Zapier will try again shortly.', 60);

  /** A request that got no answer. A lost answer to a send may hide a text that went out: say so. */
  function unreachable(error: unknown, method: 'GET' | 'POST'): Error {
    if (error instanceof Error && /^(AppError|ThrottledError|ExpiredAuthError|HaltedError)$/.test(error.name)) return error;
    const host = new URL(connection.apiBaseUrl).host;
    const detail = error instanceof Error ? error.message : String(error);
    const timedOut = /timeout|timed out|aborted/i.test(detail);
    const outcome = method === 'POST'
      ? 'The text may have gone out: running this step again with the same Call ID finds it and does not text twice.'
      : 'Nothing was sent.';
    return new z.errors.Error(
      timedOut
        ? `Twilio (${host}) did not answer in time. ${outcome}`
        : `Could not reach ${host}. Check the API Host in your connection (leave it blank for Twilio). ${outcome}`,
      timedOut ? 'timeout' : 'unreachable',
      503,
    );
  }

  const get = (path: string, params?: Params) => send('GET', `${connection.apiBaseUrl}${accountPath}${path}`, params) as Promise<Raw>;
  const post = (path: string, form: Params) => send('POST', `${connection.apiBaseUrl}${accountPath}${path}`, undefined, form) as Promise<Raw>;

  /**
   * Every item of a list, following `next_page_uri` page by page; `enough` stops after a page that
   * already reaches far enough back (lists come newest first).
   */
  async function list(path: string, key: string, params: Params = {}, enough?: (page: Raw[]) => boolean): Promise<Raw[]> {
    const items: Raw[] = [];
    let page = await get(path, { PageSize: String(MAX_PAGE_SIZE), ...params });
    for (let pages = 1; ; pages++) {
      const rows = page[key];
      if (!Array.isArray(rows) || !rows.every(isObject)) throw unreadable();
      items.push(...(rows as Raw[]));
      const next = page.next_page_uri;
      if (typeof next !== 'string' || !next || pages >= MAX_PAGES || enough?.(rows as Raw[])) return items;
      page = (await send('GET', absolute(next))) as Raw;
    }
  }

  /** `next_page_uri` is host-relative; a base URL with a path (SignalWire's `/api/laml`) already prefixes it. */
  function absolute(uri: string): string {
    const base = new URL(connection.apiBaseUrl);
    return uri.startsWith(base.pathname) && base.pathname !== '/' ? `${base.origin}${uri}` : `${connection.apiBaseUrl}${uri}`;
  }

  return {
    connection,
    fetchAccount: async (): Promise<Account> => toAccount(await get('.json')),
    listNumbers: async (params: Params = {}): Promise<IncomingNumber[]> =>
      (await list('/IncomingPhoneNumbers.json', 'incoming_phone_numbers', params)).map(toIncomingNumber),
    fetchNumber: async (sid: string): Promise<IncomingNumber> => toIncomingNumber(await get(`/IncomingPhoneNumbers/${encodeURIComponent(sid)}.json`)),
    updateNumber: async (sid: string, form: Params): Promise<IncomingNumber> =>
      toIncomingNumber(await post(`/IncomingPhoneNumbers/${encodeURIComponent(sid)}.json`, form)),
    listCalls: async (params: Params): Promise<Call[]> => (await list('/Calls.json', 'calls', params)).map(toCall),
    fetchCall: async (sid: string): Promise<Call> => toCall(await get(`/Calls/${encodeURIComponent(sid)}.json`)),
    listRecordings: async (params: Params): Promise<Recording[]> => (await list('/Recordings.json', 'recordings', params)).map(toRecording),
    listMessages: async (params: Params): Promise<Message[]> => (await list('/Messages.json', 'messages', params)).map(toMessage),
    /**
     * Messages newest first without a date filter, paged only until a page reaches back to `from`: unlike
     * `DateSent`, this keeps texts that failed before Twilio sent them (no `date_sent`).
     */
    listRecentMessages: async (from: Date, params: Params = {}): Promise<Message[]> =>
      (await list('/Messages.json', 'messages', params, (rows) => rows.some((row) => olderThan(toMessage(row), from)))).map(toMessage),
    createMessage: async (message: MessageToSend): Promise<Message> => {
      const form: Params = { To: message.to, Body: message.body };
      if (message.messaging_service_sid) form.MessagingServiceSid = message.messaging_service_sid;
      if (message.from) form.From = message.from;
      const sent = toMessage(await post('/Messages.json', form));
      if (!sent.sid) {
        throw new z.errors.Error(
          'Twilio answered the send without a message ID, so the app cannot confirm the text. Check the Messaging Logs in Twilio; running this step again with the same Call ID does not text twice.',
          'unconfirmed_send',
          502,
        );
      }
      return sent;
    },
    lookupLineType: async (e164: string): Promise<LineType> => {
      const raw = (await send('GET', `${connection.lookupBaseUrl}/v2/PhoneNumbers/${encodeURIComponent(e164)}`, {
        Fields: 'line_type_intelligence',
      })) as Raw;
      const intelligence = (raw.line_type_intelligence ?? null) as Raw | null;
      return {
        phone_number: typeof raw.phone_number === 'string' ? raw.phone_number : e164,
        valid: raw.valid !== false,
        line_type: typeof intelligence?.type === 'string' ? intelligence.type : null,
      };
    },
    ...messagingApi(connection, (url, params) => send('GET', url, params) as Promise<Raw>, unreadable),
  };
}

export type TwilioClient = ReturnType<typeof twilioClient>;

const olderThan = (message: Message, from: Date): boolean => messageTime(message) !== '' && messageTime(message) < isoString(from);

const isObject = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}
