/**
 * axe-core injected into the page (the same engine as Storybook's a11y addon), run on the whole
 * document or a part of it. Returns the violations; `expectNoAxeViolations` fails with a
 * readable list.
 */
import { createRequire } from 'node:module';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

const require = createRequire(import.meta.url);
const axeSource = require.resolve('axe-core/axe.min.js');

/** What to check. */
export interface AxeCheckOptions {
  /** A CSS selector or axe context; default the whole document. */
  include?: string;
  /** Selectors to leave out (e.g. a third-party widget). */
  exclude?: string[];
  /** Rule ids to skip, each with a reason in the calling test. */
  disableRules?: string[];
}

/** Runs axe in the page (injecting it once per document) and returns the violations. */
export async function runAxe(
  page: Page,
  options: AxeCheckOptions = {},
): Promise<AxeResults['violations']> {
  const loaded = await page.evaluate(
    () => typeof (window as { axe?: unknown }).axe !== 'undefined',
  );
  if (!loaded) await page.addScriptTag({ path: axeSource });
  const context: ElementContext = {
    include: options.include ? [options.include] : [['html']],
    ...(options.exclude?.length ? { exclude: options.exclude.map((selector) => [selector]) } : {}),
  } as ElementContext;
  const runOptions: RunOptions = {
    resultTypes: ['violations'],
    ...(options.disableRules?.length
      ? {
          rules: Object.fromEntries(options.disableRules.map((rule) => [rule, { enabled: false }])),
        }
      : {}),
  };
  // Serialised by hand: Playwright's deep argument typing chokes on axe's recursive types.
  const violations = await page.evaluate(
    async (argument: string) => {
      const { axeContext, axeOptions } = JSON.parse(argument) as {
        axeContext: unknown;
        axeOptions: unknown;
      };
      const axe = (
        window as unknown as {
          axe: { run(c: unknown, o: unknown): Promise<{ violations: unknown }> };
        }
      ).axe;
      return JSON.stringify((await axe.run(axeContext, axeOptions)).violations);
    },
    JSON.stringify({ axeContext: context, axeOptions: runOptions }),
  );
  return JSON.parse(violations) as AxeResults['violations'];
}

/** One line per violation and node, for a failure message. */
export function formatViolations(violations: AxeResults['violations']): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n    at ${node.target.join(' ')}`,
      ),
    )
    .join('\n');
}

/** Fails the test when axe finds anything. */
export async function expectNoAxeViolations(page: Page, options?: AxeCheckOptions): Promise<void> {
  const violations = await runAxe(page, options);
  expect(violations, formatViolations(violations)).toEqual([]);
}
