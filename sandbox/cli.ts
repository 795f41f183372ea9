import { startSandbox } from './server';

/** `npm run sandbox`: a local Twilio for trying the app by hand. `PORT` picks the port (default 4010). */
async function main(): Promise<void> {
  const sandbox = await startSandbox({ port: Number(process.env.PORT ?? 4010) });
  const lines = [
    `Twilio sandbox (${sandbox.scenario.accountFriendlyName}) listening on ${sandbox.url}`,
    '',
    `  API Host (api_base_url):  ${sandbox.url}`,
    `  Account SID:              ${sandbox.accountSid}`,
    `  Auth Token:               ${sandbox.authToken}`,
    `  API Key SID:              ${sandbox.apiKeySid}`,
    `  API Key Secret:           ${sandbox.apiKeySecret}`,
    '',
    `  ${sandbox.state.numbers.length} numbers, ${sandbox.state.calls.length} calls, ${sandbox.state.messages.length} messages; Ctrl-C stops it.`,
  ];
  console.log(lines.join('\n'));
  const shutdown = () => {
    sandbox.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
