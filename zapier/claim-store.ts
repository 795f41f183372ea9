import type { Bundle, ZObject } from 'zapier-platform-core';
import type { ClaimStore } from '../lib/claims/claims';
import { zapTimeZone } from './bundle';

/**
 * Zapier's cache as a claim store: `set(key, value, ttl, null, true)` writes only when the key is absent and
 * answers true (this run), false (another run) or null (throttled). `zapier-platform invoke` has no cache.
 */
export function zapierClaimStore(z: ZObject): ClaimStore | undefined {
  const cache = (z as Partial<ZObject>).cache;
  if (!cache) return undefined;
  return {
    setIfAbsent: (key, value, ttlSeconds) => cache.set(key, value, ttlSeconds, undefined, true),
    remove: async (key) => {
      await cache.delete(key);
    },
    get: (key) => cache.get(key),
    put: async (key, value, ttlSeconds) => {
      await cache.set(key, value, ttlSeconds);
    },
  };
}

/** What a step that texts is given besides its settings: the Zap's zone, the cache's claims, the Zap's log. */
export function sendingContext(z: ZObject, bundle: Bundle) {
  return { zapTimeZone: zapTimeZone(bundle), claims: zapierClaimStore(z), log: (line: string) => z.console.log(line) };
}
