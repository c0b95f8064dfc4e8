// `pnpm bench:lighthouse`: builds the playground, serves it with `vite preview`, and runs
// Lighthouse 12 (desktop preset) in the machine's Chromium on each page, printing the
// accessibility / best-practices / performance / SEO scores.
//   --no-build         reuse apps/playground/dist
//   --pages /,/custom  pages to audit (default: / and /custom)
//   --runs <n>         runs per page, reporting the median (default 3; scores vary on a busy machine)
//   --json <file>      also write the scores as JSON
//   --assert           exit 1 below the targets (accessibility 100, best practices ≥ 95, performance ≥ 90)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { buildPlayground, previewPlayground } from './playground.mjs';

const TARGETS = { accessibility: 100, 'best-practices': 95, performance: 90 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const pages = (option('--pages') ?? '/,/custom').split(',').filter(Boolean);
const jsonOut = option('--json');
const runs = Math.max(1, Number(option('--runs') ?? 3));
const median = (values) => {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4176);

if (!args.includes('--no-build')) buildPlayground();

let chrome;
const results = [];
const preview = await previewPlayground(port);
try {
  const chromePath = await ensureChromium();
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  for (const page of pages) {
    const url = new URL(page, preview.origin).toString();
    const samples = [];
    for (let run = 1; run <= runs; run += 1) {
      console.log(`▶ lighthouse ${url} (run ${run}/${runs})`);
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        desktopConfig,
      );
      samples.push(result.lhr);
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [
        id,
        median(
          samples.map((lhr) =>
            lhr.categories[id] ? Math.round(lhr.categories[id].score * 100) : null,
          ),
        ),
      ]),
    );
    // Metrics and failing audits of the run with the median performance score.
    const { audits } =
      samples.find(
        (lhr) => Math.round(lhr.categories.performance.score * 100) === scores.performance,
      ) ?? samples[0];
    const failing = Object.values(audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
      )
      .map((audit) => audit.id);
    const metrics = {
      fcp: audits['first-contentful-paint']?.displayValue,
      lcp: audits['largest-contentful-paint']?.displayValue,
      tbt: audits['total-blocking-time']?.displayValue,
      cls: audits['cumulative-layout-shift']?.displayValue,
    };
    const performanceRuns = samples.map((lhr) =>
      Math.round(lhr.categories.performance.score * 100),
    );
    results.push({ page, scores, performanceRuns, metrics, failing });
  }
} finally {
  await chrome?.kill();
  preview.stop();
}

const pad = (value, width) => String(value ?? '–').padEnd(width);
console.log(`\nMedian of ${runs} run(s) per page (desktop preset)`);
console.log(
  `${pad('page', 12)}${pad('perf', 6)}${pad('a11y', 6)}${pad('best', 6)}${pad('seo', 6)}metrics`,
);
for (const { page, scores, performanceRuns, metrics, failing } of results) {
  console.log(
    `${pad(page, 12)}${pad(scores.performance, 6)}${pad(scores.accessibility, 6)}${pad(scores['best-practices'], 6)}${pad(scores.seo, 6)}FCP ${metrics.fcp}, LCP ${metrics.lcp}, TBT ${metrics.tbt}, CLS ${metrics.cls}`,
  );
  if (runs > 1) console.log(`${' '.repeat(12)}performance per run: ${performanceRuns.join(', ')}`);
  if (failing.length) console.log(`${' '.repeat(12)}failing audits: ${failing.join(', ')}`);
}

if (jsonOut) {
  mkdirSync(dirname(resolve(jsonOut)), { recursive: true });
  writeFileSync(resolve(jsonOut), `${JSON.stringify({ targets: TARGETS, results }, null, 2)}\n`);
}

if (args.includes('--assert')) {
  const misses = results.flatMap(({ page, scores }) =>
    Object.entries(TARGETS)
      .filter(([id, target]) => (scores[id] ?? 0) < target)
      .map(([id, target]) => `${page} ${id} ${scores[id]} < ${target}`),
  );
  if (misses.length) {
    console.error(`\nBelow target:\n  ${misses.join('\n  ')}`);
    process.exit(1);
  }
}
