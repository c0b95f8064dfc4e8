import react from '@vitejs/plugin-react';
import { STORYBOOK_TEST_INITIAL_GLOBALS_PROVIDE_KEY } from '@storybook/addon-vitest/constants';
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

/**
 * `expect.element` and `expect.poll` give up after 1 s by default: on a busy 2-core machine a
 * lazy chunk or a simulated round trip can take longer. They still return as soon as the state
 * holds; this only moves the point where a test gives up.
 */
const loadTolerantExpect = { poll: { timeout: 10_000 } };

/** Test files that drive Chromium's virtual authenticator. */
const webauthnTests = [
  'packages/mock/src/webauthn.browser.test.ts',
  'packages/react/src/flows/passkey-registration/hook.test.tsx',
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

/**
 * Every story runs as a test (with axe) in Chromium, once per theme/locale pair. The three pairs
 * are instances of one project: they share one Vite server (one transform and pre-bundle of every
 * story, one Storybook preset load) instead of three; each instance is still its own project
 * (`--project storybook-rtl-ar` works) with its own page and globals.
 */
const storyModes = [
  { name: 'storybook', globals: { theme: 'light', locale: 'en' } },
  { name: 'storybook-dark-ko', globals: { theme: 'dark', locale: 'ko' } },
  { name: 'storybook-rtl-ar', globals: { theme: 'light', locale: 'ar' } },
];

function storiesProject() {
  const browser = chromiumBrowser();
  return {
    plugins: [storybookTest({ configDir: '.storybook' })],
    resolve: { conditions },
    publicDir: '.storybook/public',
    optimizeDeps: { include: browserDeps },
    test: {
      name: 'stories',
      testTimeout: 30_000,
      expect: loadTolerantExpect,
      // A string: the Storybook plugin keeps a string `setupFiles` beside its own.
      setupFiles: './scripts/storybook-test-setup.ts',
      browser: {
        ...browser,
        instances: storyModes.map(({ name, globals }) => ({
          browser: 'chromium' as const,
          name,
          provide: { [STORYBOOK_TEST_INITIAL_GLOBALS_PROVIDE_KEY]: globals },
        })),
      },
    },
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
          include: ['packages/{client,mock,doctor}/src/**/*.test.ts', 'scripts/*.test.mjs'],
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
          expect: loadTolerantExpect,
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
          expect: loadTolerantExpect,
          browser: chromiumBrowser(),
        },
      },
      storiesProject(),
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
