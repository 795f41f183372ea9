import { createAppTester } from 'zapier-platform-core';
import App from '../../index';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';

export { App };
export const appTester = createAppTester(App);

type Perform = Parameters<typeof appTester>[0];
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
  missedCall: App.triggers!.missed_call.operation.perform as Perform,
  phoneNumber: App.triggers!.phone_number.operation.perform as Perform,
  sendTextBack: App.creates!.send_text_back.operation.perform as Perform,
};

export const hook = {
  subscribe: App.triggers!.missed_call_instant.operation.performSubscribe as Perform,
  unsubscribe: App.triggers!.missed_call_instant.operation.performUnsubscribe as Perform,
  perform: App.triggers!.missed_call_instant.operation.perform as Perform,
  performList: App.triggers!.missed_call_instant.operation.performList as Perform,
};

/** The `bundle.rawRequest` Zapier builds from a delivery: headers renamed `Http-...`. */
export function zapierRawRequest(request: { body: string; headers: Record<string, string>; method?: string; querystring?: Record<string, string> }) {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [`Http-${name}`, value]));
  const querystring = new URLSearchParams(request.querystring ?? {}).toString();
  return { method: request.method ?? 'POST', querystring, headers, content: request.body };
}

export const more = {
  textReply: App.triggers!.text_reply.operation.perform as Perform,
  findConsent: App.searches!.find_consent.operation.perform as Perform,
  findRecoveryReport: App.searches!.find_recovery_report.operation.perform as Perform,
};

export const webhook = {
  perform: App.triggers!.missed_call_webhook.operation.perform as Perform,
  performList: App.triggers!.missed_call_webhook.operation.performList as Perform,
};
