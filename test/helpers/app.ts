import { type Bundle, createAppTester, type ZObject } from 'zapier-platform-core';
import App from '../../index';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../sandbox/server';
import { connectionTest, perform } from '../../scripts/app-operations';

/** `perform(kind, key, fn?)`: an operation's function by its key, shared with the scripts. */
export { App, connectionTest, perform };

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
