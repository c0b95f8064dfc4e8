import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, loadEnv } from 'vite';

// Must match WELL_KNOWN_PROXY_PATH in src/env.ts.
const WELL_KNOWN_PROXY_PATH = '/logto-well-known';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, 'VITE_');
  const endpoint = env.VITE_LOGTO_ENDPOINT?.trim().replace(/\/+$/, '');
  // Real-tenant mode: a production tenant does not answer `/api/.well-known/*` cross-origin
  // (contract §1.4), so the dev and preview servers forward those documents same-origin.
  const proxy = endpoint
    ? {
        // Only the anonymous documents: `/api/.well-known/*` and `/.well-known/webauthn`.
        [`^${WELL_KNOWN_PROXY_PATH}/(api/)?\\.well-known/`]: {
          target: endpoint,
          changeOrigin: true,
          rewrite: (path: string) => path.slice(WELL_KNOWN_PROXY_PATH.length),
        },
      }
    : undefined;
  return {
    plugins: [react()],
    // Keep Vite's defaults (`browser`, `module`, …): listing only ours would resolve packages
    // such as `jose` to their Node builds.
    resolve: { conditions: ['@account-center/source', ...defaultClientConditions] },
    // The simulator chunk (simulator + MSW + WebAuthn checks) is large on purpose and lazy.
    build: { chunkSizeWarningLimit: 800 },
    server: { port: 5173, host: 'localhost', proxy },
    preview: { port: 4173, host: 'localhost', proxy },
  };
});
