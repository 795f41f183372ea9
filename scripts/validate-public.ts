import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run validate:public`, first half: Zapier's own validation of the public variant (index-public.ts, the app
 * without its static hook). The CLI validates the app its folder's package.json names, so the variant gets a folder
 * of its own: a package.json whose main loads dist/index-public.js, and this project's node_modules.
 * The second half, our offline integration checks, is test/contract/public-variant.test.ts.
 */
const root = join(__dirname, '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'missed-call-public-'));
try {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ ...pkg, main: 'index.js', exports: undefined, scripts: {} }, null, 2),
  );
  writeFileSync(
    join(folder, 'index.js'),
    `module.exports = require(${JSON.stringify(join(root, 'dist', 'index-public.js'))});\n`,
  );
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir');
  const cli = join(root, 'node_modules', '.bin', 'zapier-platform');
  const env = { ...process.env, DISABLE_ZAPIER_ANALYTICS: '1', NO_UPDATE_NOTIFIER: '1' };
  const run = spawnSync(cli, ['validate', '--without-style'], { cwd: folder, env, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
