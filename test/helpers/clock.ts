/**
 * The clock tests move instead of sleeping: only `Date` is faked (timers, sockets and the sandbox's delays run
 * for real), and it keeps running from wherever a test moved it. The app, the sandbox and the cache double all
 * read this clock, so a claim "2 minutes old" is met without waiting 2 minutes.
 */
const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

export function useMovableClock(): void {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], advanceTimers: true });
  });
  afterEach(() => {
    jest.useRealTimers();
  });
}

/**
 * Runs the tests of the enclosing block (its beforeAll included) on a clock that starts at `at` and keeps running,
 * so a verdict that depends on the hour (quiet hours, business hours, the weekday) is the same whenever CI runs.
 */
export function useClockFrom(at: Date): void {
  beforeAll(() => {
    jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], advanceTimers: true, now: at });
  });
  afterAll(() => {
    jest.useRealTimers();
  });
}

/** Moves the process clock forward by `ms`, without waiting. */
export function skipAhead(ms: number): void {
  jest.setSystemTime(Date.now() + ms);
}
