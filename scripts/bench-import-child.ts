/**
 * Runs alone in a fresh Node process for the cold-start row, so nothing else is loaded before the timing starts.
 * `time <module>`: prints `{"ms": ..., "cpuMs": ...}`, how long requiring the module took, on the clock and on the CPU.
 * `profile <core> <app>`: requires core first (already paid for), then prints each file's own load time while
 * the app loads, as `[{"file": ..., "selfMs": ...}]`: compiling and running its top level, minus its own requires.
 */
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import type { FileLoad } from './bench-load-profile';

/**
 * The main thread's own time on a CPU, in ms: what a cold start waits for on an idle machine, and what other
 * processes on a busy one do not inflate (they add waiting, not work). Linux reports it per thread in schedstat
 * (ns); elsewhere the process's CPU time stands in, background compiler and GC threads included.
 */
function cpuMs(): number {
  let onCpuNs = Number.NaN;
  try {
    onCpuNs = Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    // Not Linux.
  }
  if (Number.isFinite(onCpuNs)) return onCpuNs / 1e6;
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

type Loader = (module: unknown, filename: string) => void;
const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;

function profile(core: string, app: string): FileLoad[] {
  require(core);
  const loads: FileLoad[] = [];
  const childTime: number[] = [];
  for (const extension of ['.js', '.json', '.cjs']) {
    const load = extensions[extension];
    if (!load) continue;
    extensions[extension] = (module, filename) => {
      const started = performance.now();
      childTime.push(0);
      try {
        load(module, filename);
      } finally {
        const inclusive = performance.now() - started;
        const children = childTime.pop() ?? 0;
        if (childTime.length) childTime[childTime.length - 1] += inclusive;
        loads.push({ file: filename, selfMs: inclusive - children });
      }
    };
  }
  require(app);
  return loads;
}

const [mode, first, second] = process.argv.slice(2);
if (mode === 'time') {
  const started = performance.now();
  const startedCpu = cpuMs();
  require(first);
  process.stdout.write(JSON.stringify({ ms: performance.now() - started, cpuMs: cpuMs() - startedCpu }));
} else if (mode === 'profile') {
  process.stdout.write(JSON.stringify(profile(first, second)));
} else {
  process.stderr.write('usage: bench-import-child time <module> | profile <core> <app>\n');
  process.exitCode = 2;
}
