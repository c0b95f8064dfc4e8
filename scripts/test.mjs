// `pnpm test`: format check, lint, typecheck, packaging and Storybook build checks, then every
// test runner (Vitest: node, browser, WebAuthn, stories ×2, types; Playwright e2e); ends with one line
// "N passed, N failed" totalled over the runners. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const reports = '.vitest-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const failures = [];
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s)`);
  if (!ok) failures.push(label);
  return ok;
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return true;
}

const bin = (name) => `node_modules/.bin/${name}`;

run('format', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
run('lint', bin('eslint'), ['--max-warnings', '0', '.']);
run('typecheck', bin('tsc'), ['-p', 'tsconfig.json']);

// Packaging: build every package, pack it, and check the tarballs as a user would install them
// (publint, are-the-types-wrong, import and type-check from a fresh project).
run('packages', process.execPath, ['scripts/release.mjs']);
run('storybook build', bin('storybook'), [
  'build',
  '-c',
  '.storybook',
  '-o',
  'storybook-static',
  '--quiet',
]);

const chromium = await ensureChromium();
const vitestReport = `${reports}/vitest.json`;
run(
  'tests',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  { CHROME_PATH: chromium },
);
if (!countVitest(vitestReport)) failed += 1;

// End-to-end journeys: Playwright driving Chromium against the built playground.
const e2eReport = `${reports}/e2e.json`;
run('e2e', process.execPath, ['scripts/e2e.mjs', '--report', e2eReport], { CHROME_PATH: chromium });
if (existsSync(e2eReport)) {
  const { stats } = JSON.parse(readFileSync(e2eReport, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
} else failed += 1;

// Next.js example: `next build` (simulator and Logto modes), then a Playwright smoke test of the
// simulator build under `next start`. Needs the packages' dist (the `packages` step builds it).
const nextReport = `${reports}/next-example.json`;
run(
  'next example',
  process.execPath,
  ['apps/next-example/scripts/test.mjs', '--report', nextReport],
  {
    CHROME_PATH: chromium,
  },
);
if (existsSync(nextReport)) {
  const { stats } = JSON.parse(readFileSync(nextReport, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
} else failed += 1;

if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length > 0 || failed > 0 ? 1 : 0);
