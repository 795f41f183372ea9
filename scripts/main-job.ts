/**
 * The main job: the real app definitions, run against the local Twilio sandbox seeded with a plumbing
 * business's day, from missed call to text-back, reply, consent and recovery report, printed as a report.
 */
import './quiet-core';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAppTester } from 'zapier-platform-core';
import App from '../index';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { MAIN_LINE } from '../sandbox/scenario';
import { barChart, clock, firstLine, heading, table } from './report-format';
import { textingReadiness, undeliveredTextBacks } from './main-job-delivery';
import { missedCallThroughSearch } from './main-job-search-path';

type Item = Record<string, unknown>;
type Perform = Parameters<ReturnType<typeof createAppTester>>[0];
const appTester = createAppTester(App);
const ZONE = 'America/Chicago';
const BUSINESS = 'Rapid Rooter Plumbing';

/** An operation's functions by name, whatever kind of operation it is. */
const fns = (operation: unknown) => operation as Record<'perform' | 'performSubscribe' | 'performUnsubscribe', Perform>;
const op = {
  auth: App.authentication!.test as Perform,
  numbers: fns(App.triggers!.phone_number.operation).perform,
  missed: fns(App.triggers!.missed_call.operation).perform,
  subscribe: fns(App.triggers!.missed_call_instant.operation).performSubscribe,
  unsubscribe: fns(App.triggers!.missed_call_instant.operation).performUnsubscribe,
  instant: fns(App.triggers!.missed_call_instant.operation).perform,
  webhook: fns(App.triggers!.missed_call_webhook.operation).perform,
  reply: fns(App.triggers!.text_reply.operation).perform,
  send: fns(App.creates!.send_text_back.operation).perform,
  consent: fns(App.searches!.find_consent.operation).perform,
  report: fns(App.searches!.find_recovery_report.operation).perform,
};

async function runOp(sandbox: Sandbox, perform: Perform, bundle: Item = {}): Promise<unknown> {
  return appTester(perform, { authData: sandbox.authData(), inputData: {}, meta: { timezone: ZONE }, ...bundle } as never);
}

/** A one-shot receiver standing in for Zapier's hook URL: it keeps the raw request Twilio posts. */
async function hookReceiver(): Promise<{ url: string; next: () => Promise<Item>; close: () => void }> {
  let deliver: (request: Item) => void = () => undefined;
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [`Http-${name}`, String(value)]));
      deliver({ method: request.method, querystring: '', headers, content: Buffer.concat(chunks).toString('utf8') });
      response.end('{"status":"success"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/standard/123/abc/`;
  return { url, next: () => new Promise((resolve) => (deliver = resolve)), close: () => server.close() };
}

async function connection(sandbox: Sandbox): Promise<void> {
  console.log(heading('1. Connection'));
  const account = (await runOp(sandbox, op.auth)) as Item;
  console.log(`Connected to Twilio account "${account.friendly_name}" (${account.sid}) at ${sandbox.url}`);
  try {
    await runOp(sandbox, op.auth, { authData: { ...sandbox.authData(), auth_token: 'wrong-token' } });
  } catch (error) {
    console.log(`A wrong Auth Token is refused: ${firstLine(error)}`);
  }
  const numbers = (await runOp(sandbox, op.numbers)) as Item[];
  console.log(`\nBusiness numbers (${numbers.length}):`);
  console.log(table([['Number', 'SMS', 'Voice'], ...numbers.map((n) => [String(n.label), n.sms_enabled ? 'yes' : 'no', n.voice_enabled ? 'yes' : 'no'])]));
}

async function missedCalls(sandbox: Sandbox): Promise<Item[]> {
  console.log(heading("2. Today's calls, as the New Missed Call trigger sees them"));
  const items = (await runOp(sandbox, op.missed, { inputData: { include_withheld_callers: true, business_hours: 'Mon-Fri 07:00-18:00, Sat 08:00-12:00', timezone: ZONE } })) as Item[];
  const byId = new Map(items.map((item) => [item.id, item]));
  const rows = sandbox.scenarioCalls()
    .filter((call) => call.minutesAgo < 24 * 60)
    .sort((a, b) => b.minutesAgo - a.minutesAgo)
    .map((call) => {
      const item = byId.get(call.sid);
      const verdict = item ? `MISSED: ${item.missed_reason}${item.voicemail ? ' (voicemail)' : ''}${item.caller_id_withheld ? ', caller ID withheld' : ''}` : 'not emitted';
      return [clock(new Date(sandbox.now.getTime() - call.minutesAgo * 60000).toISOString(), ZONE), call.from.slice(0, 16), verdict, call.situation];
    });
  console.log(table([['Time', 'Caller', 'Verdict', 'What happened'], ...rows]));
  console.log(`\n${items.length} missed calls emitted (${items.filter((i) => i.after_hours).length} after hours); ${rows.length - items.length} calls answered, still going, or not from a caller.`);
  return items;
}

async function instantTrigger(sandbox: Sandbox): Promise<void> {
  console.log(heading('3. New Missed Call (Instant) on the main line'));
  const receiver = await hookReceiver();
  const subscribeData = (await runOp(sandbox, op.subscribe, { inputData: { business_number: MAIN_LINE }, targetUrl: receiver.url })) as Item;
  console.log(`Subscribed: Twilio now notifies ${receiver.url} when a call to ${MAIN_LINE} ends.`);
  const { call } = sandbox.addMissedCall({ from: '+15125550188', to: MAIN_LINE, minutesAgo: 0 });
  const arrived = receiver.next();
  await sandbox.deliverStatusCallback(call.sid);
  const rawRequest = await arrived;
  const items = (await runOp(sandbox, op.instant, { inputData: { business_number: MAIN_LINE }, subscribeData, rawRequest })) as Item[];
  console.log(`Signed callback for a new missed call -> ${items.length} item: ${items.map((i) => `${i.caller_number_national}, ${i.missed_reason}`).join('')}`);
  const forged = { ...rawRequest, headers: { ...(rawRequest.headers as Item), 'Http-x-twilio-signature': 'Zm9yZ2Vk' } };
  const none = (await runOp(sandbox, op.instant, { inputData: {}, subscribeData, rawRequest: forged })) as Item[];
  console.log(`The same callback with a forged signature -> ${none.length} items.`);
  await runOp(sandbox, op.unsubscribe, { subscribeData });
  const restored = sandbox.state.numbers.find((number) => number.phoneNumber === MAIN_LINE)?.statusCallback;
  console.log(`Unsubscribed: the main line's status callback is back to ${restored ? restored : 'none'}.`);
  receiver.close();
}

async function textBacks(sandbox: Sandbox, missed: Item[]): Promise<void> {
  console.log(heading('4. Send Text-Back for each missed call'));
  const rows: string[][] = [];
  for (const item of [...missed].reverse()) {
    const inputData = {
      to: item.caller_number ?? 'Anonymous', from: item.business_number, business_name: BUSINESS, call_id: item.id,
      caller_name: item.caller_name ?? undefined, skip_landlines: true,
    };
    let outcome: string;
    try {
      const result = (await runOp(sandbox, op.send, { inputData })) as Item;
      outcome = result.replayed
        ? `ALREADY TEXTED at ${result.sent_at} (an earlier run sent it; not sent again)`
        : result.message_sid && result.body ? `SENT (${result.segments} segment, ${result.encoding}): ${result.body}` : `SENT ${result.message_sid}`;
    } catch (error) {
      outcome = firstLine(error);
    }
    rows.push([String(item.caller_number_national ?? 'withheld'), outcome]);
  }
  console.log(table([['Caller', 'Outcome'], ...rows]));
  const sent = rows.filter(([, outcome]) => outcome.startsWith('SENT')).length;
  const replayed = rows.filter(([, outcome]) => outcome.startsWith('ALREADY TEXTED')).length;
  console.log(`\n${sent} texts sent, ${replayed} already texted earlier, ${rows.length - sent - replayed} skipped with a reason.`);
}

async function replies(sandbox: Sandbox): Promise<void> {
  console.log(heading('5. Replies (New Text Reply)'));
  const texted = sandbox.state.messages.filter((message) => message.direction === 'outbound-api' && Date.now() - message.dateCreated.getTime() < 60000);
  const answers = ['YES', 'Do you also fix water heaters?', 'STOP', 'please stop texting me, I found someone'];
  answers.forEach((body, index) => {
    const textBack = texted[index];
    if (textBack) sandbox.addInboundMessage({ from: textBack.to, to: textBack.from, body });
  });
  const items = (await runOp(sandbox, op.reply)) as Item[];
  console.log(table([['From', 'Message', 'Intent', 'Opt-out', 'Minutes after text-back'],
    ...items.slice(0, 10).map((item) => [String(item.from_number), String(item.body).slice(0, 45), String(item.intent), item.is_opt_out ? 'yes' : 'no', String(item.minutes_since_text_back ?? '-')])]));
}

async function consent(sandbox: Sandbox): Promise<void> {
  console.log(heading('6. Consent records (Find Consent Record)'));
  const numbers = ['(512) 555-0123', '+1 512 555 0129', sandbox.scenarioCalls().find((c) => c.key === 'yesterday-missed')?.from ?? '', '(512) 555-0199', '555-1234'];
  const rows: string[][] = [];
  for (const phone_number of numbers) {
    const [record] = (await runOp(sandbox, op.consent, { inputData: { phone_number, consent_window_hours: 24 } })) as Item[];
    rows.push([phone_number, record ? `${record.can_text ? 'CAN TEXT' : 'do not text'} (${record.consent_status})` : 'no record (not a valid number)', record ? String(record.reason) : '']);
  }
  console.log(table([['Number', 'Verdict', 'Reason'], ...rows]));
}

async function otherPhoneSystem(sandbox: Sandbox): Promise<void> {
  console.log(heading('7. A missed call from another phone system (Aircall webhook)'));
  const payload = {
    event: 'call.ended', resource: 'call', timestamp: Math.floor(Date.now() / 1000), token: 'demo',
    data: {
      id: 1843219572, direction: 'inbound', status: 'done', started_at: Math.floor(Date.now() / 1000) - 60, answered_at: null,
      ended_at: Math.floor(Date.now() / 1000) - 30, duration: 30, missed_call_reason: 'agents_did_not_answer',
      raw_digits: '+1 512-555-0177', number: { digits: '+1 512-555-0100' }, voicemail: null,
    },
  };
  const rawRequest = { method: 'POST', querystring: '', headers: { 'Http-Content-Type': 'application/json' }, content: JSON.stringify(payload) };
  const items = (await runOp(sandbox, op.webhook, { inputData: { provider: 'auto' }, rawRequest })) as Item[];
  for (const item of items) console.log(`${item.id}: ${item.caller_number_national} called ${item.business_number}, missed (${item.missed_reason}).`);
  if (items.length === 0) console.log('No item.');
}

async function recovery(sandbox: Sandbox): Promise<void> {
  console.log(heading('8. Recovery report, last 24 hours (Find Recovery Report)'));
  const [report] = (await runOp(sandbox, op.report, { inputData: { period_days: 1 } })) as Item[];
  console.log(table([
    ['Missed calls', String(report.missed_calls)],
    ['Text-backs sent', String(report.text_backs_sent)],
    ['Callers who replied', String(report.replies)],
    ['Callers reached by phone', String(report.callbacks)],
    ['Opt-outs', String(report.opt_outs)],
    ['Recovered callers', String(report.recovered_callers)],
    ['Recovery rate', `${Math.round(Number(report.recovery_rate) * 100)}%`],
    ['Median time to text-back', report.median_seconds_to_text_back === null ? '-' : `${report.median_seconds_to_text_back} s`],
  ]));
  console.log(`\n${barChart([
    ['Missed calls', Number(report.missed_calls)],
    ['Texted back', Number(report.text_backs_sent)],
    ['Replied', Number(report.replies)],
    ['Reached by phone', Number(report.callbacks)],
    ['Recovered', Number(report.recovered_callers)],
    ['Opted out', Number(report.opt_outs)],
  ])}`);
}

async function main(): Promise<void> {
  const sandbox = await startSandbox();
  console.log(`Missed-Call Text-Back: the main job on the local Twilio sandbox (${sandbox.scenario.accountFriendlyName}'s day)`);
  try {
    await connection(sandbox);
    const missed = await missedCalls(sandbox);
    await instantTrigger(sandbox);
    await textBacks(sandbox, missed);
    await replies(sandbox);
    await consent(sandbox);
    await otherPhoneSystem(sandbox);
    await missedCallThroughSearch(sandbox);
    await recovery(sandbox);
    await undeliveredTextBacks(sandbox, runOp);
    await textingReadiness(sandbox, runOp);
    console.log(`\nDone: ${sandbox.requests.length} requests to the sandbox.`);
  } finally {
    await sandbox.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
