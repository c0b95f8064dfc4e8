// `pnpm test:e2e`: builds the playground, serves it with `vite preview` (Playwright's webServer)
// and runs the end-to-end suite in the machine's Chromium. Writes Playwright's JSON report
// (default `.vitest-reports/e2e.json`, or `--report <file>`); its `stats.expected` /
// `stats.unexpected` / `stats.flaky` / `stats.skipped` are the passed / failed / flaky / skipped
// counts. `--no-build` runs on the last build; `--build-only` builds and stops (`pnpm test` builds
// beside its other checks, then runs with `--no-build`). Other arguments go to `playwright test`
// (e.g. `--grep smoke`, `--headed`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { buildPlayground } from './playground.mjs';

const args = process.argv.slice(2);
let report = resolve('.vitest-reports/e2e.json');
const reportFlag = args.indexOf('--report');
if (reportFlag !== -1) {
  report = resolve(args[reportFlag + 1] ?? report);
  args.splice(reportFlag, 2);
}
const skipBuild = args.includes('--no-build');
if (skipBuild) args.splice(args.indexOf('--no-build'), 1);
const buildOnly = args.includes('--build-only');
if (buildOnly) args.splice(args.indexOf('--build-only'), 1);

const bin = (name) => resolve('node_modules/.bin', name);
const started = Date.now();

if (!skipBuild) {
  buildPlayground({ log: '▶ e2e:' });
  // A placeholder tenant: nothing is contacted, the suite fakes its OIDC discovery.
  buildPlayground({
    log: '▶ e2e:',
    label: 'real-tenant mode',
    args: ['--outDir', 'dist/real-tenant', '--emptyOutDir'],
    env: {
      VITE_LOGTO_ENDPOINT: 'https://tenant.logto.invalid',
      VITE_LOGTO_APP_ID: 'e2e-real-tenant',
    },
  });
}

if (buildOnly) {
  console.log(
    `✔ e2e: both playground builds done (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  process.exit(0);
}

const chromium = await ensureChromium();
mkdirSync(dirname(report), { recursive: true });
rmSync(report, { force: true });
console.log(`▶ e2e: playwright test (Chromium ${chromium})`);
const run = spawnSync(
  bin('playwright'),
  ['test', '-c', 'apps/playground/e2e/playwright.config.ts', ...args],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      CHROME_PATH: chromium,
      E2E_REPORT: report,
      // The specs import `@account-center/mock` (seed values, TOTP codes): from source, like the
      // rest of the workspace, not from a `dist/` that only the packaging step builds (and wipes
      // while it rebuilds, beside this step in `pnpm test`).
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=@account-center/source`.trim(),
    },
  },
);

if (!existsSync(report)) {
  console.error(`✘ e2e: no report at ${report}`);
  process.exit(run.status || 1);
}
const { stats } = JSON.parse(readFileSync(report, 'utf8'));
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `e2e: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped (${seconds} s; report ${report})`,
);
process.exit(run.status ?? 1);
