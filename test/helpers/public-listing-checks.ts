import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppDefinition } from './app-loader';
import type { IntegrationCheck } from './integration-rules';

/**
 * What a public listing adds to Zapier's offline checks (engine for test/contract/public-variant.test.ts):
 * static webhooks are allowed only in private apps (integration checks D016/D017), so every hook trigger must be a
 * REST hook that subscribes and unsubscribes itself.
 */
export const staticHookCheck: IntegrationCheck = {
  id: 'D016/D017',
  title: 'no static webhooks in a public app (hook triggers subscribe and unsubscribe themselves)',
  check: (app) =>
    Object.entries(app.triggers ?? {}).flatMap(([key, trigger]) => {
      const operation = (trigger.operation ?? {}) as {
        type?: string;
        performSubscribe?: unknown;
        performUnsubscribe?: unknown;
      };
      const isStaticHook = operation.type === 'hook' && (!operation.performSubscribe || !operation.performUnsubscribe);
      return isStaticHook
        ? [{ where: `triggers.${key}`, message: 'is a static webhook, which Zapier allows only in private apps' }]
        : [];
    }),
};

/** The built public variant (dist/index-public.js), compiled as zapier-platform-core compiles an app. */
export function loadBuiltPublicApp(): AppDefinition {
  const entry = join(__dirname, '..', '..', 'dist', 'index-public.js');
  if (!existsSync(entry))
    throw new Error(`${entry} is missing: run \`npm run build\` (npm run validate:public builds first).`);
  const raw = require(entry) as unknown;
  const { compileApp } = require('zapier-platform-core/src/tools/schema') as {
    compileApp: (app: unknown) => AppDefinition;
  };
  return compileApp(raw);
}
