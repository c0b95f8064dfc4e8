/** Starts an MSW service worker serving the simulator in a browser (playground, Storybook). */

import { setupWorker } from 'msw/browser';
import type { SetupWorker } from 'msw/browser';
import { createMswHandlers } from './msw.js';
import type { AccountApiSimulator } from './simulator.js';

/** Options of {@link startSimulatorWorker}. */
export interface StartSimulatorWorkerOptions {
  /** The Logto endpoint the app calls. */
  endpoint: string;
  /** URL of the worker script from `msw init <publicDir>`. Default `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
}

/**
 * Registers the worker quietly (MSW's logging would print tokens and secrets) and lets every
 * other request through.
 *
 * @example
 * const worker = await startSimulatorWorker(simulator, { endpoint: location.origin });
 */
export async function startSimulatorWorker(
  simulator: AccountApiSimulator,
  options: StartSimulatorWorkerOptions,
): Promise<SetupWorker> {
  const worker = setupWorker(...createMswHandlers(simulator, { endpoint: options.endpoint }));
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
  });
  return worker;
}
