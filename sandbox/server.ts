import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ArmedFault, Faults } from './faults';
import { randomSid, stableSid } from './format';
import { matchRoute, type RouteAnswer } from './routes';
import { MAIN_LINE, rapidRooterScenario } from './scenario';
import type { CallSpec, Scenario, ScenarioCall } from './scenario-types';
import { type AddedCall, addCall, addInboundMessage, createState, credentialsFor, type InboundText } from './state';
import { type StatusCallbackRequest, statusCallbackRequest } from './status-callback';
import { TwilioError } from './twilio-errors';
import type { MessageRecord, SandboxState } from './types';

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to Rapid Rooter Plumbing's day. */
  scenario?: Scenario;
  /** The clock the scenario is seeded against (default: now). The sandbox clock runs on from it. */
  now?: Date;
}

export interface LoggedRequest {
  method: string;
  /** Path without the query string, percent-decoded (`/v2/PhoneNumbers/+15125550123`). */
  path: string;
  query: Record<string, string>;
  form: Record<string, string>;
  /** The fault injected into this request, if any. */
  fault?: ArmedFault['kind'];
}

export interface Sandbox {
  url: string;
  accountSid: string;
  authToken: string;
  apiKeySid: string;
  apiKeySecret: string;
  /** The clock the scenario was seeded against. */
  now: Date;
  /** The sandbox clock: `now` plus the time since the sandbox started. */
  clock(): Date;
  scenario: Scenario;
  state: SandboxState;
  /** Every request received, in order (faulted ones included). */
  requests: LoggedRequest[];
  resetRequests(): void;
  faults: Faults;
  /** The app's authentication fields for this sandbox (Auth Token connection). */
  authData(): { account_sid: string; auth_token: string; api_base_url: string };
  /** The Call SID of a scenario entry (its caller's leg). */
  callSid(key: string): string;
  /** Scenario entries with the SID of their caller's leg. */
  scenarioCalls(): Array<ScenarioCall & { sid: string }>;
  addCall(spec: CallSpec): AddedCall;
  /** A missed call: the caller's leg `completed`, forwarded to a staff phone that did not answer. */
  addMissedCall(input: { from: string; to?: string; minutesAgo?: number; at?: Date }): AddedCall;
  /** `n` missed calls from different callers, spread over the last 24 hours (for the benchmark). */
  seedMissedCalls(n: number, to?: string): AddedCall[];
  /** Records a customer's text, with Twilio's STOP/START handling; returns the inbound message. */
  addInboundMessage(text: InboundText): MessageRecord;
  statusCallbackRequest(callSid: string, url?: string): StatusCallbackRequest;
  /** POSTs (or GETs) the status callback for real; resolves with the receiver's answer. */
  deliverStatusCallback(callSid: string, url?: string): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

/** Area codes for seeded callers, none used by the scenario, each with 100 fictional numbers (555-0100..0199). */
const SEED_AREA_CODES = [
  210, 214, 469, 713, 281, 832, 915, 806, 325, 361, 409, 430, 432, 682, 817, 830, 903, 936, 940, 956, 972, 979, 254,
  346, 726, 945,
];

function seededCaller(index: number): string {
  const slot = index % (SEED_AREA_CODES.length * 100);
  return `+1${SEED_AREA_CODES[Math.floor(slot / 100)]}5550${100 + (slot % 100)}`;
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

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const scenario = options.scenario ?? rapidRooterScenario;
  const now = options.now ?? new Date();
  const startedAt = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - startedAt));
  const credentials = credentialsFor(scenario.name);
  const state = createState(scenario, now, credentials);
  const requests: LoggedRequest[] = [];
  const faults = new Faults();
  let baseUrl = '';
  let seeded = 0;

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
    return matched.route.handle({ state, params: matched.params, query, form, path, baseUrl, now: clock() });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? 'GET').toUpperCase();
    const target = new URL(request.url ?? '/', 'http://sandbox.invalid');
    const path = decodeURIComponent(target.pathname);
    const query = Object.fromEntries(target.searchParams);
    const raw = await readBody(request);
    const form = method === 'POST' ? Object.fromEntries(new URLSearchParams(raw)) : {};
    const logged: LoggedRequest = { method, path, query, form };
    requests.push(logged);

    const fault = faults.take(method, path);
    if (fault) logged.fault = fault.kind;
    if (fault?.kind === 'drop') {
      request.socket.destroy();
      return;
    }
    if (fault?.kind === '429') {
      send(
        response,
        { status: 429, body: new TwilioError(20429).body },
        { 'Retry-After': String(fault.retryAfter ?? 1) },
      );
      return;
    }
    if (fault?.kind === '500') {
      send(response, { status: 500, body: new TwilioError(20500).body });
      return;
    }
    if (fault?.kind === 'garbage') {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    let result: RouteAnswer;
    let headers: Record<string, string> = {};
    try {
      result = answer(method, path, query, form, request.headers.authorization);
    } catch (error) {
      if (!(error instanceof TwilioError)) throw error;
      result = { status: error.status, body: error.body };
      if (error.status === 401) headers = { 'WWW-Authenticate': 'Basic realm="Twilio API"' };
    }
    if (fault?.kind === 'lose_response') {
      result.after?.();
      request.socket.destroy();
      return;
    }
    // A slow network, not a slow Twilio: the answer says what was true when the request arrived.
    if (fault?.kind === 'slow') await sleep(fault.delayMs ?? 2000);
    send(response, result, headers);
    result.after?.();
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, { status: 500, body: new TwilioError(20500).body });
      else response.destroy(error instanceof Error ? error : undefined);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const sandbox: Sandbox = {
    url: baseUrl,
    ...credentials,
    now,
    clock,
    scenario,
    state,
    requests,
    resetRequests: () => {
      requests.length = 0;
    },
    faults,
    authData: () => ({ account_sid: credentials.accountSid, auth_token: credentials.authToken, api_base_url: baseUrl }),
    callSid: (key) => {
      if (!scenario.calls.some((call) => call.key === key)) throw new Error(`No scenario call "${key}"`);
      return stableSid('CA', `${scenario.name}:${key}:call`);
    },
    scenarioCalls: () => scenario.calls.map((call) => ({ ...call, sid: sandbox.callSid(call.key) })),
    addCall: (spec) => addCall(state, spec, clock()),
    addMissedCall: ({ from, to = MAIN_LINE, minutesAgo = 0, at }) =>
      addCall(
        state,
        {
          from,
          to,
          at,
          minutesAgo,
          status: 'completed',
          durationSeconds: 32,
          legs: [{ to: Object.values(scenario.staffPhones)[0] ?? '+15125550150', status: 'no-answer' }],
        },
        clock(),
      ),
    seedMissedCalls: (n, to = MAIN_LINE) =>
      Array.from({ length: n }, (_, index) => {
        const number = seeded++;
        // Spread over the last 23 hours, so none sits on the edge of a 24-hour polling window.
        const minutesAgo = 1 + ((index + 0.5) * (23 * 60 - 1)) / n;
        return addCall(
          state,
          {
            key: `${scenario.name}:seeded:${number}`,
            from: seededCaller(number),
            to,
            minutesAgo,
            status: 'completed',
            durationSeconds: 32,
            legs: [{ to: Object.values(scenario.staffPhones)[0] ?? '+15125550150', status: 'no-answer' }],
          },
          clock(),
        );
      }),
    addInboundMessage: (text) => addInboundMessage(state, text, undefined, clock()).message,
    statusCallbackRequest: (callSid, url) => statusCallbackRequest(state, callSid, clock(), url),
    deliverStatusCallback: async (callSid, url) => {
      const delivery = statusCallbackRequest(state, callSid, clock(), url);
      const response = await fetch(delivery.url, {
        method: delivery.method,
        headers: delivery.headers,
        body: delivery.method === 'POST' ? delivery.body : undefined,
      });
      return { status: response.status, body: await response.text() };
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return sandbox;
}
