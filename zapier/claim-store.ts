import type { ZObject } from 'zapier-platform-core';
import type { ClaimStore } from '../lib/claims/claims';

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
