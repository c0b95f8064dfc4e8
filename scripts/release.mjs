// `pnpm release`: the release dry run. Builds the four packages, packs each with `pnpm pack`
// (which applies `publishConfig` and turns `workspace:` ranges into versions) into a temp dir,
// then checks the tarballs the way a user meets them:
//   1. publint on each tarball (--strict);
//   2. attw on each tarball with the esm-only profile;
//   3. a smoke install: the tarballs extracted into a temp project's node_modules (their own
//      dependencies linked from the workspace store, offline), `import()` of every Node entry,
//      and a TypeScript check of a consumer file importing each package (Bundler and NodeNext);
// and prints the tarball sizes. Nothing is published. `--keep` keeps the temp dir.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve('.');
const keep = process.argv.includes('--keep');
const bin = (name) => join(root, 'node_modules/.bin', name);
const PACKAGES = ['client', 'mock', 'react', 'ui', 'doctor'];
const failures = [];

function step(label, command, args, options = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  const ok = result.status === 0;
  if (!ok) failures.push(label);
  console.log(ok ? `✔ ${label}` : `✘ ${label}`);
  return ok;
}

const temp = mkdtempSync(join(tmpdir(), 'account-center-release-'));
const tarballDir = join(temp, 'tarballs');
mkdirSync(tarballDir);

try {
  if (!step('build the packages', 'pnpm', ['-r', '--filter', './packages/*', 'build'])) {
    throw new Error('build failed');
  }

  // 1. Pack.
  const tarballs = {};
  for (const name of PACKAGES) {
    const dir = join(root, 'packages', name);
    const before = new Set(readdirSync(tarballDir));
    if (
      !step(`pack @account-center/${name}`, 'pnpm', ['pack', '--pack-destination', tarballDir], {
        cwd: dir,
      })
    )
      continue;
    const created = readdirSync(tarballDir).find(
      (file) => !before.has(file) && file.endsWith('.tgz'),
    );
    if (created) tarballs[name] = join(tarballDir, created);
  }

  // 2. Lint each tarball.
  for (const [name, tarball] of Object.entries(tarballs)) {
    step(`publint @account-center/${name}`, bin('publint'), ['run', tarball, '--strict']);
    // A stylesheet export has no types by nature; attw would report it as unresolved.
    const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
    const css = Object.keys(manifest.publishConfig?.exports ?? manifest.exports ?? {}).filter(
      (key) => key.endsWith('.css'),
    );
    step(`attw @account-center/${name} (esm-only)`, bin('attw'), [
      tarball,
      '--profile',
      'esm-only',
      '--format',
      'table-flipped',
      '--no-color',
      ...(css.length ? ['--exclude-entrypoints', ...css] : []),
    ]);
  }

  // 3. Smoke install into a temp project, offline: extract our tarballs, link their
  // dependencies (and peers) from where the workspace resolved them.
  const project = join(temp, 'consumer');
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, '@account-center'), { recursive: true });
  const linked = new Set();
  const linkDependency = (dependency, fromDir) => {
    if (dependency.startsWith('@account-center/') || linked.has(dependency)) return;
    const candidates = [
      join(fromDir, 'node_modules', dependency),
      join(root, 'node_modules', dependency),
    ];
    const found = candidates.find((candidate) => existsSync(candidate));
    if (!found) {
      console.warn(
        `  ! ${dependency} is not installed in the workspace; imports needing it will fail`,
      );
      return;
    }
    const target = join(modules, dependency);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(realpathSync(found), target, 'dir');
    linked.add(dependency);
  };
  for (const [name, tarball] of Object.entries(tarballs)) {
    const destination = join(modules, '@account-center', name);
    mkdirSync(destination, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', destination, '--strip-components=1']);
    const manifest = JSON.parse(readFileSync(join(destination, 'package.json'), 'utf8'));
    for (const dependency of Object.keys({
      ...manifest.dependencies,
      ...manifest.peerDependencies,
    })) {
      linkDependency(dependency, join(root, 'packages', name));
    }
    if (JSON.stringify(manifest).includes('workspace:')) {
      failures.push(
        `@account-center/${name}: the packed package.json still has a workspace: range`,
      );
    }
  }
  for (const types of ['@types/react', '@types/react-dom', '@types/node', 'react-dom'])
    linkDependency(types, root);
  linkDependency('typescript', root);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
  );

  // Every entry of every packed `exports` map, except the stylesheet, package.json and the MSW
  // service-worker entry (it needs a browser; it is type-checked below instead).
  const BROWSER_ONLY = new Set(['@account-center/mock/browser']);
  const nodeEntries = Object.keys(tarballs).flatMap((name) => {
    const manifest = JSON.parse(
      readFileSync(join(modules, '@account-center', name, 'package.json'), 'utf8'),
    );
    return Object.keys(manifest.exports ?? { '.': null })
      .filter((key) => !key.endsWith('.css') && !key.endsWith('package.json') && !key.includes('*'))
      .map((key) => `@account-center/${name}${key === '.' ? '' : key.slice(1)}`)
      .filter((entry) => !BROWSER_ONLY.has(entry));
  });
  const importScript = `for (const entry of ${JSON.stringify(nodeEntries)}) { const module = await import(entry); if (Object.keys(module).length === 0) throw new Error(entry + ' exports nothing'); console.log('  import ' + entry + ': ' + Object.keys(module).length + ' exports'); }`;
  step(
    'smoke install: import() every Node entry',
    process.execPath,
    ['--input-type=module', '-e', importScript],
    { cwd: project },
  );

  writeFileSync(
    join(project, 'consumer.tsx'),
    `import { createAccountClient, isAccountApiError } from '@account-center/client';
import type { Account, AccountApiError } from '@account-center/client';
import { createAccountApiSimulator, createSimulatorFetch } from '@account-center/mock';
import { createMswHandlers } from '@account-center/mock/msw';
import { startSimulatorWorker } from '@account-center/mock/browser';
import { listen } from '@account-center/mock/node';
import { AccountCenterProvider, useMyAccount } from '@account-center/react';
import { AccountCenterUiProvider } from '@account-center/ui';

const simulator = createAccountApiSimulator();
const client = createAccountClient({
  endpoint: 'http://localhost',
  fetch: createSimulatorFetch(simulator),
  getAccessToken: async () => simulator.mintToken(),
});
export const handlers = createMswHandlers(simulator, { endpoint: 'http://localhost' });
export const start = () => startSimulatorWorker(simulator, { endpoint: 'http://localhost' });
export const serve = () => listen({ port: 0 });
export async function read(): Promise<Account | AccountApiError> {
  try {
    return await client.getAccount();
  } catch (error) {
    if (isAccountApiError(error)) return error;
    throw error;
  }
}
function Name() {
  const { data } = useMyAccount();
  return <span>{data?.name}</span>;
}
export const App = () => (
  <AccountCenterProvider client={client}>
    <AccountCenterUiProvider locale="en">
      <Name />
    </AccountCenterUiProvider>
  </AccountCenterProvider>
);
`,
  );
  for (const resolution of ['Bundler', 'NodeNext']) {
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        module: resolution === 'Bundler' ? 'ESNext' : 'NodeNext',
        moduleResolution: resolution,
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        // Our own .d.ts files are checked; third-party ones (msw, react…) are theirs to check.
        skipLibCheck: false,
        types: ['node'],
      },
      files: ['consumer.tsx'],
    };
    writeFileSync(join(project, `tsconfig.${resolution}.json`), JSON.stringify(tsconfig, null, 2));
    step(
      `smoke install: tsc (${resolution})`,
      process.execPath,
      [join(modules, 'typescript/bin/tsc'), '-p', `tsconfig.${resolution}.json`],
      {
        cwd: project,
      },
    );
  }

  // 4. Sizes.
  console.log('\nTarball sizes');
  console.log(
    `${'package'.padEnd(26)}${'tarball'.padStart(10)}${'unpacked'.padStart(11)}${'files'.padStart(7)}`,
  );
  const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  for (const [name, tarball] of Object.entries(tarballs)) {
    const dir = join(modules, '@account-center', name);
    let unpacked = 0;
    let files = 0;
    const walk = (path) => {
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        const full = join(path, entry.name);
        if (entry.isDirectory()) walk(full);
        else {
          unpacked += statSync(full).size;
          files += 1;
        }
      }
    };
    walk(dir);
    console.log(
      `${`@account-center/${name}`.padEnd(26)}${kB(statSync(tarball).size).padStart(10)}${kB(unpacked).padStart(11)}${String(files).padStart(7)}`,
    );
  }
  const missing = PACKAGES.filter((name) => !tarballs[name]);
  if (missing.length) failures.push(`not packed: ${missing.join(', ')}`);
} catch (error) {
  if (!failures.length) failures.push(error instanceof Error ? error.message : String(error));
} finally {
  if (keep) console.log(`\nTemp dir kept: ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
}

if (failures.length) {
  console.log(`\n✘ release dry run failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\n✔ release dry run passed (nothing was published)');
