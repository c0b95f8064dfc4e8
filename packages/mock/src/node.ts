/** The simulator as a real HTTP server (Node), answering exactly like the fetch handler. */

import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AccountApiSimulator, AccountApiSimulatorOptions } from './simulator.js';
import { createAccountApiSimulator } from './simulator.js';

/** Options of {@link listen}. */
export interface ListenOptions extends AccountApiSimulatorOptions {
  /** Port; `0` picks a free one. Default 4010. */
  port?: number;
  /** Interface to bind. Default `localhost`. */
  host?: string;
  /** An existing simulator to serve (otherwise one is created from the other options). */
  simulator?: AccountApiSimulator;
}

/** A running server. */
export interface SimulatorServer {
  /** e.g. `http://localhost:4010` — use it as the Logto endpoint. */
  url: string;
  simulator: AccountApiSimulator;
  server: Server;
  close(): Promise<void>;
}

async function toRequest(
  incoming: IncomingMessage,
  baseUrl: string,
  signal: AbortSignal,
): Promise<Request> {
  // The Host header decides the URL, so WebAuthn's rp.id is the host name the client used (§12).
  const url = new URL(
    incoming.url ?? '/',
    incoming.headers.host ? `http://${incoming.headers.host}` : baseUrl,
  );
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = incoming.method ?? 'GET';
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const body =
    method === 'GET' || method === 'HEAD' || chunks.length === 0
      ? undefined
      : Buffer.concat(chunks);
  return new Request(url, { method, headers, signal, ...(body ? { body } : {}) });
}

async function writeResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  outgoing.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

/**
 * Serves the simulator over HTTP.
 *
 * @example
 * const { url, simulator, close } = await listen({ port: 0 });
 */
export async function listen(options: ListenOptions = {}): Promise<SimulatorServer> {
  const { port = 4010, host = 'localhost', simulator: given, ...simulatorOptions } = options;
  const simulator = given ?? createAccountApiSimulator(simulatorOptions);
  let baseUrl = `http://${host}:${port}`;
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      // A closed connection aborts the request, which ends a `timeout` fault's wait.
      const closed = new AbortController();
      outgoing.once('close', () => closed.abort());
      try {
        const request = await toRequest(incoming, baseUrl, closed.signal);
        const response = await simulator.handle(request);
        await writeResponse(response, outgoing);
      } catch (error) {
        // A simulated network error drops the connection, as a real outage would.
        if (error instanceof TypeError) outgoing.destroy();
        else if (closed.signal.aborted) return;
        else {
          outgoing.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
          outgoing.end(JSON.stringify({ message: 'Internal server error.' }));
        }
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  baseUrl = `http://${host}:${actualPort}`;
  return {
    url: baseUrl,
    simulator,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
