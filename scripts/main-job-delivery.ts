/**
 * The main job's delivery sections: the day's text-backs that never arrived (New Undelivered Text-Back), with the
 * advice an owner acts on, and a readiness check of every business number (Check Texting Readiness).
 */
import App from '../index';
import { CARRIER_SECONDS } from '../sandbox/delivery';
import type { Sandbox } from '../sandbox/server';
import { clock, firstLine, heading, table } from './report-format';

type Item = Record<string, unknown>;
/** The main job's runner: an operation through Zapier's app tester against the sandbox. */
export type RunOperation = (sandbox: Sandbox, perform: never, bundle?: Item) => Promise<unknown>;

const undeliveredTrigger = (App.triggers!.text_back_undelivered.operation as { perform: never }).perform;
const readinessSearch = (App.searches!.find_texting_readiness.operation as { perform: never }).perform;
const ZONE = 'America/Chicago';

export async function undeliveredTextBacks(sandbox: Sandbox, runOp: RunOperation): Promise<void> {
  console.log(heading('Texts that did not arrive (New Undelivered Text-Back)'));
  // Carriers answer a few seconds after a text is sent; wait for today's last texts to be answered.
  await new Promise((resolve) => setTimeout(resolve, CARRIER_SECONDS * 1000 + 200));
  const items = (await runOp(sandbox, undeliveredTrigger)) as Item[];
  if (items.length === 0) {
    console.log('Every text-back of the last 48 hours was delivered.');
    return;
  }
  console.log(table([['Sent', 'From', 'To', 'What happened', 'Last call'],
    ...items.map((item) => [clock(item.sent_at, ZONE), String(item.from), String(item.to_national),
      `${item.failure_kind} (${item.error_code ?? 'no code'}${item.fix_needed ? ', fix needed' : ''})`, item.last_call_at ? clock(item.last_call_at, ZONE) : '-'])]));
  console.log('\nAdvice, one line per text:');
  for (const item of items) console.log(`- ${item.advice}`);
  const callBack = items.filter((item) => item.call_instead).length;
  const fixes = new Set(items.filter((item) => item.fix_needed).map((item) => item.from));
  console.log(`\n${items.length} text-backs did not arrive: ${callBack} customers to call instead; ${fixes.size} business numbers need fixing (${[...fixes].join(', ') || 'none'}).`);
}

export async function textingReadiness(sandbox: Sandbox, runOp: RunOperation): Promise<void> {
  console.log(heading('Can each business number text? (Check Texting Readiness)'));
  const rows: string[][] = [];
  const problems: string[] = [];
  for (const number of sandbox.state.numbers) {
    try {
      const [result] = (await runOp(sandbox, readinessSearch, { inputData: { business_number: number.phoneNumber } })) as Item[];
      rows.push([`${number.friendlyName} ${number.phoneNumber}`, String(result.ready).toUpperCase(), String(result.number_type),
        String(result.campaign_status ?? result.toll_free_verification_status ?? '-'), String(result.recent_failures)]);
      if (result.problems) problems.push(...String(result.problems).split('\n').map((line) => `- ${number.friendlyName}: ${line}`));
    } catch (error) {
      rows.push([`${number.friendlyName} ${number.phoneNumber}`, 'ERROR', '', firstLine(error), '']);
    }
  }
  console.log(table([['Number', 'Ready', 'Type', 'Campaign / verification', 'Failed texts (7 days)'], ...rows]));
  if (problems.length) console.log(`\nWhat to fix:\n${problems.join('\n')}`);
}
