// Totals for `pnpm test`'s last line ("N passed, N failed"), read from the runners' JSON reports.
// A test file that fails to load or collect (a throw at import, a missing fixture, a syntax
// error) has no failed test in it, so counting failed tests alone would hide it: each such file,
// and each Playwright load error, counts as one failure and is named.
import { relative } from 'node:path';

/** An empty tally. */
export function createTally() {
  return { passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
}

const firstLine = (text) =>
  String(text ?? '')
    .trim()
    .split('\n')[0]
    .slice(0, 200);

/**
 * Adds a Vitest JSON report (`--reporter=json`) to `tally`. Files whose status is "failed" but
 * that hold no failed test are the ones that failed to load or collect (or failed in a hook
 * outside every test): one failure each.
 */
export function addVitestReport(tally, report, root = process.cwd()) {
  tally.passed += report.numPassedTests ?? 0;
  tally.failed += report.numFailedTests ?? 0;
  tally.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    if (file.status !== 'failed' || failedTests.length > 0) continue;
    tally.failed += 1;
    tally.brokenFiles.push(
      `${relative(root, file.name)}: ${firstLine(file.message) || 'failed outside its tests'}`,
    );
  }
  return tally;
}

/**
 * Adds a Playwright JSON report to `tally`: expected and flaky tests pass, unexpected ones fail,
 * and each top-level error (a spec that fails to load, a global setup that throws) is a failure.
 */
export function addPlaywrightReport(tally, report, root = process.cwd()) {
  const { stats = {} } = report;
  tally.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  tally.failed += stats.unexpected ?? 0;
  tally.skipped += stats.skipped ?? 0;
  for (const error of report.errors ?? []) {
    tally.failed += 1;
    const where = error.location
      ? `${relative(root, error.location.file)}:${error.location.line}`
      : 'e2e';
    tally.brokenFiles.push(`${where}: ${firstLine(error.message)}`);
  }
  return tally;
}

/** The last line of `pnpm test`. */
export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
