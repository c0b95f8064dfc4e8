/**
 * One MSW worker for every story. A story passes its handlers (the simulator's, for a tenant and
 * a scenario) as `parameters.msw.handlers`; the preview loader swaps them in before it renders.
 */
import type { RequestHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';

let worker: Promise<SetupWorker> | undefined;

function startWorker(): Promise<SetupWorker> {
  worker ??= import('msw/browser').then(async ({ setupWorker }) => {
    const instance = setupWorker();
    await instance.start({
      quiet: true,
      onUnhandledRequest: 'bypass',
      serviceWorker: { url: `${import.meta.env.BASE_URL ?? '/'}mockServiceWorker.js` },
    });
    return instance;
  });
  return worker;
}

export interface MswParameters {
  msw?: { handlers?: RequestHandler[] };
}

/** Preview loader: starts the worker once (only for stories that have handlers), then resets them. */
export async function mswLoader({
  parameters,
}: {
  parameters: MswParameters;
}): Promise<Record<string, never>> {
  const handlers = parameters.msw?.handlers;
  if (!handlers && !worker) return {};
  const instance = await startWorker();
  instance.resetHandlers(...(handlers ?? []));
  return {};
}
