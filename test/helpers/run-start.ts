import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Runs the built main job as `npm start` does (`node dist/scripts/main-job.js`), in its own process and with the
 * environment a user has: without the NODE_ENV=test that Jest sets.
 */
export function runStart(args: string[]): Promise<{ lines: string[]; stderr: string; code: number | null }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DISABLE_ZAPIER_ANALYTICS: '1', NO_UPDATE_NOTIFIER: '1' };
  delete env.NODE_ENV;
  delete env.JEST_WORKER_ID;
  const script = path.join(__dirname, '../../dist/scripts/main-job.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ lines: stdout.split('\n'), stderr, code }));
  });
}
