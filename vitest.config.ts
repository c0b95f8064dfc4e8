import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = await findChromium();
const conditions = ['@account-center/source'];

/** Each browser project needs its own config object (vitest writes into `instances`). */
function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}

/** Test files that drive Chromium's virtual authenticator. */
const webauthnTests = [
  'packages/mock/src/webauthn.browser.test.ts',
  'packages/react/src/flows/passkey-registration.test.tsx',
  'packages/ui/src/components/passkeys/**/*.test.tsx',
];

// Pre-bundled up front: a dependency Vite discovers mid-run reloads the page and fails the files
// that were loading (seen on a cold cache, as in CI).
const browserDeps = [
  'react',
  'react-dom',
  'react-dom/client',
  'react-dom/server.browser',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  '@tanstack/react-query',
  '@testing-library/react',
  '@testing-library/user-event',
  'vitest-browser-react',
  'axe-core',
  'msw',
  'msw/browser',
  '@account-center/client > zod/mini',
  '@account-center/mock > zod/v3',
  '@account-center/mock > @simplewebauthn/server',
  '@account-center/react > @simplewebauthn/browser',
  '@account-center/ui > @radix-ui/react-dialog',
  '@account-center/ui > @radix-ui/react-slot',
  '@account-center/ui > get-nonce',
  '@account-center/ui > react-hook-form',
  '@account-center/ui > qrcode.react',
];

/** Every story runs as a test (with axe) in Chromium, once per theme/locale pair. */
function storiesProject(name: string, initialGlobals: Record<string, string>) {
  return {
    plugins: [storybookTest({ configDir: '.storybook', initialGlobals })],
    resolve: { conditions },
    publicDir: '.storybook/public',
    optimizeDeps: { include: browserDeps },
    test: { name, testTimeout: 30_000, browser: chromiumBrowser() },
  };
}

export default defineConfig({
  resolve: { conditions },
  test: {
    projects: [
      {
        resolve: { conditions },
        ssr: { resolve: { conditions } },
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{client,mock}/src/**/*.test.ts'],
          exclude: ['**/*.browser.test.*', '**/node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        resolve: { conditions },
        optimizeDeps: {
          include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime'],
        },
        test: {
          name: 'browser',
          include: [
            'packages/{client,mock,react,ui}/src/**/*.browser.test.{ts,tsx}',
            'packages/{react,ui}/src/**/*.test.{ts,tsx}',
          ],
          exclude: webauthnTests,
          setupFiles: ['./scripts/vitest-browser-setup.ts'],
          testTimeout: 30_000,
          browser: chromiumBrowser(),
        },
      },
      {
        plugins: [react()],
        resolve: { conditions },
        optimizeDeps: { include: browserDeps },
        test: {
          // Chromium's virtual authenticators belong to the whole page, which every test file's
          // iframe shares: files that use them run one at a time.
          name: 'webauthn',
          include: webauthnTests,
          fileParallelism: false,
          setupFiles: ['./scripts/vitest-browser-setup.ts'],
          testTimeout: 30_000,
          browser: chromiumBrowser(),
        },
      },
      storiesProject('storybook', { theme: 'light', locale: 'en' }),
      storiesProject('storybook-dark-ko', { theme: 'dark', locale: 'ko' }),
      storiesProject('storybook-rtl-ar', { theme: 'light', locale: 'ar' }),
      {
        resolve: { conditions },
        test: {
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['packages/*/src/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
    ],
  },
});
