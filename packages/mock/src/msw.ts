/**
 * MSW 2 handlers over the simulator, for `setupServer` (Node) and `setupWorker` (browser).
 * Start a worker with `quiet: true`: MSW's default logging would print tokens, verification ids
 * and secrets.
 */

import type { HttpHandler } from 'msw';
import { http, HttpResponse } from 'msw';
import type { AccountApiSimulator } from './simulator.js';

/** Options of {@link createMswHandlers}. */
export interface MswHandlersOptions {
  /** The Logto endpoint the app calls, e.g. `https://tenant.logto.app` (no `/api`). */
  endpoint: string;
}

/** The paths the simulator answers (the app's other requests are left alone). */
const paths = [
  '/api/my-account',
  '/api/my-account/*',
  '/api/verifications/*',
  '/api/.well-known/*',
  '/.well-known/webauthn',
  '/__mock/*',
];

/**
 * Handlers that route the endpoint's Account/Verification API requests to the simulator.
 *
 * @example
 * const server = setupServer(...createMswHandlers(simulator, { endpoint: 'https://tenant.logto.app' }));
 */
export function createMswHandlers(
  simulator: AccountApiSimulator,
  options: MswHandlersOptions,
): HttpHandler[] {
  const endpoint = options.endpoint.replace(/\/+$/, '');
  return paths.map((path) =>
    http.all(`${endpoint}${path}`, async ({ request }) => {
      const origin =
        request.headers.get('origin') ??
        (typeof location === 'undefined' ? undefined : location.origin);
      const userAgent =
        request.headers.get('user-agent') ??
        (typeof navigator === 'undefined' ? undefined : navigator.userAgent);
      try {
        return await simulator.handle(request, {
          ...(origin === undefined ? {} : { origin }),
          ...(userAgent === undefined ? {} : { userAgent }),
        });
      } catch (error) {
        if (error instanceof TypeError) return HttpResponse.error();
        throw error;
      }
    }),
  );
}
