/**
 * A real node:http server on 127.0.0.1 (port 0) that answers scripted responses in order and
 * records every request, so client tests exercise real HTTP handling end to end.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded request. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Raw body text. */
  body: string;
  /** Parsed JSON body, when the body was JSON. */
  json: unknown;
}

/** One scripted answer. */
export interface ScriptedResponse {
  status: number;
  /** Objects are sent as JSON; strings as given (with `contentType`). */
  body?: unknown;
  headers?: Record<string, string>;
  contentType?: string;
  /** Wait this long before answering (for timeout tests). */
  delayMs?: number;
  /** Destroy the socket instead of answering (network failure). */
  destroy?: boolean;
  /** Answer only a request for this path (for requests sent in parallel). */
  path?: string;
}

/** A running scripted server. */
export interface ScriptedServer {
  endpoint: string;
  requests: RecordedRequest[];
  /** Queue answers, served in order; when the queue is empty the server answers 599. */
  reply(...responses: ScriptedResponse[]): void;
  /** Drop unserved answers and recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

/** Start a scripted server on an ephemeral local port. */
export async function startScriptedServer(): Promise<ScriptedServer> {
  const queue: ScriptedResponse[] = [];
  const requests: RecordedRequest[] = [];
  const pending = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = body ? JSON.parse(body) : undefined;
      } catch {
        json = undefined;
      }
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body,
        json,
      });

      const index = queue.findIndex((answer) => !answer.path || answer.path === request.url);
      const [scripted = { status: 599, body: 'No scripted response left' }] =
        index === -1 ? [] : queue.splice(index, 1);
      const send = () => {
        pending.delete(response);
        if (scripted.destroy) {
          request.socket.destroy();
          return;
        }
        const headers: Record<string, string> = { ...scripted.headers };
        let payload = '';
        if (typeof scripted.body === 'string') {
          payload = scripted.body;
          headers['content-type'] = scripted.contentType ?? 'text/plain; charset=utf-8';
        } else if (scripted.body !== undefined) {
          payload = JSON.stringify(scripted.body);
          headers['content-type'] = scripted.contentType ?? 'application/json; charset=utf-8';
        }
        response.writeHead(scripted.status, headers);
        response.end(payload);
      };
      if (scripted.delayMs) {
        pending.add(response);
        setTimeout(send, scripted.delayMs);
      } else send();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    reply: (...responses) => queue.push(...responses),
    reset() {
      queue.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
