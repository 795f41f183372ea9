import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAIN_LINE } from '../../sandbox/scenario';
import { type Item, op, type Section } from './context';
import { callerWords, missedReasonWords } from './words';

/** A one-shot receiver standing in for Zapier's hook URL: it keeps the raw request Twilio posts. */
async function hookReceiver(): Promise<{ url: string; next: () => Promise<Item>; close: () => void }> {
  let deliver: (request: Item) => void = () => undefined;
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [`Http-${name}`, String(value)]),
      );
      deliver({ method: request.method, querystring: '', headers, content: Buffer.concat(chunks).toString('utf8') });
      response.end('{"status":"success"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/standard/123/abc/`;
  return { url, next: () => new Promise((resolve) => (deliver = resolve)), close: () => server.close() };
}

export const instantSection: Section = {
  title: 'New Missed Call (Instant) on the main line',
  async run(context) {
    const { sandbox, run, print } = context;
    const receiver = await hookReceiver();
    try {
      const subscribeData = (await run(op.subscribe, {
        inputData: { business_number: MAIN_LINE },
        targetUrl: receiver.url,
      })) as Item;
      print(`Subscribed: Twilio now tells the Zap when a call to the main line ends.`);
      const { call } = sandbox.addMissedCall({ from: '+15125550188', to: MAIN_LINE, minutesAgo: 0 });
      const arrived = receiver.next();
      await sandbox.deliverStatusCallback(call.sid);
      const rawRequest = await arrived;
      const items = (await run(op.instant, {
        inputData: { business_number: MAIN_LINE },
        subscribeData,
        rawRequest,
      })) as Item[];
      print(
        `A new missed call, signed by Twilio: ${items.map((item) => `${callerWords(item)}, ${missedReasonWords(item.missed_reason)}`).join('; ') || 'no item'}.`,
      );
      context.counts.instantCalls = items.length;
      const forged = {
        ...rawRequest,
        headers: { ...(rawRequest.headers as Item), 'Http-x-twilio-signature': 'Zm9yZ2Vk' },
      };
      const none = (await run(op.instant, { inputData: {}, subscribeData, rawRequest: forged })) as Item[];
      print(
        `The same notification with a forged signature: ${none.length === 0 ? 'ignored' : `${none.length} items (wrong!)`}.`,
      );
      await run(op.unsubscribe, { subscribeData });
      const restored = sandbox.state.numbers.find((number) => number.phoneNumber === MAIN_LINE)?.statusCallback;
      print(`Unsubscribed: the main line's status callback is back to ${restored ? restored : 'none'}.`);
    } finally {
      receiver.close();
    }
  },
};
