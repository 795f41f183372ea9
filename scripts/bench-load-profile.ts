/** Where the app's own import time goes: per-file load times grouped by package (or app file), medians over runs. */
import { median } from './bench-stats';

export interface FileLoad {
  file: string;
  /** Compiling and running the file's top level, without the files it requires. */
  selfMs: number;
}

export interface GroupLoad {
  ms: number;
  files: number;
}

/** `node_modules/<package>` (scoped too) for dependencies, the path below the project for the app's own files. */
export function groupOf(file: string, root: string): string {
  const path = file.replace(/\\/g, '/');
  const inModules = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules) return inModules[1];
  const base = root.replace(/\\/g, '/').replace(/\/$/, '');
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}

export function timeByGroup(loads: FileLoad[], root: string): Map<string, GroupLoad> {
  const totals = new Map<string, GroupLoad>();
  for (const load of loads) {
    const group = groupOf(load.file, root);
    const total = totals.get(group) ?? { ms: 0, files: 0 };
    totals.set(group, { ms: total.ms + load.selfMs, files: total.files + 1 });
  }
  return totals;
}

/** The `top` heaviest groups by median time over runs (a group absent from a run counts 0 there). */
export function heaviestGroups(runs: Array<Map<string, GroupLoad>>, top: number): Array<{ group: string } & GroupLoad> {
  const groups = new Set(runs.flatMap((run) => [...run.keys()]));
  return [...groups]
    .map((group) => ({
      group,
      ms: median(runs.map((run) => run.get(group)?.ms ?? 0)),
      files: Math.max(...runs.map((run) => run.get(group)?.files ?? 0)),
    }))
    .sort((a, b) => b.ms - a.ms || a.group.localeCompare(b.group))
    .slice(0, top);
}

/** The app's own files against its dependencies, by median total over runs. */
export function byOwner(runs: FileLoad[][]): { app: GroupLoad; dependencies: GroupLoad } {
  const total = (loads: FileLoad[]) => loads.reduce((sum, load) => sum + load.selfMs, 0);
  const isDependency = (load: FileLoad) => /[\\/]node_modules[\\/]/.test(load.file);
  const owner = (pick: (load: FileLoad) => boolean): GroupLoad => ({
    ms: median(runs.map((loads) => total(loads.filter(pick)))),
    files: Math.max(...runs.map((loads) => loads.filter(pick).length)),
  });
  return { app: owner((load) => !isDependency(load)), dependencies: owner(isDependency) };
}
