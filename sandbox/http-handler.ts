import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { ArmedFault, Faults } from './faults';
import { randomSid } from './format';
import { matchRoute, type RouteAnswer } from './routes';
import { TwilioError } from './twilio-errors';
import type { SandboxState } from './types';

/** One request as the sandbox received it, for tests that count and inspect what the app asked. */
export interface LoggedRequest {
  method: string;
  /** Path without the query string, percent-decoded (`/v2/PhoneNumbers/+15125550123`). */
  path: string;
  query: Record<string, string>;
  form: Record<string, string>;
  /** The fault injected into this request, if any. */
  fault?: ArmedFault['kind'];
}

/** When each logged request arrived and when its answer went out (`performance.now()`), kept beside the log so
 * that tests comparing logged requests see only what the app asked; round trips are counted by this order. */
export interface RequestTiming {
  receivedAt: number;
  answeredAt?: number;
}
export const requestTimings = new WeakMap<LoggedRequest, RequestTiming>();

export interface HandlerContext {
  state: SandboxState;
  clock: () => Date;
  requests: LoggedRequest[];
  faults: Faults;
  /** The sandbox's own address, known once it listens (answers carry absolute URLs). */
  baseUrl: () => string;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** HTTP Basic auth as Twilio takes it: the Account SID with its Auth Token, or an API Key SID with its secret. */
function authenticated(header: string | undefined, state: SandboxState): boolean {
  const encoded = /^Basic\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!encoded) return false;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  const { account } = state;
  if (colon < 0) return false;
  if (user === account.sid) return sameSecret(secret, account.authToken);
  if (user === account.apiKeySid) return sameSecret(secret, account.apiKeySecret);
  return false;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: RouteAnswer, extraHeaders: Record<string, string> = {}): void {
  response.writeHead(answer.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Twilio-Request-Id': randomSid('RQ'),
    ...extraHeaders,
  });
  response.end(JSON.stringify(answer.body));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Faults that answer on their own (or not at all); true when the request needs nothing more. */
function answeredByFault(fault: ArmedFault, request: IncomingMessage, response: ServerResponse): boolean {
  switch (fault.kind) {
    case 'drop':
      request.socket.destroy();
      return true;
    case '429':
      send(
        response,
        { status: 429, body: new TwilioError(20429).body },
        { 'Retry-After': String(fault.retryAfter ?? 1) },
      );
      return true;
    case '500':
      send(response, { status: 500, body: new TwilioError(20500).body });
      return true;
    case 'redirect':
      response.writeHead(fault.redirectStatus ?? 302, { Location: fault.location ?? '/' });
      response.end();
      return true;
    case 'garbage':
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return true;
    default:
      return false;
  }
}

/** Faults that let the work happen (the text is created), then answer as if it failed. */
const AFTER_COMMIT: Partial<Record<ArmedFault['kind'], (response: ServerResponse) => void>> = {
  '500_after_commit': (response) => send(response, { status: 500, body: new TwilioError(20500).body }),
  '503_page_after_commit': (response) => {
    response.writeHead(503, { 'Content-Type': 'text/html' });
    response.end(
      '<html><head><title>503 Service Temporarily Unavailable</title></head><body>Service Unavailable</body></html>',
    );
  },
};

/** Writes a hostile server's next-page link where the list's API keeps it (2010: `next_page_uri`, v1: `meta`). */
function withPageLink(body: unknown, link: string | null): void {
  if (body === null || typeof body !== 'object') return;
  const page = body as Record<string, unknown>;
  const meta = page.meta;
  if (meta !== null && typeof meta === 'object') (meta as Record<string, unknown>).next_page_url = link;
  else page.next_page_uri = link;
}

/** The sandbox's request handler: Twilio's auth, routes and errors, with the armed faults applied. */
export function requestHandler({ state, clock, requests, faults, baseUrl }: HandlerContext) {
  function answer(
    method: string,
    path: string,
    query: Record<string, string>,
    form: Record<string, string>,
    authorization: string | undefined,
  ): RouteAnswer {
    if (!authenticated(authorization, state)) throw new TwilioError(20003);
    const matched = matchRoute(method, path);
    if (!matched || (matched.params.account && matched.params.account !== state.account.sid))
      throw new TwilioError(20404, path);
    return matched.route.handle({ state, params: matched.params, query, form, path, baseUrl: baseUrl(), now: clock() });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? 'GET').toUpperCase();
    const target = new URL(request.url ?? '/', 'http://sandbox.invalid');
    const path = decodeURIComponent(target.pathname);
    const query = Object.fromEntries(target.searchParams);
    const raw = await readBody(request);
    const form = method === 'POST' ? Object.fromEntries(new URLSearchParams(raw)) : {};
    const logged: LoggedRequest = { method, path, query, form };
    const timing: RequestTiming = { receivedAt: performance.now() };
    requestTimings.set(logged, timing);
    requests.push(logged);

    const fault = faults.take(method, path);
    if (fault) logged.fault = fault.kind;
    if (fault && answeredByFault(fault, request, response)) return;
    let result: RouteAnswer;
    let headers: Record<string, string> = {};
    try {
      result = answer(method, path, query, form, request.headers.authorization);
    } catch (error) {
      if (!(error instanceof TwilioError)) throw error;
      result = { status: error.status, body: error.body };
      if (error.status === 401) headers = { 'WWW-Authenticate': 'Basic realm="Twilio API"' };
    }
    if (fault?.kind === 'page_link') withPageLink(result.body, fault.link ?? null);
    if (fault?.kind === 'lose_response') {
      result.after?.();
      request.socket.destroy();
      return;
    }
    const afterCommit = fault ? AFTER_COMMIT[fault.kind] : undefined;
    if (afterCommit) {
      afterCommit(response);
      result.after?.();
      return;
    }
    // A slow network, not a slow Twilio: the answer says what was true when the request arrived.
    if (fault?.kind === 'slow') await sleep(fault.delayMs ?? 2000);
    timing.answeredAt = performance.now();
    send(response, result, headers);
    result.after?.();
  }

  return (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, { status: 500, body: new TwilioError(20500).body });
      else response.destroy(error instanceof Error ? error : undefined);
    });
  };
}
