import { createAppTester } from 'zapier-platform-core';
import App from '../../index';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';

export { App };
export const appTester = createAppTester(App);

type Perform = Parameters<typeof appTester>[0];
/** An operation's functions by name, whatever kind of operation it is. */
const fns = (operation: unknown) => operation as Record<'perform' | 'performList' | 'performSubscribe' | 'performUnsubscribe', Perform>;
type Bundle = NonNullable<Parameters<typeof appTester>[1]>;

/** Runs one of the app's operations against a sandbox, the way Zapier would. */
export function run(sandbox: Sandbox, perform: Perform, bundle: Partial<Bundle> = {}) {
  return appTester(perform, { authData: sandbox.authData(), inputData: {}, ...bundle } as Bundle);
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
  subscribe: fns(App.triggers!.missed_call_instant.operation).performSubscribe,
  unsubscribe: fns(App.triggers!.missed_call_instant.operation).performUnsubscribe,
  perform: fns(App.triggers!.missed_call_instant.operation).perform,
  performList: fns(App.triggers!.missed_call_instant.operation).performList,
};

/** The `bundle.rawRequest` Zapier builds from a delivery: headers renamed `Http-...`. */
export function zapierRawRequest(request: { body: string; headers: Record<string, string>; method?: string; querystring?: Record<string, string> }) {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [`Http-${name}`, value]));
  const querystring = new URLSearchParams(request.querystring ?? {}).toString();
  return { method: request.method ?? 'POST', querystring, headers, content: request.body };
}

export const more = {
  textReply: fns(App.triggers!.text_reply.operation).perform,
  findConsent: fns(App.searches!.find_consent.operation).perform,
  findRecoveryReport: fns(App.searches!.find_recovery_report.operation).perform,
};

export const delivery = {
  undelivered: fns(App.triggers!.text_back_undelivered.operation).perform,
  readiness: fns(App.searches!.find_texting_readiness.operation).perform,
};

export const webhook = {
  perform: fns(App.triggers!.missed_call_webhook.operation).perform,
  performList: fns(App.triggers!.missed_call_webhook.operation).performList,
};
