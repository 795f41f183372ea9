import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '../..');

/** Loads a built script as `npm start` would, without the NODE_ENV=test Jest sets, and reads core's verdict. */
function coreModeAfterLoading(script: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_ENV;
  delete env.JEST_WORKER_ID;
  const probe = `require(${JSON.stringify(path.join(root, script))});
const { IS_TESTING } = require('zapier-platform-core/src/constants');
process.stdout.write(JSON.stringify({ nodeEnv: process.env.NODE_ENV ?? null, isTesting: IS_TESTING }));`;
  const child = spawnSync(process.execPath, ['-e', probe], { cwd: root, env, encoding: 'utf8' });
  return JSON.parse(child.stdout) as { nodeEnv: string | null; isTesting: boolean };
}

test('the main job does not pretend to be a test: NODE_ENV stays unset and zapier-platform-core runs as in production', () => {
  expect(coreModeAfterLoading('dist/scripts/main-job.js')).toEqual({ nodeEnv: null, isTesting: false });
});

test("only core's memory line is kept out of the output; other console lines still print", () => {
  const probe = `require(${JSON.stringify(path.join(root, 'dist/scripts/quiet-core.js'))});
console.log('ZID:', 'abc', 'pid', 'ZRUN:', 1, 'RSSMEM:', {});
console.log('an ordinary line');`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_ENV;
  const child = spawnSync(process.execPath, ['-e', probe], { cwd: root, env, encoding: 'utf8' });
  expect(child.stdout).toBe('an ordinary line\n');
});
