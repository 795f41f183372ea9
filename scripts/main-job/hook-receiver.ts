import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Item } from './context';

/** A receiver standing in for Zapier's hook URL: it keeps each raw request Twilio posts, in order. */
export async function hookReceiver(): Promise<{ url: string; next: () => Promise<Item>; close: () => void }> {
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
