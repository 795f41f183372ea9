/**
 * Runs alone in a fresh Node process for the cold-start row, so nothing else is loaded before the timing starts.
 * `time <module>`: prints `{"ms": ...}`, how long requiring the module took.
 * `profile <core> <app>`: requires core first (already paid for), then prints each file's own load time while
 * the app loads, as `[{"file": ..., "selfMs": ...}]`: compiling and running its top level, minus its own requires.
 */
import Module from 'node:module';
import type { FileLoad } from './bench-load-profile';

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
  require(first);
  process.stdout.write(JSON.stringify({ ms: performance.now() - started }));
} else if (mode === 'profile') {
  process.stdout.write(JSON.stringify(profile(first, second)));
} else {
  process.stderr.write('usage: bench-import-child time <module> | profile <core> <app>\n');
  process.exitCode = 2;
}
