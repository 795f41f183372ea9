/** The size of build/build.zip, rebuilt first when it is missing or older than the app it packs. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What scripts/build-zip.sh packs (besides production dependencies, which only package-lock.json changes). */
export const PACKED = [
  'dist',
  'index.js',
  'index.ts',
  'authentication.ts',
  'package.json',
  'package-lock.json',
  'creates',
  'lib',
  'searches',
  'triggers',
  'zapier',
];

/** The newest modification time under `path`. The dist/ folder counts by its own time: `tsc` rewrites every file on each build. */
function newest(path: string, root: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory() || path === join(root, 'dist')) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry), root)));
}

export interface ZipSize {
  bytes: number;
  rebuilt: boolean;
}

/** Missing, or older than any file it packs. */
export function zipIsStale(root: string): boolean {
  const zip = join(root, 'build', 'build.zip');
  return !existsSync(zip) || statSync(zip).mtimeMs < Math.max(...PACKED.map((path) => newest(join(root, path), root)));
}

export function zipSize(root: string): ZipSize {
  const zip = join(root, 'build', 'build.zip');
  const stale = zipIsStale(root);
  if (stale) {
    try {
      execFileSync('bash', [join(root, 'scripts', 'build-zip.sh')], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      // The table shows one line: the script's last words say what went wrong.
      const failed = error as { stdout?: string; stderr?: string };
      const said = `${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim().split('\n');
      throw new Error(`scripts/build-zip.sh failed: ${said[said.length - 1] || 'no output'}`);
    }
  }
  return { bytes: statSync(zip).size, rebuilt: stale };
}
