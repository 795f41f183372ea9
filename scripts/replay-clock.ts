/**
 * One simulated clock for the main job's replay of a day: the app reads the time with `Date` / `Date.now()` and
 * the sandbox's clock runs on `Date.now()`, so replacing only Date's "now" makes both read the same time. The
 * clock runs on in real time from wherever it was last moved, and only moves forward. Timers, sockets and
 * setTimeout stay real: nothing waits for the hours skipped.
 */
export interface ReplayClock {
  /** Moves the clock forward to `at` (a time already past is ignored: the clock never runs backwards). */
  moveTo(at: Date): void;
  /** Puts the process's own Date back. */
  restore(): void;
}

export function installReplayClock(start: Date): ReplayClock {
  const OwnDate = globalThis.Date;
  const realNow = OwnDate.now.bind(OwnDate);
  let offset = start.getTime() - realNow();
  const now = () => realNow() + offset;
  class ReplayDate extends OwnDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(now());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return now();
    }
    /** Dates made before the clock was installed are still Dates. */
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof OwnDate;
    }
  }
  globalThis.Date = ReplayDate as DateConstructor;
  return {
    moveTo: (at) => {
      if (at.getTime() > now()) offset = at.getTime() - realNow();
    },
    restore: () => {
      globalThis.Date = OwnDate;
    },
  };
}
