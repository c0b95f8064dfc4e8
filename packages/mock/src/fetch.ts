/** The drop-in `fetch`: hand it to the client (`createAccountClient({ fetch })`) to talk to the simulator in-process. */

import type { AccountApiSimulator } from './simulator.js';

/** Options of {@link createSimulatorFetch}. */
export interface SimulatorFetchOptions {
  /**
   * The page origin used for WebAuthn origin checks when the request has no `Origin` header.
   * Default: `location.origin` in a browser (a `Request` built there cannot carry `Origin`).
   */
  origin?: string;
}

/**
 * A `fetch` answered by the simulator (every request goes to it).
 *
 * @example
 * const client = createAccountClient({ endpoint: 'http://localhost', fetch: createSimulatorFetch(simulator), getAccessToken: async () => token });
 */
export function createSimulatorFetch(
  simulator: AccountApiSimulator,
  options: SimulatorFetchOptions = {},
): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const origin =
      request.headers.get('origin') ??
      options.origin ??
      (typeof location === 'undefined' ? undefined : location.origin);
    const userAgent =
      request.headers.get('user-agent') ??
      (typeof navigator === 'undefined' ? undefined : navigator.userAgent);
    const answer = simulator.handle(request, {
      ...(origin === undefined ? {} : { origin }),
      ...(userAgent === undefined ? {} : { userAgent }),
    });
    // Like the platform's fetch: an abort (the caller's, or a client timeout) rejects at once
    // with the signal's reason, even while a latency fault holds the answer back.
    const { signal } = request;
    // A `timeout` fault's answer rejects on that same abort, after the race is decided: handled here.
    answer.catch(() => undefined);
    signal.throwIfAborted();
    return Promise.race([
      answer,
      new Promise<never>((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    ]);
  };
}
