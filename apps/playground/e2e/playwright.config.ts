/**
 * End-to-end journeys: Playwright driving the machine's Chromium against the built playground
 * served by `vite preview`. Run through `node scripts/e2e.mjs` (it builds first and writes the
 * JSON report); `pnpm exec playwright test -c apps/playground/e2e/playwright.config.ts` works
 * once `apps/playground/dist` exists.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(here, '../../..');
const playgroundRoot = resolve(here, '..');

interface ChromiumModule {
  findChromium(): Promise<string | undefined>;
  CHROMIUM_ARGS: string[];
}
// A plain .mjs shared with the other scripts; imported by URL so TypeScript needs no declarations.
const chromium = (await import(
  pathToFileURL(resolve(repositoryRoot, 'scripts/chromium.mjs')).href
)) as ChromiumModule;
const executablePath = process.env.CHROME_PATH ?? (await chromium.findChromium());

const port = Number(process.env.E2E_PORT ?? 4180);
const baseURL = `http://localhost:${port}`;
// Real-tenant mode is a separate build (`dist/real-tenant`, made by scripts/e2e.mjs with
// placeholder VITE_LOGTO_* values) on the next port: it proves the simulator stays out of it.
const realTenantPort = port + 1;
const realTenantURL = `http://localhost:${realTenantPort}`;
const vite = resolve(repositoryRoot, 'node_modules/vite/bin/vite.js');
const jsonReport = process.env.E2E_REPORT ?? resolve(repositoryRoot, '.vitest-reports/e2e.json');

export default defineConfig({
  testDir: here,
  testMatch: '**/*.spec.ts',
  outputDir: resolve(repositoryRoot, 'test-results/e2e'),
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: jsonReport }]],
  use: {
    browserName: 'chromium',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: chromium.CHROMIUM_ARGS,
    },
    // MSW answers the API from a service worker: keep them allowed (the default, stated here).
    serviceWorkers: 'allow',
    acceptDownloads: true,
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'simulator', testIgnore: '**/real-tenant.spec.ts', use: { baseURL } },
    { name: 'real-tenant', testMatch: '**/real-tenant.spec.ts', use: { baseURL: realTenantURL } },
  ],
  webServer: [
    {
      command: `node ${vite} preview --port ${port} --strictPort`,
      cwd: playgroundRoot,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node ${vite} preview --outDir dist/real-tenant --port ${realTenantPort} --strictPort`,
      cwd: playgroundRoot,
      url: realTenantURL,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
