import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Faults } from './faults';
import { stableSid } from './format';
import { type LoggedRequest, requestHandler } from './http-handler';
import { MAIN_LINE, rapidRooterScenario } from './scenario';
import type { CallSpec, Scenario, ScenarioCall } from './scenario-types';
import { missedCallSpec, seededMissedCalls } from './seed-calls';
import { type AddedCall, addCall, addInboundMessage, createState, credentialsFor, type InboundText } from './state';
import { type StatusCallbackRequest, statusCallbackRequest } from './status-callback';
import type { MessageRecord, SandboxState } from './types';

export type { LoggedRequest } from './http-handler';

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to Rapid Rooter Plumbing's day. */
  scenario?: Scenario;
  /** The clock the scenario is seeded against (default: now). The sandbox clock runs on from it. */
  now?: Date;
}

export interface Sandbox {
  url: string;
  accountSid: string;
  authToken: string;
  apiKeySid: string;
  apiKeySecret: string;
  /** The clock the scenario was seeded against. */
  now: Date;
  /** The sandbox clock: `now` plus the time since the sandbox started (and any time skipped with `advanceClock`). */
  clock(): Date;
  /** Moves the sandbox clock forward, e.g. past the carriers' delivery answers, without waiting for real. */
  advanceClock(ms: number): void;
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

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const scenario = options.scenario ?? rapidRooterScenario;
  const now = options.now ?? new Date();
  const startedAt = Date.now();
  let skippedMs = 0;
  const clock = () => new Date(now.getTime() + (Date.now() - startedAt) + skippedMs);
  const credentials = credentialsFor(scenario.name);
  const state = createState(scenario, now, credentials);
  const requests: LoggedRequest[] = [];
  const faults = new Faults();
  let baseUrl = '';
  let seeded = 0;

  const server = createServer(requestHandler({ state, clock, requests, faults, baseUrl: () => baseUrl }));
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
      addCall(state, missedCallSpec(scenario, { from, to, at, minutesAgo }), clock()),
    seedMissedCalls: (n, to = MAIN_LINE) => {
      const specs = seededMissedCalls(scenario, n, seeded, to);
      seeded += n;
      return specs.map((spec) => addCall(state, spec, clock()));
    },
    advanceClock: (ms) => {
      skippedMs += ms;
    },
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
