/**
 * The sandbox plays Twilio; this plays Zapier's cache, like the real one where it matters for duplicate texts:
 * `set(key, value, ttl, scope, nx)` with nx true writes only when the key is absent (or expired) and answers
 * true / false; ttl (seconds) expires entries on the double's clock (the process clock, plus any time skipped). core's createAppTester double ignores
 * ttl and nx (it always writes and answers true), so concurrency tests use this one.
 */
export type CacheMode = 'working' | 'throttled' | 'broken';

export class CacheDouble {
  private entries = new Map<string, { value: unknown; expiresAt: number | null }>();
  /** Every set call, in order, for assertions. */
  readonly sets: { key: string; ttl: number | null; nx: boolean; answer: boolean | null }[] = [];
  mode: CacheMode = 'working';
  private skippedMs = 0;

  /**
   * Milliseconds since the epoch: the process clock (so a test that moves the clock moves the cache too) plus any
   * time a test skipped here to expire entries (`cache.now += ...`).
   */
  get now(): number {
    return Date.now() + this.skippedMs;
  }
  set now(at: number) {
    this.skippedMs = at - Date.now();
  }

  private live(key: string) {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= this.now) this.entries.delete(key);
    return this.entries.get(key);
  }

  /** A network hop: runs interleave as they would against Zapier's service. */
  private hop() {
    if (this.mode === 'broken') return Promise.reject(new Error('rpc is not available'));
    return new Promise<void>((resolve) => setImmediate(resolve));
  }

  async get(key: string): Promise<unknown> {
    await this.hop();
    return this.live(key)?.value ?? null;
  }

  async set(
    key: string,
    value: unknown,
    ttl: number | null = null,
    _scope: unknown = null,
    nx: boolean | null = null,
  ): Promise<boolean | null> {
    await this.hop();
    if (this.mode === 'throttled') {
      this.sets.push({ key, ttl, nx: Boolean(nx), answer: null });
      return null;
    }
    const taken = this.live(key) !== undefined;
    const answer = !(nx && taken);
    if (answer) this.entries.set(key, { value, expiresAt: ttl === null ? null : this.now + ttl * 1000 });
    this.sets.push({ key, ttl, nx: Boolean(nx), answer });
    return answer;
  }

  async delete(key: string): Promise<boolean> {
    await this.hop();
    return this.entries.delete(key);
  }

  keys(): string[] {
    return [...this.entries.keys()].filter((key) => this.live(key));
  }
}
