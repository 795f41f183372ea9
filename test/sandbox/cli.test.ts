import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:net';
import { envLines, readPort, startFromCli } from '../../sandbox/cli';
import type { Sandbox } from '../../sandbox/server';
import { appTester, connectionTest } from '../helpers/app';

describe('npm run sandbox', () => {
  let sandbox: Sandbox | null = null;
  let blocker: Server | null = null;
  afterEach(async () => {
    await sandbox?.stop();
    sandbox = null;
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
    blocker = null;
  });

  test('prints .env lines ready to paste, and the app connects with them', async () => {
    const said: string[] = [];
    sandbox = await startFromCli(
      { PORT: '0' },
      (text) => said.push(text),
      (text) => said.push(`FAIL ${text}`),
    );
    expect(sandbox).not.toBeNull();
    const printed = said.join('\n').split('\n');
    const env = Object.fromEntries(
      printed.filter((line) => /^authData_\w+=/.test(line)).map((line) => line.split('=', 2) as [string, string]),
    );
    expect(env).toEqual({
      authData_account_sid: sandbox!.accountSid,
      authData_auth_token: sandbox!.authToken,
      authData_api_base_url: sandbox!.url,
    });
    expect(printed).toContain(`# authData_api_key_sid=${sandbox!.apiKeySid}`);
    expect(envLines(sandbox!)).toHaveLength(6);
    const authData = {
      account_sid: env.authData_account_sid,
      auth_token: env.authData_auth_token,
      api_base_url: env.authData_api_base_url,
    };
    const account = (await appTester(connectionTest(), { authData, inputData: {} })) as {
      friendly_name: string;
    };
    expect(account.friendly_name).toBe('Rapid Rooter Plumbing');
  });

  test('a busy port is one plain sentence, no stack trace', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    const said: string[] = [];
    const failed: string[] = [];
    sandbox = await startFromCli(
      { PORT: String(port) },
      (text) => said.push(text),
      (text) => failed.push(text),
    );
    expect(sandbox).toBeNull();
    expect(said).toEqual([]);
    expect(failed).toEqual([
      `Port ${port} is already in use, perhaps by another sandbox. Stop that one (Ctrl-C in its window), or pick another port: PORT=${port + 1} npm run sandbox`,
    ]);
  });

  test('PORT that is not a number is a plain sentence; blank is 4010', () => {
    expect(readPort('abc')).toEqual({ problem: expect.stringMatching(/^PORT is "abc", which is not a port number\./) });
    expect(readPort('70000')).toEqual({ problem: expect.stringMatching(/not a port number/) });
    expect(readPort(undefined)).toEqual({ port: 4010 });
    expect(readPort(' 4011 ')).toEqual({ port: 4011 });
  });
});
