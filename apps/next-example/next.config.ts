import path from 'node:path';
import type { NextConfig } from 'next';

/**
 * The mode is fixed at build time: with `LOGTO_ENDPOINT` set, the build signs in with Logto;
 * without it, it runs on the kit's simulator (no Logto needed).
 */
const mode = process.env.LOGTO_ENDPOINT ? 'logto' : 'simulator';

/**
 * The example runs the kit's packages from their build (each package's `dist`), as an app that
 * installs them from npm does: Turbopack takes no custom export conditions, and the sources'
 * `.js` import specifiers (TypeScript's ESM style) do not resolve to `.ts` files outside the
 * project. `predev`/`prebuild` build the packages when a `dist` is missing; after editing a
 * package, run `pnpm build` at the repository root (or that package's `build`).
 */
const repository = path.resolve(import.meta.dirname, '../..');

const config: NextConfig = {
  // `NEXT_DIST_DIR` lets the tests build both modes side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  env: { ACCOUNT_CENTER_EXAMPLE_MODE: mode },
  turbopack: { root: repository },
  // The simulator's HTTP server (simulator mode) runs as plain Node code, unbundled.
  serverExternalPackages: ['@account-center/mock'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
