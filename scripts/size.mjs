// `pnpm size`: bundles what a user's app would import, the way an app bundler would (Rolldown,
// the bundler of Vite 8: minified ESM with code splitting), and prints min+gzip figures against
// the budgets. "initial" is the entry chunk plus its static imports; "total" adds every lazy chunk.
// react, react-dom and @tanstack/react-query are the app's own and stay external.
import { build } from 'esbuild';
import { rolldown } from 'rolldown';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// Entries live inside the playground, which depends on every package, so imports resolve.
const work = path.join(root, 'apps/playground/node_modules/.cache/account-center-size');
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];
const CLIENT = [/^@account-center\/client(\/.*)?$/];

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
  {
    name: 'ui: <AccountCenter/> with English (all lazy chunks in total)',
    code: `export { AccountCenter } from '@account-center/ui';`,
    budget: 60,
    totalBudget: 80,
    lazyLocales: true,
  },
  {
    name: 'ui part 1: profile, email, phone, password, step-up, delete',
    code: `export { ProfileForm, EmailChange, PhoneChange, PasswordChange, VerificationDialog, DeleteAccount } from '@account-center/ui';`,
    budget: 60,
    totalBudget: 60,
    lazyLocales: true,
  },
];

/** What each standalone component costs when an app imports only it (initial / total). */
const components = [
  'VerificationDialog',
  'ProfileForm',
  'EmailChange',
  'PhoneChange',
  'PasswordChange',
  'DeleteAccount',
  'PasskeyManager',
  'TotpSetup',
  'BackupCodes',
  'SocialConnections',
  'SocialLinkCallback',
  'MfaSettings',
  'SessionList',
  'AuthorizedApps',
];
for (const component of components) {
  cases.push({
    name: `  ${component} alone`,
    code: `export { ${component} } from '@account-center/ui';`,
    lazyLocales: true,
  });
}

function kb(bytes) {
  return bytes / 1000;
}

async function measure(entry) {
  const dir = path.join(work, entry.name.trim().replace(/[^a-z0-9]+/gi, '-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'entry.js');
  writeFileSync(file, entry.code);
  const bundle = await rolldown({
    input: file,
    cwd: root,
    platform: 'browser',
    external: [...PEERS, ...(entry.external ?? [])],
    resolve: { conditionNames: ['@account-center/source', 'import', 'browser', 'default'] },
    // An app's production build: Vite replaces \`process.env.NODE_ENV\`, so development-only code
    // (the kit's console warnings) is dropped.
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    logLevel: 'silent',
  });
  // Vite 8's app build output options when minifying: comments (annotations, JSDoc, licences) are
  // stripped, top-level `var`s, ES2015 generated code.
  const { output } = await bundle.generate({
    format: 'esm',
    minify: true,
    comments: { annotation: false, jsdoc: false, legal: false },
    topLevelVar: true,
    generatedCode: { preset: 'es2015' },
  });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
  const initial = new Set();
  const visit = (name) => {
    const chunk = chunks.get(name);
    if (!chunk || initial.has(name)) return;
    initial.add(name);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  let initialBytes = 0;
  let totalBytes = 0;
  const locales = [];
  for (const [name, chunk] of chunks) {
    const gz = gzipSync(chunk.code, { level: 9 }).length;
    // A chunk holding only a non-English catalogue: a user downloads at most one of them.
    const modules = chunk.moduleIds.filter((id) => !id.startsWith('\0'));
    const isLocale =
      modules.length > 0 && modules.every((id) => /\/i18n\/locales\/(?!en\.)/.test(id));
    if (isLocale) {
      locales.push({ name: path.basename(modules[0]), kb: kb(gz), initial: initial.has(name) });
      if (entry.lazyLocales) continue;
    }
    // A non-English catalogue bundled with other code would reach every user: never allowed.
    const strays = modules.filter((id) => /\/i18n\/locales\/(?!en\.)/.test(id));
    if (!isLocale && strays.length > 0) {
      throw new Error(`locale bundled with other code: ${strays.map((id) => path.basename(id))}`);
    }
    totalBytes += gz;
    if (initial.has(name)) initialBytes += gz;
  }
  return { initial: kb(initialBytes), total: kb(totalBytes), chunks: chunks.size, locales };
}

let over = 0;
const rows = [];
const localeSizes = new Map();
for (const entry of cases) {
  try {
    const { initial, total, chunks, locales } = await measure(entry);
    for (const locale of locales) {
      const seen = localeSizes.get(locale.name);
      localeSizes.set(locale.name, {
        kb: locale.kb,
        initial: (seen?.initial ?? false) || locale.initial,
      });
    }
    const fails =
      (entry.budget !== undefined && initial > entry.budget) ||
      (entry.totalBudget !== undefined && total > entry.totalBudget);
    if (fails) over += 1;
    rows.push([
      entry.name,
      initial.toFixed(2),
      total.toFixed(2),
      String(chunks),
      entry.budget === undefined
        ? '-'
        : `${entry.budget}${entry.totalBudget ? ` / ${entry.totalBudget}` : ''}`,
      fails ? 'OVER' : entry.budget === undefined ? '' : 'ok',
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

// Each extra locale is its own lazy chunk: ≤ 8 kB, never in the initial load.
const LOCALE_BUDGET = 8;
console.log(
  `\nlocale chunks (${localeSizes.size}; each lazy, none in any initial load, ≤ ${LOCALE_BUDGET} kB)`,
);
for (const [name, { kb: size, initial }] of [...localeSizes].sort()) {
  const fails = size > LOCALE_BUDGET || initial;
  if (fails) over += 1;
  const verdict = initial ? 'IN THE INITIAL LOAD' : fails ? 'OVER' : 'ok';
  console.log(`  ${name.padEnd(12)} ${size.toFixed(2).padStart(6)} kB  ${verdict}`);
}

// The one stylesheet, minified as an app's bundler would.
const CSS_BUDGET = 8;
const css = await build({
  entryPoints: [path.join(root, 'packages/ui/src/styles.css')],
  bundle: true,
  minify: true,
  write: false,
  logLevel: 'silent',
});
const cssKb = kb(gzipSync(css.outputFiles[0].contents, { level: 9 }).length);
if (cssKb > CSS_BUDGET) over += 1;
console.log(
  `\nstyles.css ${cssKb.toFixed(2)} kB (budget ${CSS_BUDGET} kB) ${cssKb > CSS_BUDGET ? 'OVER' : 'ok'}`,
);

// Next.js: what the kit adds to the example's `/account` route in a production build (Turbopack):
// gzip of the route's first-load chunks minus those of an empty route (`/_not-found`: the same
// root layout and framework, no page code), from Next's own route-bundle-stats.json. Lazy
// chunks (the sections, locales) load later and are not counted here.
const nextFigure = measureNextAccountRoute();
const vite = rows.find((row) => row[0].startsWith('ui: <AccountCenter/>'));
console.log(
  `\nNext.js example, /account (Turbopack, gzip -9 of first-load chunks): ${nextFigure.route.toFixed(2)} kB, ` +
    `an empty route ${nextFigure.empty.toFixed(2)} kB: the page and the kit add ${nextFigure.added.toFixed(2)} kB ` +
    `(with @tanstack/react-query and the example's token fetcher; React is in the empty route).` +
    `\nVite/Rolldown, <AccountCenter/> initial load (peers external): ${vite?.[1] ?? '-'} kB.`,
);

function measureNextAccountRoute() {
  const example = path.join(root, 'apps/next-example');
  const distDir = '.next-size';
  const next = path.join(example, 'node_modules/next/dist/bin/next');
  const built = spawnSync(process.execPath, [next, 'build'], {
    cwd: example,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      LOGTO_ENDPOINT: '',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  if (built.status !== 0) throw new Error('next build failed (apps/next-example)');
  const stats = JSON.parse(
    readFileSync(path.join(example, distDir, 'diagnostics/route-bundle-stats.json'), 'utf8'),
  );
  const gzipOf = (route) => {
    const entry = stats.find((candidate) => candidate.route === route);
    if (!entry) throw new Error(`no ${route} in route-bundle-stats.json`);
    const bytes = entry.firstLoadChunkPaths.reduce(
      (sum, chunk) => sum + gzipSync(readFileSync(path.join(example, chunk)), { level: 9 }).length,
      0,
    );
    return { bytes, chunks: new Set(entry.firstLoadChunkPaths) };
  };
  const route = gzipOf('/account');
  const empty = gzipOf('/_not-found');
  return { route: kb(route.bytes), empty: kb(empty.bytes), added: kb(route.bytes - empty.bytes) };
}

rmSync(work, { recursive: true, force: true });
process.exit(over > 0 ? 1 : 0);
