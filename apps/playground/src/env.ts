/**
 * Which backend the playground talks to: the embedded simulator (default) or a real Logto
 * tenant, chosen by `VITE_LOGTO_ENDPOINT` and `VITE_LOGTO_APP_ID` (see `.env.example`).
 */

/** The two modes of the playground. */
export type PlaygroundMode =
  { kind: 'simulator' } | { kind: 'real-tenant'; endpoint: string; appId: string };

/** Reads the mode from Vite's env; both variables are needed for real-tenant mode. */
export function readMode(env: ImportMetaEnv = import.meta.env): PlaygroundMode {
  const endpoint = env.VITE_LOGTO_ENDPOINT?.trim();
  const appId = env.VITE_LOGTO_APP_ID?.trim();
  if (endpoint && appId)
    return { kind: 'real-tenant', endpoint: endpoint.replace(/\/+$/, ''), appId };
  if (endpoint || appId) {
    console.warn(
      'Real-tenant mode needs both VITE_LOGTO_ENDPOINT and VITE_LOGTO_APP_ID; starting the simulator.',
    );
  }
  return { kind: 'simulator' };
}

/** Dev-server path proxied to the tenant's `/.well-known` documents (see `vite.config.ts`). */
export const WELL_KNOWN_PROXY_PATH = '/logto-well-known';
