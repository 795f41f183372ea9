import { type SandboxClient, sandboxClient } from '../../sandbox/client';
import { type Sandbox, startSandbox } from '../../sandbox/server';

/** Twilio's date format on every resource: `Sun, 29 Nov 2026 14:03:00 +0000`. */
export const RFC_2822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/;
export const HOUR = 3_600_000;

/** A freshly seeded sandbox and a client signed in as its account (Account SID + Auth Token). */
export async function startSandboxApi(): Promise<{ sandbox: Sandbox; twilio: SandboxClient }> {
  const sandbox = await startSandbox();
  return { sandbox, twilio: sandboxClient(sandbox, { username: sandbox.accountSid, password: sandbox.authToken }) };
}
