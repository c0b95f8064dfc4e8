// The Next.js example's check, run by `pnpm test`: `next build` in simulator mode and in Logto
// mode (placeholder settings: nothing is contacted), then the Playwright smoke test against the
// simulator build served by `next start`. Writes Playwright's JSON report (`--report <file>`,
// default `.vitest-reports/next-example.json` at the repository root); other arguments go to
// `playwright test`. `--no-build` reuses the last builds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const example = path.resolve(import.meta.dirname, '..');
const repository = path.resolve(example, '../..');
const args = process.argv.slice(2);
let report = path.join(repository, '.vitest-reports/next-example.json');
const reportFlag = args.indexOf('--report');
if (reportFlag !== -1) {
  report = path.resolve(args[reportFlag + 1] ?? report);
  args.splice(reportFlag, 2);
}
const skipBuild = args.includes('--no-build');
if (skipBuild) args.splice(args.indexOf('--no-build'), 1);

function step(label, command, commandArgs, env = {}) {
  console.log(`▶ next-example: ${label}`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, {
    cwd: example,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${result.status === 0 ? '✔' : '✘'} next-example: ${label} (${seconds} s)`);
  return result.status === 0;
}

const next = path.join(example, 'node_modules/next/dist/bin/next');
if (!skipBuild) {
  const built =
    step('packages', process.execPath, ['scripts/ensure-packages.mjs']) &&
    step('next build (simulator mode)', process.execPath, [next, 'build'], {
      LOGTO_ENDPOINT: '',
    }) &&
    step('next build (Logto mode, placeholder settings)', process.execPath, [next, 'build'], {
      NEXT_DIST_DIR: '.next-logto',
      LOGTO_ENDPOINT: 'https://tenant.logto.invalid',
      LOGTO_APP_ID: 'next-example-placeholder',
      LOGTO_APP_SECRET: 'placeholder-secret',
      LOGTO_COOKIE_SECRET: 'placeholder-cookie-secret-of-32-chars',
      LOGTO_BASE_URL: 'http://localhost:3000',
    });
  if (!built) process.exit(1);
}

mkdirSync(path.dirname(report), { recursive: true });
rmSync(report, { force: true });
const started = Date.now();
const run = spawnSync(
  path.join(repository, 'node_modules/.bin/playwright'),
  ['test', '-c', 'apps/next-example/e2e/playwright.config.ts', ...args],
  {
    cwd: repository,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_EXAMPLE_REPORT: report },
  },
);
if (!existsSync(report)) {
  console.error(`✘ next-example: no report at ${report}`);
  process.exit(run.status || 1);
}
const { stats } = JSON.parse(readFileSync(report, 'utf8'));
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `next-example smoke: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped (${seconds} s)`,
);
process.exit(run.status ?? 1);
