import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDelivery } from '../../lib/providers/index';
import { providerRow } from '../../lib/providers/registry';
import type { WebhookDelivery, WebhookMissedCall, WebhookSettings } from '../../lib/providers/types';

/** One recorded webhook delivery of a phone system, with the item it must give (null: no item). */
export interface Fixture {
  source: string;
  note: string;
  headers: Record<string, string>;
  body: Record<string, unknown> | string;
  querystring?: Record<string, string>;
  settings?: WebhookSettings;
  expected: Record<string, unknown> | null;
}

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures', 'providers');

/** A provider's fixtures as `[name, fixture]`, the name without `.json`. */
export function fixturesOf(provider: string): [string, Fixture][] {
  const dir = join(FIXTURES_DIR, provider);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture]);
}

export function fixture(provider: string, name: string): Fixture {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, provider, `${name}.json`), 'utf8')) as Fixture;
}

/** Every fixture of every provider as `[provider/name, provider, fixture]`. */
export function everyFixture(): Array<readonly [string, string, Fixture]> {
  return readdirSync(FIXTURES_DIR)
    .filter((dir) => !dir.startsWith('.'))
    .flatMap((provider) => fixturesOf(provider).map(([name, f]) => [`${provider}/${name}`, provider, f] as const));
}

/** The raw body exactly as the phone system sent it. */
export const rawBodyOf = (f: Fixture) => (typeof f.body === 'string' ? f.body : JSON.stringify(f.body));

/** The delivery the trigger builds from what Zapier hands over: raw content plus headers (extra ones win). */
export function deliveryOf(f: Fixture, headers: Record<string, string> = {}): WebhookDelivery {
  return parseDelivery({ content: rawBodyOf(f), headers: { ...f.headers, ...headers }, querystring: f.querystring });
}

/** A provider's normalizer by its key (the fixture folder's name). */
export function normalizerOf(provider: string) {
  const normalizer = providerRow(provider);
  if (!normalizer) throw new Error(`No normalizer for provider "${provider}"`);
  return normalizer;
}

/** What the provider's own normalizer reads from a fixture, with the fixture's settings. */
export function normalizeFixture(provider: string, f: Fixture): WebhookMissedCall | null {
  return normalizerOf(provider).normalize(deliveryOf(f), f.settings ?? {});
}
