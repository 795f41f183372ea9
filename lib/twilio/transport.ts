import type { TwilioConnection } from './connection';
import { type TwilioErrorBody, twilioError } from './error-table';
import type { HttpResponse, ZapierLike } from './http';
import { requestTimeoutMs } from './timeout';

/** Twilio's largest page; a poll of up to 1,000 calls is one request. */
export const MAX_PAGE_SIZE = 1000;
/** A runaway `next_page_uri` chain stops here (50,000 items). */
export const MAX_PAGES = 50;

export type Params = Record<string, string>;
export type Raw = Record<string, unknown>;

/**
 * How the app talks to Twilio's 2010 API: Basic auth, JSON answers, Twilio's errors in plain words, paging.
 * Every request goes through `z.request`, so Zapier logs it and censors the credentials.
 */
export function twilioTransport(z: ZapierLike, connection: TwilioConnection) {
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
    throw twilioError(
      z,
      response.status,
      (body ?? {}) as TwilioErrorBody,
      Number.isNaN(retryAfter) ? undefined : retryAfter,
    );
  }

  const unreadable = () =>
    new z.errors.ThrottledError('Twilio sent an answer the app could not read. Zapier will try again shortly.', 60);

  /** A request that got no answer. A lost answer to a send may hide a text that went out: say so. */
  function unreachable(error: unknown, method: 'GET' | 'POST'): Error {
    if (error instanceof Error && /^(AppError|ThrottledError|ExpiredAuthError|HaltedError)$/.test(error.name))
      return error;
    const host = new URL(connection.apiBaseUrl).host;
    const detail = error instanceof Error ? error.message : String(error);
    const timedOut = /timeout|timed out|aborted/i.test(detail);
    const outcome =
      method === 'POST'
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

  const get = (path: string, params?: Params) =>
    send('GET', `${connection.apiBaseUrl}${accountPath}${path}`, params) as Promise<Raw>;
  const post = (path: string, form: Params) =>
    send('POST', `${connection.apiBaseUrl}${accountPath}${path}`, undefined, form) as Promise<Raw>;

  /**
   * Every item of a list, following `next_page_uri` page by page; `enough` stops after a page that
   * already reaches far enough back (lists come newest first).
   */
  async function list(
    path: string,
    key: string,
    params: Params = {},
    enough?: (page: Raw[]) => boolean,
  ): Promise<Raw[]> {
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
    return uri.startsWith(base.pathname) && base.pathname !== '/'
      ? `${base.origin}${uri}`
      : `${connection.apiBaseUrl}${uri}`;
  }

  return { send, get, post, list, unreadable };
}

export type TwilioTransport = ReturnType<typeof twilioTransport>;

export const isObject = (value: unknown): value is Raw =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}
