import { type Sandbox, startSandbox } from './server';

/** `npm run sandbox`: a local Twilio for trying the app by hand. `PORT` picks the port (default 4010). */

const DEFAULT_PORT = 4010;

/** The port from `PORT`, or a plain sentence saying what is wrong with it. */
export function readPort(value: string | undefined): { port: number } | { problem: string } {
  if (value === undefined || value.trim() === '') return { port: DEFAULT_PORT };
  const port = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || port > 65535) {
    return {
      problem: `PORT is "${value.slice(0, 20)}", which is not a port number. Use a number from 1024 to 65535, e.g. PORT=4011 npm run sandbox.`,
    };
  }
  return { port };
}

/** Lines to paste into `.env`, so `zapier-platform invoke` talks to this sandbox. */
export function envLines(
  sandbox: Pick<Sandbox, 'url' | 'accountSid' | 'authToken' | 'apiKeySid' | 'apiKeySecret'>,
): string[] {
  return [
    'authData_account_sid=' + sandbox.accountSid,
    'authData_auth_token=' + sandbox.authToken,
    'authData_api_base_url=' + sandbox.url,
    '# or, to connect with the API key instead of the Auth Token:',
    '# authData_api_key_sid=' + sandbox.apiKeySid,
    '# authData_auth_token=' + sandbox.apiKeySecret,
  ];
}

/** A start that failed, in one sentence; a busy port is the usual reason. */
export function startProblem(error: unknown, port: number): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') {
    return `Port ${port} is already in use, perhaps by another sandbox. Stop that one (Ctrl-C in its window), or pick another port: PORT=${port + 1} npm run sandbox`;
  }
  if (code === 'EACCES')
    return `Port ${port} needs administrator rights. Pick a port from 1024 up: PORT=4011 npm run sandbox`;
  return `The sandbox could not start: ${error instanceof Error ? error.message : String(error)}`;
}

/** Starts the sandbox as the command does; null (with the sentence written to `fail`) when it cannot. */
export async function startFromCli(
  env: NodeJS.ProcessEnv,
  say: (text: string) => void,
  fail: (text: string) => void,
): Promise<Sandbox | null> {
  const read = readPort(env.PORT);
  if ('problem' in read) {
    fail(read.problem);
    return null;
  }
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox({ port: read.port });
  } catch (error) {
    fail(startProblem(error, read.port));
    return null;
  }
  say(
    [
      `Twilio sandbox (${sandbox.scenario.accountFriendlyName}) listening on ${sandbox.url}`,
      `${sandbox.state.numbers.length} numbers, ${sandbox.state.calls.length} calls, ${sandbox.state.messages.length} messages; Ctrl-C stops it.`,
      '',
      'Paste these lines into .env to point the app at it:',
      '',
      ...envLines(sandbox),
      '',
    ].join('\n'),
  );
  return sandbox;
}

if (require.main === module) {
  startFromCli(
    process.env,
    (text) => process.stdout.write(`${text}\n`),
    (text) => process.stderr.write(`${text}\n`),
  ).then((sandbox) => {
    if (!sandbox) {
      process.exitCode = 1;
      return;
    }
    const shutdown = () => {
      sandbox.stop().finally(() => process.exit(0));
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
}
