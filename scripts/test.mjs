// `pnpm test`: format check, lint, import cycles, typecheck, packaging (with the public API
// reports) and Storybook build checks, then every test runner (Vitest: node, browser, WebAuthn,
// stories ×3, types; Playwright e2e on the playground and a smoke test of the Next.js example);
// ends with one line "N passed, N failed" totalled over the runners, where a test file that fails
// to load counts as a failure too. Exits non-zero if anything failed.
//
// Schedule (each step's time is printed, and again in a table at the end):
//   1. Side by side, `--jobs` at a time (default: the machine's cores, at least 2): the
//      playground build and then the e2e journeys on it, the packaging checks, the API report
//      check on the dist they build, and then the Next.js example (its build and smoke test run
//      on the packages' dist), the Storybook build, typecheck, lint, format and the import-cycle
//      check. These are independent: each reads the sources and writes its own output (`dist/`
//      of each package, `storybook-static/`, `apps/playground/dist/`). A step's output is
//      printed in one block when it ends.
//   2. Vitest, alone, with its output streamed: it is the longest and the most load-sensitive.
// Options: `--tests-only` runs only the tests (playground build, e2e, Next.js example, Vitest);
// `--only a,b` runs only the named steps (format, lint, cycles, typecheck, packages, size, next,
// storybook, e2e, tests); `--jobs N`. `size` (the bundle budgets, `size.mjs --ceilings`) runs on the `dist`
// the packaging step builds, right after it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ensureChromium } from './chromium.mjs';
import { addPlaywrightReport, addVitestReport, createTally, summaryLine } from './test-summary.mjs';

const args = process.argv.slice(2);
const STEPS = [
  'format',
  'lint',
  'cycles',
  'typecheck',
  'packages',
  'size',
  'next',
  'storybook',
  'e2e',
  'tests',
];
const onlyFlag = args.indexOf('--only');
const only = args.includes('--tests-only')
  ? ['e2e', 'next', 'tests']
  : onlyFlag === -1
    ? STEPS
    : (args[onlyFlag + 1] ?? '').split(',').filter(Boolean);
const unknown = only.filter((step) => !STEPS.includes(step));
if (unknown.length > 0 || only.length === 0) {
  console.error(`--only takes a comma-separated list of: ${STEPS.join(', ')}`);
  process.exit(2);
}
const wanted = (step) => only.includes(step);
const jobsFlag = args.indexOf('--jobs');
const jobs = Math.max(
  1,
  Number(jobsFlag === -1 ? process.env.TEST_JOBS || 0 : args[jobsFlag + 1]) ||
    Math.max(2, availableParallelism()),
);

const reports = '.vitest-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const started = Date.now();
const tally = createTally();
const failures = [];
const timings = [];
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const bin = (name) => `node_modules/.bin/${name}`;
// Colours survive the pipe when the terminal has them.
const colour = process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {};

/**
 * Runs one step. `stream` prints its output as it comes (for a step that runs alone); otherwise
 * the output is kept and printed in one block when the step ends, so steps side by side do not
 * interleave. Resolves to true when it exited 0.
 */
function run(label, command, commandArgs, { env = {}, stream = false } = {}) {
  const since = Date.now();
  console.log(`▶ ${label}: ${command} ${commandArgs.join(' ')}`);
  return new Promise((done) => {
    const child = spawn(command, commandArgs, {
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...colour, ...env },
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    let finished = false;
    const finish = (ok, extra = '') => {
      if (finished) return; // 'error' can be followed by 'close'
      finished = true;
      const time = seconds(since);
      timings.push({ label, time, ok });
      if (!ok) failures.push(label);
      if (!stream) {
        console.log(`\n── ${label} ${'─'.repeat(Math.max(0, 60 - label.length))}`);
        process.stdout.write(Buffer.concat(output).toString());
      }
      console.log(`${ok ? '✔' : '✘'} ${label} (${time} s)${extra}`);
      done(ok);
    };
    child.on('error', (error) => finish(false, `: ${error.message}`));
    child.on('close', (code) => finish(code === 0));
  });
}

/** Runs `tasks` (functions returning promises) at most `limit` at a time. */
async function pool(limit, tasks) {
  const queue = [...tasks];
  const worker = async () => {
    while (queue.length) await queue.shift()();
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

const chromium =
  wanted('e2e') || wanted('next') || wanted('tests') ? await ensureChromium() : undefined;
const withChromium = { env: { CHROME_PATH: chromium } };
console.log(`Steps side by side: ${jobs} at a time (--jobs N to change).`);

// Longest first, so the short ones fill in beside them.
const e2eReport = `${reports}/e2e.json`;
const endToEnd = async () => {
  // Built once here; e2e runs on that build (no second build).
  if (!(await run('playground build', process.execPath, ['scripts/e2e.mjs', '--build-only']))) {
    tally.failed += 1;
    return;
  }
  const ok = await run(
    'e2e',
    process.execPath,
    ['scripts/e2e.mjs', '--no-build', '--report', e2eReport],
    withChromium,
  );
  const before = tally.failed;
  const report = readJson(e2eReport);
  if (report) addPlaywrightReport(tally, report);
  // No report, or a failed run with nothing counted: still a failure.
  if (!report || (!ok && tally.failed === before)) tally.failed += 1;
};
// Next.js example: `next build` (simulator and Logto modes), then a Playwright smoke test of the
// simulator build under `next start`. It runs on the packages' `dist`, which the packaging step
// builds, so it follows that step.
const nextReport = `${reports}/next-example.json`;
const packagesThenNext = async () => {
  if (wanted('packages') && !(await run('packages', process.execPath, ['scripts/release.mjs']))) {
    if (wanted('next')) tally.failed += 1;
    return;
  }
  // The public API reports (packages/*/api/) against the `.d.ts` files just built: fails when the
  // surface changed and its report did not (`pnpm api` rewrites them).
  if (wanted('packages')) await run('api reports', process.execPath, ['scripts/api-report.mjs']);
  // The bundle figures against the budgets; red only above the regression ceilings (size.mjs).
  if (wanted('size')) await run('size', process.execPath, ['scripts/size.mjs', '--ceilings']);
  if (!wanted('next')) return;
  const ok = await run(
    'next example',
    process.execPath,
    ['apps/next-example/scripts/test.mjs', '--report', nextReport],
    withChromium,
  );
  const before = tally.failed;
  const report = readJson(nextReport);
  if (report) addPlaywrightReport(tally, report);
  if (!report || (!ok && tally.failed === before)) tally.failed += 1;
};
const sideBySide = [
  wanted('e2e') && endToEnd,
  // Packaging: build every package, pack it, and check the tarballs as a user would install
  // them (publint, are-the-types-wrong, import and type-check from a fresh project), then the
  // API reports and the bundle budgets.
  (wanted('packages') || wanted('size') || wanted('next')) && packagesThenNext,
  wanted('storybook') &&
    (() =>
      run('storybook build', bin('storybook'), [
        'build',
        '-c',
        '.storybook',
        '-o',
        'storybook-static',
        '--quiet',
      ])),
  wanted('typecheck') && (() => run('typecheck', bin('tsc'), ['-p', 'tsconfig.json'])),
  wanted('lint') && (() => run('lint', bin('eslint'), ['--max-warnings', '0', '.'])),
  wanted('format') &&
    (() => run('format', bin('prettier'), ['--check', '--log-level', 'warn', '.'])),
  // No import cycles in packages/*/src (static and type-only imports; import() is left out).
  wanted('cycles') && (() => run('import cycles', process.execPath, ['scripts/cycles.mjs'])),
].filter(Boolean);
await pool(jobs, sideBySide);

if (wanted('tests')) {
  const vitestReport = `${reports}/vitest.json`;
  const vitestOk = await run(
    'tests',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
    { ...withChromium, stream: true },
  );
  const before = tally.failed;
  const report = readJson(vitestReport);
  if (report) addVitestReport(tally, report);
  // No report, or a failed run with nothing counted (e.g. an unhandled error): still a failure.
  if (!report || (!vitestOk && tally.failed === before)) tally.failed += 1;
}

console.log('\nStep times');
for (const { label, time, ok } of timings) {
  console.log(`  ${ok ? '✔' : '✘'} ${label.padEnd(18)}${time.padStart(8)} s`);
}
console.log(`  total${' '.repeat(15)}${seconds(started).padStart(8)} s (wall clock)`);
if (tally.brokenFiles.length > 0) {
  console.log(`\nTest files that failed to load (one failure each):`);
  for (const line of tally.brokenFiles) console.log(`  ✘ ${line}`);
}
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${summaryLine(tally)}`);
process.exit(failures.length > 0 || tally.failed > 0 ? 1 : 0);
