import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A canned answer a small proxy in front of the sandbox gives instead of Twilio's (codes the sandbox never sends). */
export interface TwilioAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  method?: string;
  path?: string;
}

/**
 * A pass-through proxy to the sandbox that answers matching requests itself, for Twilio answers the sandbox's
 * fault switches cannot give (unknown error codes, 503 pages, empty or odd 200 bodies).
 */
export function answeringProxy(target: () => string) {
  let server: Server | undefined;
  let armed: TwilioAnswer[] = [];
  let inFlight = 0;
  const state = {
    url: '',
    get busy() {
      return inFlight > 0;
    },
    arm: (answer: TwilioAnswer) => armed.push(answer),
    clear: () => {
      armed = [];
    },
    start: () =>
      new Promise<void>((resolve) => {
        server = createServer(async (request, response) => {
          inFlight++;
          try {
            const chunks: Buffer[] = [];
            for await (const chunk of request) chunks.push(chunk as Buffer);
            const path = decodeURIComponent(new URL(request.url ?? '/', 'http://proxy.invalid').pathname);
            const canned = armed.find(
              (answer) =>
                (!answer.method || answer.method === request.method) && (!answer.path || path.includes(answer.path)),
            );
            if (canned) {
              armed = armed.filter((answer) => answer !== canned);
              response.writeHead(canned.status, { 'Content-Type': 'application/json', ...canned.headers });
              response.end(typeof canned.body === 'string' ? canned.body : JSON.stringify(canned.body ?? {}));
              return;
            }
            const headers = Object.fromEntries(
              Object.entries(request.headers).filter(
                ([name, value]) =>
                  typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name),
              ),
            ) as Record<string, string>;
            const answer = await fetch(`${target()}${request.url}`, {
              method: request.method,
              headers,
              body: request.method === 'POST' ? Buffer.concat(chunks) : undefined,
            });
            const retryAfter = answer.headers.get('retry-after');
            response.writeHead(answer.status, {
              'Content-Type': answer.headers.get('content-type') ?? 'application/json',
              ...(retryAfter ? { 'Retry-After': retryAfter } : {}),
            });
            response.end(Buffer.from(await answer.arrayBuffer()));
          } catch {
            response.destroy();
          } finally {
            inFlight--;
          }
        });
        server.listen(0, '127.0.0.1', () => {
          state.url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
          resolve();
        });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        server?.closeAllConnections();
        server?.close(() => resolve());
      }),
  };
  return state;
}

export type AnsweringProxy = ReturnType<typeof answeringProxy>;
