import type { TwilioConnection } from './connection';
import {
  type ClientFailure,
  clientFailure,
  type RequestPurpose,
  type TwilioErrorBody,
  twilioError,
} from './error-table';
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

  const host = new URL(connection.apiBaseUrl).host;

  async function send(
    method: 'GET' | 'POST',
    url: string,
    params?: Params,
    form?: Params,
    purpose: RequestPurpose = method === 'GET' ? 'read' : 'change',
  ): Promise<unknown> {
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
      if (isZapierError(error)) throw error;
      throw clientFailure(z, networkFailure(error), purpose, { host });
    }
    if (response.status >= 300 && response.status < 400) {
      throw clientFailure(z, 'redirect', purpose, { host, target: locationHost(response) });
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

  const unreadable = () => clientFailure(z, 'unreadable', 'read', { host });
  /** A page link outside the list's own API and account: refused before anything is requested from it. */
  const refusedLink = () => clientFailure(z, 'page_link', 'read', { host });

  const get = (path: string, params?: Params) =>
    send('GET', `${connection.apiBaseUrl}${accountPath}${path}`, params) as Promise<Raw>;
  const post = (path: string, form: Params, purpose: RequestPurpose = 'change') =>
    send('POST', `${connection.apiBaseUrl}${accountPath}${path}`, undefined, form, purpose) as Promise<Raw>;

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

const isZapierError = (error: unknown): boolean =>
  error instanceof Error && /^(AppError|ThrottledError|ExpiredAuthError|HaltedError)$/.test(error.name);

/** Node's codes for a connection that was never made (a wrong or unreachable host, a bad certificate). */
const NOT_CONNECTED =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_TLS)/;

/**
 * Why a request got no answer. Only a connection that was never made is the API Host's problem; any other loss
 * (a drop, a reset, something unrecognised) counts as a dropped answer, which for a send may hide a text.
 */
function networkFailure(error: unknown): ClientFailure {
  const { code, type, message } = (error ?? {}) as { code?: unknown; type?: unknown; message?: unknown };
  const detail = typeof message === 'string' ? message : String(error);
  if (type === 'request-timeout' || /timeout|timed out|aborted/i.test(detail)) return 'timeout';
  if (NOT_CONNECTED.test(typeof code === 'string' ? code : '') || /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(detail))
    return 'unreachable';
  return 'dropped';
}

/** The host a redirect points at, without any user info; undefined when unreadable. */
function locationHost(response: HttpResponse): string | undefined {
  try {
    return new URL(withoutUserInfo(response.getHeader('location') ?? '')).host || undefined;
  } catch {
    return undefined;
  }
}

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}
