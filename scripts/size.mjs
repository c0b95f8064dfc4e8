// `pnpm size`: bundles what a user's app would import, the way an app bundler would
// (esbuild, minified, ESM, code splitting), and prints min+gzip figures against the budgets.
// react, react-dom and @tanstack/react-query are the app's own and stay external.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// Entries live inside the playground, which depends on every package, so imports resolve.
const work = path.join(root, 'apps/playground/node_modules/.cache/account-center-size');
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];
const CLIENT = ['@account-center/client'];

/**
 * name: what is measured; code: the importing module; budget: kB min+gzip for the initial load
 * (entry chunk plus its static imports); totalBudget: kB for every chunk it can load lazily;
 * external: packages not counted.
 */
const cases = [
  {
    name: 'client: full entry',
    code: `export * from '@account-center/client';`,
    budget: 12,
  },
  {
    name: 'client: profile read only',
    code: `import { createAccountTransport } from '@account-center/client';
import { getAccount } from '@account-center/client/operations';
export const readProfile = (endpoint, getAccessToken) =>
  getAccount(createAccountTransport({ endpoint, getAccessToken }));`,
    budget: 8,
  },
  {
    name: 'client/operations: every standalone operation',
    code: `export * from '@account-center/client/operations';`,
    budget: 12,
  },
  {
    name: 'client/helpers: password policy, OTP URI, WebAuthn',
    code: `export * from '@account-center/client/helpers';`,
    budget: 2,
  },
  {
    name: 'react: hooks (excl. peers and client)',
    code: `export * from '@account-center/react';`,
    external: CLIENT,
    budget: 6,
  },
];

function kb(bytes) {
  return bytes / 1000;
}

async function measure(entry) {
  const dir = path.join(work, entry.name.replace(/[^a-z0-9]+/gi, '-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'entry.js');
  writeFileSync(file, entry.code);
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: path.join(dir, 'out'),
    write: false,
    metafile: true,
    platform: 'browser',
    target: 'es2022',
    conditions: ['@account-center/source'],
    external: [...PEERS, ...(entry.external ?? [])],
    loader: { '.css': 'text' },
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const outputs = new Map(result.outputFiles.map((o) => [path.relative(root, o.path), o]));
  const meta = result.metafile.outputs;
  const entryOut = Object.keys(meta).find((k) => meta[k].entryPoint);
  const initial = new Set();
  const visit = (key) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imp of meta[key].imports)
      if (imp.kind === 'import-statement' && meta[imp.path]) visit(imp.path);
  };
  visit(entryOut);
  let initialBytes = 0;
  let totalBytes = 0;
  for (const [key, out] of outputs) {
    if (!key.endsWith('.js')) continue;
    const gz = gzipSync(out.contents, { level: 9 }).length;
    totalBytes += gz;
    if (initial.has(key)) initialBytes += gz;
  }
  return { initial: kb(initialBytes), total: kb(totalBytes), chunks: outputs.size };
}

let over = 0;
const rows = [];
for (const entry of cases) {
  try {
    const { initial, total, chunks } = await measure(entry);
    const fails = initial > entry.budget || (entry.totalBudget && total > entry.totalBudget);
    if (fails) over += 1;
    rows.push([
      entry.name,
      initial.toFixed(2),
      total.toFixed(2),
      String(chunks),
      `${entry.budget}${entry.totalBudget ? ` / ${entry.totalBudget}` : ''}`,
      fails ? 'OVER' : 'ok',
    ]);
  } catch (error) {
    over += 1;
    rows.push([
      entry.name,
      '-',
      '-',
      '-',
      String(entry.budget),
      `build failed: ${error.message.split('\n')[0]}`,
    ]);
  }
}

const header = ['bundle', 'initial kB', 'total kB', 'files', 'budget kB', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log('min+gzip (gzip -9), peers external: ' + PEERS.join(', '));
console.log(line(header));
for (const row of rows) console.log(line(row));
rmSync(work, { recursive: true, force: true });
process.exit(over > 0 ? 1 : 0);
