import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../sandbox/server';

/**
 * The bad-input corpus's small macros, so the data stays readable. In inputs: `{"$repeat": "x", "times": 5000}`,
 * `{"$concat": [...]}`, `{"$undefined": true}`, `{"$sandbox": "url" | "messaging_service_sid"}`,
 * `{"$fixture": "zoom/callee-missed"}` (a provider fixture's body). In `result`: `{"$type": "number"}`,
 * `{"$match": "<regex>"}`.
 */

function fixtureBody(name: string): unknown {
  const [provider, file] = name.split('/');
  return (
    JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'providers', provider, `${file}.json`), 'utf8')) as {
      body: unknown;
    }
  ).body;
}

function sandboxValue(sandbox: Sandbox, name: string): string {
  if (name === 'url') return sandbox.url;
  if (name === 'messaging_service_sid') return sandbox.state.messagingServices[0].sid;
  throw new Error(`Unknown sandbox value ${name}`);
}

/** Expands the corpus's macros into the values the operation receives. */
export function expand(value: unknown, sandbox: Sandbox): unknown {
  if (Array.isArray(value)) return value.map((item) => expand(item, sandbox));
  if (!value || typeof value !== 'object') return value;
  const macro = value as Record<string, unknown>;
  if ('$repeat' in macro) return String(macro.$repeat).repeat(Number(macro.times));
  if ('$concat' in macro) return (macro.$concat as unknown[]).map((part) => String(expand(part, sandbox))).join('');
  if ('$undefined' in macro) return undefined;
  if ('$sandbox' in macro) return sandboxValue(sandbox, String(macro.$sandbox));
  if ('$fixture' in macro) return fixtureBody(String(macro.$fixture));
  return Object.fromEntries(Object.entries(macro).map(([key, inner]) => [key, expand(inner, sandbox)]));
}

/** The corpus's `result` as Jest matchers. */
export function matcher(value: unknown, sandbox: Sandbox): unknown {
  if (Array.isArray(value)) return value.map((item) => matcher(item, sandbox));
  if (!value || typeof value !== 'object') return value;
  const spec = value as Record<string, unknown>;
  if ('$type' in spec)
    return spec.$type === 'number'
      ? expect.any(Number)
      : spec.$type === 'boolean'
        ? expect.any(Boolean)
        : expect.any(String);
  if ('$match' in spec) return expect.stringMatching(new RegExp(String(spec.$match)));
  if ('$sandbox' in spec) return sandboxValue(sandbox, String(spec.$sandbox));
  return Object.fromEntries(Object.entries(spec).map(([key, inner]) => [key, matcher(inner, sandbox)]));
}
