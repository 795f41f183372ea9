import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that reached the witness: what a hostile link or redirect would have leaked. */
export interface WitnessedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
}

/**
 * A second local server, on another origin than the sandbox, that only records who reached it. Tests point page
 * links and redirects at it: any request it records is a request that left the connection's API host.
 */
export function witnessServer() {
  let server: Server | undefined;
  const requests: WitnessedRequest[] = [];
  const witness = {
    url: '',
    /** host:port, for links written without a scheme ("@127.0.0.1:4011/..."). */
    host: '',
    requests,
    start: () =>
      new Promise<void>((resolve) => {
        server = createServer((request, response) => {
          requests.push({
            method: request.method ?? '',
            url: request.url ?? '',
            authorization: request.headers.authorization,
          });
          response.writeHead(200, { 'Content-Type': 'application/json' });
          response.end(JSON.stringify({ calls: [], messages: [], services: [], meta: {}, next_page_uri: null }));
        });
        server.listen(0, '127.0.0.1', () => {
          witness.host = `127.0.0.1:${(server!.address() as AddressInfo).port}`;
          witness.url = `http://${witness.host}`;
          resolve();
        });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return witness;
}
