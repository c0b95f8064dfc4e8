// `pnpm test`'s last line must count test files that fail to load, not only failed tests.
// The reports below have the shape Vitest and Playwright write (trimmed): the Vitest one is what
// a fresh clone outside the workspace produced when two files threw at import.
import { describe, expect, it } from 'vitest';
import { addPlaywrightReport, addVitestReport, createTally, summaryLine } from './test-summary.mjs';

const root = '/repo';
const passedTest = (title) => ({ title, status: 'passed', failureMessages: [] });

const vitestReport = {
  numPassedTests: 46,
  numFailedTests: 1,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: [
    {
      name: '/repo/packages/client/src/password-policy.test.ts',
      status: 'failed',
      message: 'Recorded responses not found at /outside/recorded-responses.json',
      assertionResults: [],
    },
    {
      name: '/repo/packages/client/src/route-table.test.ts',
      status: 'failed',
      message: '',
      assertionResults: [
        ...Array.from({ length: 46 }, (_, index) => passedTest(`route ${index}`)),
        { title: 'covers the 32 paths', status: 'failed', failureMessages: ['not found'] },
      ],
    },
    {
      name: '/repo/packages/mock/src/recorded-responses.test.ts',
      status: 'failed',
      message: 'Recorded responses not found\n    at file:///repo/packages/mock/src/x.ts:19',
      assertionResults: [],
    },
  ],
};

describe('the summary line of pnpm test', () => {
  it('counts a test file that failed to load as a failure, and names it', () => {
    const tally = addVitestReport(createTally(), vitestReport, root);
    expect(summaryLine(tally)).toBe('46 passed, 3 failed');
    expect(tally.brokenFiles).toEqual([
      'packages/client/src/password-policy.test.ts: Recorded responses not found at /outside/recorded-responses.json',
      'packages/mock/src/recorded-responses.test.ts: Recorded responses not found',
    ]);
  });

  it('does not count a file twice when its own tests failed', () => {
    const report = { ...vitestReport, testResults: [vitestReport.testResults[1]] };
    expect(summaryLine(addVitestReport(createTally(), report, root))).toBe('46 passed, 1 failed');
  });

  it('counts a Playwright spec that failed to load, flaky tests as passed, and skips', () => {
    const tally = addPlaywrightReport(
      createTally(),
      {
        stats: { expected: 20, unexpected: 1, flaky: 2, skipped: 3 },
        errors: [
          {
            message: "Error: Cannot find module './helpers'\n  at …",
            location: { file: '/repo/apps/playground/e2e/sessions.spec.ts', line: 3 },
          },
        ],
      },
      root,
    );
    expect(summaryLine(tally)).toBe('22 passed, 2 failed, 3 skipped');
    expect(tally.brokenFiles).toEqual([
      "apps/playground/e2e/sessions.spec.ts:3: Error: Cannot find module './helpers'",
    ]);
  });

  it('adds the runners up', () => {
    const tally = addVitestReport(createTally(), vitestReport, root);
    addPlaywrightReport(tally, { stats: { expected: 4, unexpected: 0, flaky: 0, skipped: 0 } });
    expect(summaryLine(tally)).toBe('50 passed, 3 failed');
  });
});
