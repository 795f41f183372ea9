import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GOALS,
  importMeetsGoal,
  type PollMeasurement,
  pagesFor,
  pollMeetsGoal,
  roundTrips,
} from '../../scripts/bench-goals';
import { byOwner, type GroupLoad, groupOf, heaviestGroups, timeByGroup } from '../../scripts/bench-load-profile';
import { medianInterval, type SamplingPlan, sampleUntilSettled, verdict } from '../../scripts/bench-sampling';
import { bytes, median, ms, plural } from '../../scripts/bench-stats';
import { PACKED, zipIsStale } from '../../scripts/bench-zip';

describe('median', () => {
  test.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[400, 90, 410, 405, 2000, 395, 401], 401], // one slow outlier does not move it
  ])('of %j is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test('leaves its input unsorted, and refuses no values', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
    expect(() => median([])).toThrow('median of no values');
  });
});

describe('table wording', () => {
  test.each([
    [ms(4.2681), '4.3 ms'],
    [ms(461.4), '461 ms'],
    [ms(1234.5), '1,235 ms'],
    [bytes(1165037), '1,165,037 bytes (1.17 MB)'],
    [plural(1, 'page'), '1 page'],
    [plural(2, 'page'), '2 pages'],
    [plural(1000, 'missed call'), '1,000 missed calls'],
  ])('%p', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('poll goal: pages of 1,000 calls, every other request constant', () => {
  const poll = (missedCalls: number, extra: Partial<PollMeasurement> = {}): PollMeasurement => {
    const callsInWindow = missedCalls * 2;
    const callPages = pagesFor(callsInWindow, 1000);
    return {
      missedCalls,
      callsInWindow,
      items: missedCalls,
      requests: callPages + 2,
      callPages,
      callsPerPage: 1000,
      msPerPoll: 10,
      ...extra,
    };
  };
  const smallest = poll(10);

  test.each([
    [0, 1],
    [1, 1],
    [999, 1],
    [1000, 1],
    [1001, 2],
    [2000, 2],
    [2001, 3],
  ])('%p calls fill %p pages of 1,000', (calls, pages) => {
    expect(pagesFor(calls, 1000)).toBe(pages);
  });

  test.each<[string, PollMeasurement, boolean]>([
    ['10 missed calls, 1 page', smallest, true],
    ['1,000 missed calls: 2,000 calls on 2 pages', poll(1000), true],
    ['a request per call instead of pages', poll(1000, { requests: 2002, callPages: 2000, callsPerPage: 1 }), false],
    ["Twilio's default page of 50", poll(1000, { requests: 42, callPages: 40, callsPerPage: 50 }), false],
    ['an extra lookup per poll as calls grow', poll(1000, { requests: 5 }), false],
    ['a page missed: 1,000 calls short', poll(1000, { requests: 3, callPages: 1 }), false],
    ['fewer items than missed calls', poll(1000, { items: 999 }), false],
  ])('%s: %p', (_, measured, pass) => {
    expect(pollMeetsGoal(measured, smallest)).toBe(pass);
  });

  test("asks for at least Twilio's largest page", () => {
    expect(GOALS.minCallsPerPage).toBe(1000);
  });
});

describe('round trips from a delayed run', () => {
  test.each([
    [433, 200, 2], // checks together, then the send, plus a little work
    [1210, 200, 6], // six requests one after another
    [250, 200, 1],
    [690, 200, 3],
  ])('%p ms at %p ms per request is %p round trips', (elapsed, delay, trips) => {
    expect(roundTrips(elapsed, delay)).toBe(trips);
  });

  test('the goal is the checks, then the send', () => {
    expect(GOALS.textBackRoundTrips).toBe(2);
  });
});

describe('import profile', () => {
  const root = '/work/app';

  test.each([
    ['/work/app/node_modules/libphonenumber-js/build/parse.js', 'libphonenumber-js'],
    ['/work/app/node_modules/@scope/pkg/lib/index.js', '@scope/pkg'],
    ['/work/app/node_modules/twilio/node_modules/scmp/index.js', 'scmp'],
    ['/work/app/dist/lib/text-back/sentences.js', 'dist/lib/text-back/sentences.js'],
    ['C:\\work\\app\\node_modules\\twilio\\lib\\webhooks\\webhooks.js', 'twilio'],
    ['/elsewhere/file.js', '/elsewhere/file.js'],
  ])('%s is grouped as %s', (file, group) => {
    expect(groupOf(file, root)).toBe(group);
  });

  test("sums each group's own time and counts its files", () => {
    const groups = timeByGroup(
      [
        { file: '/work/app/node_modules/libphonenumber-js/a.js', selfMs: 10 },
        { file: '/work/app/node_modules/libphonenumber-js/b.json', selfMs: 5 },
        { file: '/work/app/dist/index.js', selfMs: 2 },
      ],
      root,
    );
    expect(Object.fromEntries(groups)).toEqual({
      'libphonenumber-js': { ms: 15, files: 2 },
      'dist/index.js': { ms: 2, files: 1 },
    });
  });

  test('ranks groups by their median over runs; absent counts as 0', () => {
    const run = (entries: Array<[string, number]>) =>
      new Map(entries.map(([group, time]): [string, GroupLoad] => [group, { ms: time, files: 1 }]));
    const runs = [
      run([
        ['a', 30],
        ['b', 100],
        ['c', 50],
      ]), // b's one slow run and c's one appearance are outliers
      run([
        ['a', 32],
        ['b', 1],
      ]),
      run([
        ['a', 31],
        ['b', 2],
      ]),
    ];
    expect(heaviestGroups(runs, 2)).toEqual([
      { group: 'a', ms: 31, files: 1 },
      { group: 'b', ms: 2, files: 1 },
    ]);
    expect(heaviestGroups(runs, 5)).toEqual([
      { group: 'a', ms: 31, files: 1 },
      { group: 'b', ms: 2, files: 1 },
      { group: 'c', ms: 0, files: 1 },
    ]);
  });
});

describe('build.zip freshness', () => {
  test('watches only paths the project has (a folder moved away would never make the zip stale)', () => {
    const project = join(__dirname, '..', '..');
    const sources = PACKED.filter((path) => path !== 'dist'); // dist/ exists once built
    expect(sources.filter((path) => !existsSync(join(project, path)))).toEqual([]);
  });

  let root: string;
  const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bench-zip-'));
    for (const folder of ['build', 'dist/lib', 'lib/text-back', 'scripts'])
      mkdirSync(join(root, folder), { recursive: true });
    for (const file of [
      'build/build.zip',
      'dist/lib/phone.js',
      'lib/text-back/checks.ts',
      'package.json',
      'scripts/bench.ts',
    ])
      writeFileSync(join(root, file), '');
    for (const path of [
      'dist/lib/phone.js',
      'dist/lib',
      'dist',
      'lib/text-back/checks.ts',
      'lib/text-back',
      'lib',
      'package.json',
    ])
      at(path, 1000);
    at('build/build.zip', 2000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test.each<[string, (() => void) | null, boolean]>([
    ['fresh: newer than everything it packs', null, false],
    ['stale: missing', () => rmSync(join(root, 'build/build.zip')), true],
    ['stale: older than a lib file changed since', () => at('lib/text-back/checks.ts', 3000), true],
    ['stale: older than package.json', () => at('package.json', 3000), true],
    ['stale: older than the dist/ folder', () => at('dist', 3000), true],
    ['fresh: older only than a file tsc rewrote in dist/', () => at('dist/lib/phone.js', 3000), false],
    ['fresh: older only than a script it does not pack', () => at('scripts/bench.ts', 3000), false],
  ])('%s', (_, change, stale) => {
    change?.();
    expect(zipIsStale(root)).toBe(stale);
  });
});

describe('import profile by owner', () => {
  test("splits the app's files from dependencies, by median total over runs", () => {
    const run = (app: number, dependency: number) => [
      { file: '/work/app/dist/index.js', selfMs: app / 2 },
      { file: '/work/app/dist/lib/phone.js', selfMs: app / 2 },
      { file: '/work/app/node_modules/libphonenumber-js/max/index.cjs', selfMs: dependency },
    ];
    expect(byOwner([run(40, 30), run(50, 20), run(400, 25)])).toEqual({
      app: { ms: 50, files: 2 },
      dependencies: { ms: 25, files: 1 },
    });
  });
});

describe('median with the range it lies in', () => {
  const nine = [5, 1, 9, 3, 7, 2, 8, 4, 6];

  test.each<[string, number[], { median: number; low: number; high: number; samples: number }]>([
    ['9 samples: 2nd smallest to 2nd largest', nine, { median: 5, low: 2, high: 8, samples: 9 }],
    [
      '25 samples: 8th smallest to 8th largest',
      Array.from({ length: 25 }, (_, i) => 25 - i),
      { median: 13, low: 8, high: 18, samples: 25 },
    ],
    ['6 samples: the extremes', [6, 1, 5, 2, 4, 3], { median: 3.5, low: 1, high: 6, samples: 6 }],
    ['5 samples: too few to say', [1, 2, 3, 4, 5], { median: 3, low: -Infinity, high: Infinity, samples: 5 }],
  ])('%s', (_, values, expected) => {
    expect(medianInterval(values)).toEqual(expected);
  });

  test('leaves its input unsorted, and refuses no values', () => {
    const values = [...nine];
    medianInterval(values);
    expect(values).toEqual(nine);
    expect(() => medianInterval([])).toThrow('median of no values');
  });

  /** P(at most j of n fair coin flips land heads), exactly. */
  const atMost = (j: number, n: number) => {
    let ways = 1n;
    let sum = 0n;
    for (let i = 0; i <= j; i++) {
      sum += ways;
      ways = (ways * BigInt(n - i)) / BigInt(i + 1);
    }
    return Number(sum) / 2 ** n;
  };

  test.each(Array.from({ length: 35 }, (_, i) => i + 6))(
    '%p samples: the widest bounds that still hold 95%%, and no wider',
    (n) => {
      const { low } = medianInterval(Array.from({ length: n }, (_, i) => i + 1));
      const k = low; // the k-th smallest of 1..n is k
      expect(atMost(k - 1, n)).toBeLessThanOrEqual(0.025);
      expect(atMost(k, n)).toBeGreaterThan(0.025);
    },
  );
});

describe('sampling until the verdict is settled', () => {
  const PLAN: SamplingPlan = { min: 9, step: 4, max: 25 };
  /** Serves the given samples in order, then repeats the last; counts what was taken. */
  const source = (values: number[]) => {
    let taken = 0;
    return { take: () => values[Math.min(taken++, values.length - 1)], taken: () => taken };
  };
  const around = (center: number, n: number) => Array.from({ length: n }, (_, i) => center + ((i % 5) - 2) * 0.005);

  test.each<[string, number[], 'below' | 'not below' | 'open', number]>([
    ['clearly under the goal: the first 9 settle it', around(1.1, 9), 'below', 9],
    ['clearly over: the first 9 settle it', around(1.3, 9), 'not below', 9],
    [
      'one process slowed 3x does not flip it, nor cost a sample',
      [...around(1.1, 4), 3.3, ...around(1.1, 4)],
      'below',
      9,
    ],
    ['two slowed processes cost 4 more samples, not the verdict', [3.3, 3.3, ...around(1.1, 30)], 'below', 13],
    ['too close to call: sampled up to 25, and left open', around(1.2, 30), 'open', 25],
  ])('%s', (_, values, expected, samples) => {
    const { take, taken } = source(values);
    const estimate = sampleUntilSettled(take, 1.2, PLAN);
    expect(verdict(estimate, 1.2)).toBe(expected);
    expect(estimate.samples).toBe(samples);
    expect(taken()).toBe(samples);
  });

  test('the import goal passes only when the ratio is surely under it', () => {
    const estimate = (low: number, high: number) => ({ median: (low + high) / 2, low, high, samples: 9 });
    expect(importMeetsGoal(estimate(1.05, 1.15))).toBe(true);
    expect(importMeetsGoal(estimate(1.15, 1.25))).toBe(false);
    expect(importMeetsGoal(estimate(1.21, 1.3))).toBe(false);
  });

  test('round trips come from the median delayed run: one slow run does not add one', () => {
    const runs = [810, 1320, 822, 805, 830];
    expect(roundTrips(runs[1], 400)).toBe(3);
    expect(roundTrips(median(runs), 400)).toBe(2);
  });
});
