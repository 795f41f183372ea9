/**
 * Cold start: how long a fresh Node process takes to require the built app, against zapier-platform-core alone
 * (the app's import includes core's). Each figure is a median over fresh child processes, run alternately so
 * background noise hits both alike; one discarded run each first warms the disk cache.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { byOwner, heaviestGroups, timeByGroup, type FileLoad, type GroupLoad } from './bench-load-profile';
import { median } from './bench-stats';

const CHILD = join(__dirname, 'bench-import-child.js');

export interface ColdStart {
  coreMs: number;
  appMs: number;
  ratio: number;
  runs: number;
}

function child(args: string[]): string {
  // process.execPath is the Node 22 that npm put first on the PATH, the runtime the app targets.
  return execFileSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const importMs = (module: string): number => (JSON.parse(child(['time', module])) as { ms: number }).ms;

export function measureColdStart(core: string, app: string, runs = 7): ColdStart {
  importMs(core);
  importMs(app);
  const coreRuns: number[] = [];
  const appRuns: number[] = [];
  for (let run = 0; run < runs; run++) {
    coreRuns.push(importMs(core));
    appRuns.push(importMs(app));
  }
  const coreMs = median(coreRuns);
  const appMs = median(appRuns);
  return { coreMs, appMs, ratio: appMs / coreMs, runs };
}

export interface ImportProfile {
  app: GroupLoad;
  dependencies: GroupLoad;
  heaviest: Array<{ group: string } & GroupLoad>;
}

/** What loads on top of core: the app's files against its dependencies, and the heaviest packages or files. */
export function profileAppImport(core: string, app: string, root: string, runs = 5, top = 6): ImportProfile {
  const perRun = Array.from({ length: runs }, () => JSON.parse(child(['profile', core, app])) as FileLoad[]);
  return { ...byOwner(perRun), heaviest: heaviestGroups(perRun.map((loads) => timeByGroup(loads, root)), top) };
}
