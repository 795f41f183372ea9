import { type Bundle, createAppTester, type ZObject } from 'zapier-platform-core';
import App from '../../index';
import type { HookSubscription } from '../../lib/missed-calls/status-callback';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../sandbox/server';

export { App };

const zapierTester = createAppTester(App);
/** A bundle as zapier-platform-core's tester takes it: every part optional. */
type PartialBundle = NonNullable<Parameters<typeof zapierTester>[1]>;

/**
 * A bundle as a test writes it. Zapier's types declare `subscribeData` as `{ id: string }`, but at run time it is
 * whatever performSubscribe returned (the instant trigger's HookSubscription), so tests may pass any object there.
 */
export type TestBundle = Omit<PartialBundle, 'subscribeData'> & { subscribeData?: object };

type Perform<T = unknown> = (z: ZObject, bundle: Bundle) => T | Promise<T>;

/** Runs one perform the way Zapier would, with the bundle a test writes. */
export function appTester<T>(perform: Perform<T>, bundle: TestBundle = {}): Promise<T> {
  return zapierTester(perform, bundle as PartialBundle);
}

/** An operation's functions by name, whatever kind of operation it is. */
const fns = (operation: unknown) =>
  operation as Record<'perform' | 'performList' | 'performSubscribe' | 'performUnsubscribe', Perform>;

/** Runs one of the app's operations against a sandbox, the way Zapier would. */
export function run<T>(sandbox: Sandbox, perform: Perform<T>, bundle: TestBundle = {}): Promise<T> {
  return appTester(perform, { authData: sandbox.authData(), inputData: {}, ...bundle });
}

/** A fresh sandbox per test file (seeded with the plumbing business's day), stopped afterwards. */
export function useSandbox(options: SandboxOptions = {}): () => Sandbox {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox(options);
  });
  afterAll(async () => {
    await sandbox?.stop();
  });
  return () => sandbox;
}

export const operations = {
  missedCall: fns(App.triggers!.missed_call.operation).perform,
  phoneNumber: fns(App.triggers!.phone_number.operation).perform,
  sendTextBack: fns(App.creates!.send_text_back.operation).perform,
};

export const hook = {
  /** Resolves to the subscription Zapier stores and hands back as `subscribeData`. */
  subscribe: fns(App.triggers!.missed_call_instant.operation).performSubscribe as Perform<HookSubscription>,
  unsubscribe: fns(App.triggers!.missed_call_instant.operation).performUnsubscribe,
  perform: fns(App.triggers!.missed_call_instant.operation).perform,
  performList: fns(App.triggers!.missed_call_instant.operation).performList,
};

/** The `bundle.rawRequest` Zapier builds from a delivery: headers renamed `Http-...`. */
export function zapierRawRequest(request: {
  body: string;
  headers: Record<string, string>;
  method?: 'GET' | 'POST';
  querystring?: Record<string, string>;
}) {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [`Http-${name}`, value]));
  const querystring = new URLSearchParams(request.querystring ?? {}).toString();
  return { method: request.method ?? 'POST', querystring, headers, content: request.body };
}

export const more = {
  textReply: fns(App.triggers!.text_reply.operation).perform,
  findConsent: fns(App.searches!.find_consent.operation).perform,
  findRecoveryReport: fns(App.searches!.find_recovery_report.operation).perform,
  findVoicemail: fns(App.searches!.find_voicemail.operation).perform,
};

export const delivery = {
  undelivered: fns(App.triggers!.text_back_undelivered.operation).perform,
  readiness: fns(App.searches!.find_texting_readiness.operation).perform,
};

export const webhook = {
  perform: fns(App.triggers!.missed_call_webhook.operation).perform,
  performList: fns(App.triggers!.missed_call_webhook.operation).performList,
};
