/**
 * The Next.js example's smoke test: Playwright driving the machine's Chromium against the
 * production build (`next build` in simulator mode), served by `next start`, which also starts
 * the simulator's HTTP server on the next port. Run through `node apps/next-example/scripts/test.mjs`
 * (it builds both modes first and writes the JSON report).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const exampleRoot = resolve(here, '..');
const repositoryRoot = resolve(here, '../../..');

interface ChromiumModule {
  findChromium(): Promise<string | undefined>;
  CHROMIUM_ARGS: string[];
}
const chromium = (await import(
  pathToFileURL(resolve(repositoryRoot, 'scripts/chromium.mjs')).href
)) as ChromiumModule;
const executablePath = process.env.CHROME_PATH ?? (await chromium.findChromium());

const port = Number(process.env.NEXT_EXAMPLE_PORT ?? 4310);
const baseURL = `http://localhost:${port}`;
const next = resolve(exampleRoot, 'node_modules/next/dist/bin/next');
const jsonReport =
  process.env.NEXT_EXAMPLE_REPORT ?? resolve(repositoryRoot, '.vitest-reports/next-example.json');

export default defineConfig({
  testDir: here,
  testMatch: '**/*.spec.ts',
  outputDir: resolve(repositoryRoot, 'test-results/next-example'),
  fullyParallel: false,
  workers: 1,
  // The journeys change the one simulated tenant the server holds: no retries on a changed tenant.
  retries: 0,
  timeout: 60_000,
  // A bound, not a wait: the first /account render fetches the account and a section chunk, slow on a busy 2-core machine.
  expect: { timeout: 20_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: jsonReport }]],
  use: {
    browserName: 'chromium',
    baseURL,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: chromium.CHROMIUM_ARGS,
    },
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node ${next} start --port ${port}`,
    cwd: exampleRoot,
    url: baseURL,
    env: { ACCOUNT_CENTER_SIMULATOR_PORT: String(port + 1) },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
