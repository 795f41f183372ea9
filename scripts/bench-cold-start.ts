/**
 * Cold start: how long a fresh Node process takes to require the built app, against zapier-platform-core alone
 * (the app's import includes core's). Core and app load in turn, one fresh child process each, so background noise
 * hits both alike; each pair gives a ratio, and pairs are added until the median ratio is surely on one side of
 * the goal (or the plan's last pair). Times are the main thread's CPU time, which a busy machine does not inflate.
 * One discarded run each first warms the disk cache.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { byOwner, type FileLoad, type GroupLoad, heaviestGroups, timeByGroup } from './bench-load-profile';
import { type MedianEstimate, type SamplingPlan, sampleUntilSettled } from './bench-sampling';
import { median } from './bench-stats';

const CHILD = join(__dirname, 'bench-import-child.js');
/** 9 pairs settle a clear verdict; a close one gets up to 25. */
export const COLD_START_PLAN: SamplingPlan = { min: 9, step: 4, max: 25 };

export interface ColdStart {
  /** Median CPU time of the imports. */
  coreMs: number;
  appMs: number;
  /** App over core, pair by pair: the median and the range it lies in; `samples` is the number of pairs. */
  ratio: MedianEstimate;
  /** The same ratio on the wall clock (medians over the same processes), for comparison. */
  wallRatio: number;
}

function child(args: string[]): string {
  // process.execPath is the Node 22 that npm put first on the PATH, the runtime the app targets.
  return execFileSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

interface ImportTime {
  ms: number;
  cpuMs: number;
}
const importTime = (module: string): ImportTime => JSON.parse(child(['time', module])) as ImportTime;

export function measureColdStart(core: string, app: string, limit: number, plan = COLD_START_PLAN): ColdStart {
  importTime(core);
  importTime(app);
  const pairs: Array<{ core: ImportTime; app: ImportTime }> = [];
  const ratio = sampleUntilSettled(
    () => {
      const pair = { core: importTime(core), app: importTime(app) };
      pairs.push(pair);
      return pair.app.cpuMs / pair.core.cpuMs;
    },
    limit,
    plan,
  );
  const of = (side: 'core' | 'app', clock: keyof ImportTime) => median(pairs.map((pair) => pair[side][clock]));
  return {
    coreMs: of('core', 'cpuMs'),
    appMs: of('app', 'cpuMs'),
    ratio,
    wallRatio: of('app', 'ms') / of('core', 'ms'),
  };
}

export interface ImportProfile {
  app: GroupLoad;
  dependencies: GroupLoad;
  heaviest: Array<{ group: string } & GroupLoad>;
}

/** What loads on top of core: the app's files against its dependencies, and the heaviest packages or files. */
export function profileAppImport(core: string, app: string, root: string, runs = 5, top = 6): ImportProfile {
  const perRun = Array.from({ length: runs }, () => JSON.parse(child(['profile', core, app])) as FileLoad[]);
  return {
    ...byOwner(perRun),
    heaviest: heaviestGroups(
      perRun.map((loads) => timeByGroup(loads, root)),
      top,
    ),
  };
}
