// The public API reports: `packages/<pkg>/api/<entry>.api.md`, one per entry point of each
// package's `exports` (`.` is `index`, `./operations` is `operations`, `./a/b` is `a-b`), written
// by API Extractor from the built `.d.ts` files, as an app that installs the package sees them.
//
//   pnpm api                                  build the packages, then rewrite every report
//   node scripts/api-report.mjs --update      rewrite every report from the current dist/
//   node scripts/api-report.mjs               check (in `pnpm test`, after the packages step's
//                                             build): fails when a report is missing, differs
//                                             from the built surface or has no entry any more
//
// Entries come from `publishConfig.exports` (else `exports`): a new subpath gets its report
// without editing anything here; a wildcard subpath gets one per file it matches in `dist/`.
// The compiler options are the workspace's without the `@account-center/source` condition, so a
// sibling package resolves to its `dist/` as it does for an app.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import extractor from '@microsoft/api-extractor';

const { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } = extractor;

export const UPDATE_COMMAND = 'pnpm api';
const SOURCE_CONDITION = '@account-center/source';

/** The `.d.ts` file a subpath's value points at (through nested conditions), if any. */
function typesOf(value) {
  if (typeof value === 'string') return value.endsWith('.d.ts') ? value : undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if ('types' in value) return typesOf(value.types);
  for (const [condition, nested] of Object.entries(value)) {
    if (condition === SOURCE_CONDITION) continue;
    const found = typesOf(nested);
    if (found) return found;
  }
  return undefined;
}

/** Every file under `dir` (relative, with `/`). */
function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

const reportName = (subpath) =>
  subpath === '.' ? 'index' : subpath.replace(/^\.\//, '').replaceAll('/', '-');

/**
 * The typed entry points of the package in `dir`: `{ subpath, importPath, name, types }`, where
 * `name` names the report and `types` is the absolute path of the entry's `.d.ts`.
 * A wildcard subpath (`./components/*`) is expanded over the files in the package that match its
 * `types` pattern.
 */
export function packageEntries(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const exportsMap = manifest.publishConfig?.exports ?? manifest.exports;
  const map =
    typeof exportsMap === 'string' || (exportsMap && !Object.keys(exportsMap)[0]?.startsWith('.'))
      ? { '.': exportsMap }
      : (exportsMap ?? {});
  const entry = (subpath, types) => ({
    subpath,
    importPath: `${manifest.name}${subpath.slice(1)}`,
    name: reportName(subpath),
    types,
  });
  const entries = [];
  for (const [subpath, value] of Object.entries(map)) {
    const types = typesOf(value);
    if (!types) continue;
    if (!subpath.includes('*')) {
      entries.push(entry(subpath, resolve(dir, types)));
      continue;
    }
    const [before, after] = types.replace(/^\.\//, '').split('*');
    const folder = before.slice(0, before.lastIndexOf('/') + 1);
    for (const file of listFiles(join(dir, folder)).map((file) => folder + file)) {
      if (file.length <= before.length + after.length) continue;
      if (!file.startsWith(before) || !file.endsWith(after)) continue;
      const match = file.slice(before.length, file.length - after.length);
      const concrete = subpath.replace('*', match);
      entries.push(entry(concrete, resolve(dir, file)));
    }
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

/** The compiler options of `tsconfig.base.json` for API Extractor: no source condition. */
function compilerOptions(root) {
  const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;
  return {
    target: base.target,
    lib: base.lib,
    module: base.module,
    moduleResolution: base.moduleResolution,
    jsx: base.jsx,
    strict: true,
    skipLibCheck: true,
    esModuleInterop: true,
    customConditions: [],
  };
}

const silent = { logLevel: ExtractorLogLevel.None };

function extractorConfig({ root, dir, entry, tempFolder }) {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: dir,
      mainEntryPointFilePath: entry.types,
      bundledPackages: [],
      newlineKind: 'lf',
      compiler: {
        overrideTsconfig: { compilerOptions: compilerOptions(root), files: [entry.types] },
      },
      apiReport: {
        enabled: true,
        reportFileName: entry.name,
        reportFolder: join(dir, 'api'),
        reportTempFolder: join(tempFolder, relative(root, dir)),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Error } },
        extractorMessageReporting: {
          default: silent,
          // A type the surface uses but no entry exports: kept in the report as a warning line.
          'ae-forgotten-export': { ...silent, addToApiReportFile: true },
        },
        // The kit's comments are not TSDoc; they do not change the surface.
        tsdocMessageReporting: { default: silent },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(dir, 'package.json'),
  });
}

/** The unified diff between two files (first `max` lines), or '' when `diff` is not there. */
function shortDiff(before, after, max = 40) {
  const { stdout } = spawnSync(
    'diff',
    ['-u', '--label', 'committed report', '--label', 'built surface', before, after],
    { encoding: 'utf8' },
  );
  if (!stdout) return '';
  const lines = stdout.trimEnd().split('\n');
  return [
    ...lines.slice(0, max),
    ...(lines.length > max ? [`… (${lines.length - max} more lines)`] : []),
  ]
    .map((line) => `      ${line}`)
    .join('\n');
}

/**
 * Checks (or, with `update`, rewrites) the reports of the packages in `packageDirs` (absolute).
 * Returns `{ ok, lines }`: `ok` is false in check mode when any report is missing, stale or
 * differs from the built `.d.ts`, or when an entry's `.d.ts` is not built.
 */
export function apiReports({ root, packageDirs, update = false }) {
  const lines = [];
  const problems = [];
  const tempFolder = mkdtempSync(join(tmpdir(), 'api-report-'));
  const name = (path) => relative(root, path).split(sep).join('/');
  try {
    const jobs = packageDirs.flatMap((dir) =>
      packageEntries(dir).map((entry) => ({
        dir,
        entry,
        report: join(dir, 'api', `${entry.name}.api.md`),
      })),
    );
    const unbuilt = jobs.filter(({ entry }) => !existsSync(entry.types));
    for (const { entry } of unbuilt) {
      problems.push(
        `${name(entry.types)} is not built: \`${UPDATE_COMMAND}\` builds the packages first`,
      );
    }
    const built = jobs.filter(({ entry }) => existsSync(entry.types));
    // One TypeScript program for every entry: built once, shared by every report.
    const compilerState =
      built.length > 0
        ? CompilerState.create(extractorConfig({ root, ...built[0], tempFolder }), {
            additionalEntryPoints: built.map(({ entry }) => entry.types),
          })
        : undefined;
    for (const { dir, entry, report } of built) {
      if (update) mkdirSync(join(dir, 'api'), { recursive: true });
      const config = extractorConfig({ root, dir, entry, tempFolder });
      const errors = [];
      const result = Extractor.invoke(config, {
        localBuild: update,
        compilerState,
        messageCallback: (message) => {
          if (message.logLevel === ExtractorLogLevel.Error)
            errors.push(message.formatMessageWithLocation?.(root) ?? message.text);
          message.handled = true;
        },
      });
      const label = `${name(report)} (${entry.importPath})`;
      if (errors.length > 0 || (!result.succeeded && !result.apiReportChanged)) {
        problems.push(
          `${label}: API Extractor failed\n${errors.map((error) => `      ${error}`).join('\n')}`,
        );
      } else if (!result.apiReportChanged) {
        lines.push(`  ✔ ${label}`);
      } else if (update) {
        lines.push(`  ✎ ${label} updated`);
      } else {
        const actual = join(tempFolder, relative(root, dir), `${entry.name}.api.md`);
        const diff = existsSync(report) ? shortDiff(report, actual) : '';
        problems.push(
          `${label} ${existsSync(report) ? 'differs from the built surface' : 'is missing'}${diff ? `:\n${diff}` : ''}`,
        );
      }
    }
    // Reports whose entry is gone.
    for (const dir of packageDirs) {
      const expected = new Set(packageEntries(dir).map((entry) => `${entry.name}.api.md`));
      const folder = join(dir, 'api');
      if (!existsSync(folder)) continue;
      for (const file of readdirSync(folder).filter((file) => file.endsWith('.api.md'))) {
        if (expected.has(file)) continue;
        if (update) {
          rmSync(join(folder, file));
          lines.push(`  ✎ ${name(join(folder, file))} removed (no such entry)`);
        } else {
          problems.push(
            `${name(join(folder, file))} is the report of an entry that no longer exists`,
          );
        }
      }
    }
  } finally {
    rmSync(tempFolder, { recursive: true, force: true });
  }
  if (problems.length === 0) {
    return {
      ok: true,
      lines: [
        update ? '✔ API reports written' : '✔ API reports match the built packages',
        ...lines,
      ],
    };
  }
  return {
    ok: false,
    lines: [
      ...lines,
      ...problems.map((problem) => `  ✘ ${problem}`),
      update
        ? '✘ API reports: see above'
        : `✘ The public API changed and its report did not. If the change is meant, run \`${UPDATE_COMMAND}\` and commit packages/*/api/.`,
    ],
  };
}

/** The packages with an `exports` map under `<root>/packages`. */
export function publicPackages(root) {
  const packages = join(root, 'packages');
  return readdirSync(packages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(packages, entry.name))
    .filter((dir) => {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) return false;
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      return !manifest.private && (manifest.exports || manifest.publishConfig?.exports);
    })
    .sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const update = process.argv.includes('--update');
  const since = Date.now();
  const { ok, lines } = apiReports({ root, packageDirs: publicPackages(root), update });
  for (const line of lines) console.log(line);
  console.log(`(${((Date.now() - since) / 1000).toFixed(1)} s)`);
  if (!ok) process.exitCode = 1;
}
