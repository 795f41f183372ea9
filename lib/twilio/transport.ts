import type { TwilioConnection } from './connection';
import { type TwilioErrorBody, twilioError } from './error-table';
import { withoutUserInfo } from './host-checks';
import type { HttpResponse, ZapierLike } from './http';
import { isObject, type PageScope, type Raw, readPages } from './paging';
import { requestTimeoutMs } from './timeout';

/** Twilio's largest page; a poll of up to 1,000 calls is one request. */
export const MAX_PAGE_SIZE = 1000;

export type Params = Record<string, string>;
export { isObject, type Raw };

/** How one list pages: where its pages may live and where a page keeps its link to the next. */
export interface ListPaging {
  /** The API's base URL (the connection's API Host, or Messaging v1's host). */
  base: string;
  /** The path under `base` every page of the list must stay in. */
  prefix: string;
  link: (page: Raw) => unknown;
}

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
        // A redirect could carry the credentials to another origin (169.254.169.254): it is answered, not followed.
        redirect: 'manual',
        timeout: requestTimeoutMs(),
      });
    } catch (error) {
      throw unreachable(error, method);
    }
    if (response.status >= 300 && response.status < 400) throw redirected(response, method);
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

  /** A 3xx answer, never followed: the app's requests stay on the connection's API host. */
  function redirected(response: HttpResponse, method: 'GET' | 'POST'): Error {
    const host = new URL(connection.apiBaseUrl).host;
    let target = 'another address';
    try {
      target = new URL(withoutUserInfo(response.getHeader('location') ?? '')).host || target;
    } catch {
      // No readable Location: the sentence says "another address".
    }
    const outcome =
      method === 'POST'
        ? 'The text may have gone out: running this step again with the same Call ID finds it and does not text twice.'
        : 'Nothing was sent.';
    return new z.errors.Error(
      `${host} answered with a redirect to ${target} instead of an answer; the app does not follow redirects, so your credentials stay with the API Host. Check the API Host in your connection (leave it blank for Twilio). ${outcome}`,
      'redirect_refused',
      502,
    );
  }

  /** A page link outside the list's own API and account: refused before anything is requested from it. */
  const refusedLink = () =>
    new z.errors.Error(
      `Twilio's answer pointed its next page outside this account's lists on ${new URL(connection.apiBaseUrl).host}, so the app stopped reading there: your credentials go nowhere else. Check the API Host in your connection (leave it blank for Twilio).`,
      'page_link_refused',
      502,
    );

  const get = (path: string, params?: Params) =>
    send('GET', `${connection.apiBaseUrl}${accountPath}${path}`, params) as Promise<Raw>;
  const post = (path: string, form: Params) =>
    send('POST', `${connection.apiBaseUrl}${accountPath}${path}`, undefined, form) as Promise<Raw>;

  /** Every item of a list at `url`, page after page, each page link judged before it is followed. */
  function pagedList(url: string, key: string, params: Params, paging: ListPaging, enough?: (page: Raw[]) => boolean) {
    const base = new URL(paging.base);
    const scope: PageScope = {
      origin: base.origin,
      basePath: base.pathname.replace(/\/+$/, ''),
      prefix: paging.prefix,
    };
    return readPages({
      first: () => send('GET', url, { PageSize: String(MAX_PAGE_SIZE), ...params }) as Promise<Raw>,
      fetch: (next) => send('GET', next) as Promise<Raw>,
      rows: (page) => page[key],
      link: paging.link,
      scope,
      enough,
      unreadable,
      refused: refusedLink,
    });
  }

  /** A 2010 list of the account (`/Calls.json`...): pages by `next_page_uri`, a path under the account. */
  const list = (path: string, key: string, params: Params = {}, enough?: (page: Raw[]) => boolean) =>
    pagedList(
      `${connection.apiBaseUrl}${accountPath}${path}`,
      key,
      params,
      { base: connection.apiBaseUrl, prefix: `${accountPath}/`, link: (page) => page.next_page_uri },
      enough,
    );

  return { send, get, post, list, pagedList, unreadable };
}

export type TwilioTransport = ReturnType<typeof twilioTransport>;

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}
