import { CacheDouble } from '../../sandbox/zapier-cache';
import { skipAhead, useMovableClock } from '../helpers/clock';

/** The stand-in for Zapier's cache: set-if-absent, and ttl on the same clock as everything else in the test. */
useMovableClock();

describe('CacheDouble', () => {
  test('nx answers true for the first writer and false while the entry lives', async () => {
    const cache = new CacheDouble();
    expect(await cache.set('k', 1, 60, null, true)).toBe(true);
    expect(await cache.set('k', 2, 60, null, true)).toBe(false);
    expect(await cache.get('k')).toBe(1);
  });

  test('an entry expires when the process clock passes its ttl', async () => {
    const cache = new CacheDouble();
    await cache.set('k', 1, 120, null, true);
    skipAhead(119 * 1000);
    expect(await cache.get('k')).toBe(1);
    skipAhead(2 * 1000);
    expect(await cache.get('k')).toBeNull();
    expect(await cache.set('k', 2, 120, null, true)).toBe(true);
  });

  test('time skipped on the cache alone expires entries too', async () => {
    const cache = new CacheDouble();
    await cache.set('k', 1, 3600);
    cache.now += 3601 * 1000;
    expect(cache.keys()).toEqual([]);
  });
});
