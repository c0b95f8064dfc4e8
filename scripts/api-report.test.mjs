// The API report check of `pnpm test`, on a tiny package written to a temp dir: its built `.d.ts`
// files are the surface; a report written by `--update` passes the check until that surface or
// the `exports` map changes.
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiReports, packageEntries } from './api-report.mjs';

// API Extractor builds a TypeScript program per run (the fixture leaves the DOM lib out to keep it
// small): still seconds on a busy machine.
const EXTRACTOR_TIME_LIMIT = 120_000;

let root;
let pkg;
const write = (path, text) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const manifest = (exports) =>
  write('packages/fx/package.json', JSON.stringify({ name: '@fx/fx', type: 'module', exports }));
const typed = (name) => ({
  '@account-center/source': `./src/${name}.ts`,
  types: `./dist/${name}.d.ts`,
  default: `./dist/${name}.js`,
});
const check = () => apiReports({ root, packageDirs: [pkg] });
const update = () => apiReports({ root, packageDirs: [pkg], update: true });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'api-report-test-'));
  pkg = join(root, 'packages/fx');
  write(
    'tsconfig.base.json',
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        customConditions: ['@account-center/source'],
      },
    }),
  );
  manifest({ '.': typed('index'), './extra': typed('extra'), './package.json': './package.json' });
  write('packages/fx/dist/index.d.ts', 'export declare function greet(name: string): string;\n');
  write('packages/fx/dist/extra.d.ts', 'export interface Extra {\n    size: number;\n}\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('apiReports', () => {
  it(
    'writes one report per entry, then the check passes',
    () => {
      const written = update();
      expect(written.ok).toBe(true);
      expect(readFileSync(join(pkg, 'api/index.api.md'), 'utf8')).toContain(
        'export function greet(name: string): string;',
      );
      expect(readFileSync(join(pkg, 'api/extra.api.md'), 'utf8')).toContain(
        'export interface Extra',
      );
      expect(check()).toEqual({
        ok: true,
        lines: [
          '✔ API reports match the built packages',
          '  ✔ packages/fx/api/extra.api.md (@fx/fx/extra)',
          '  ✔ packages/fx/api/index.api.md (@fx/fx)',
        ],
      });
    },
    EXTRACTOR_TIME_LIMIT,
  );

  it(
    'fails when a built .d.ts gains an export the report does not have, naming the command',
    () => {
      expect(update().ok).toBe(true);
      appendFileSync(join(pkg, 'dist/index.d.ts'), 'export declare const leaked: number;\n');
      const { ok, lines } = check();
      expect(ok).toBe(false);
      const text = lines.join('\n');
      expect(text).toContain(
        '✘ packages/fx/api/index.api.md (@fx/fx) differs from the built surface',
      );
      expect(text).toContain('+export const leaked: number;');
      expect(lines.at(-1)).toContain('run `pnpm api` and commit packages/*/api/');
      // The report on disk is left as it was: only `--update` writes.
      expect(readFileSync(join(pkg, 'api/index.api.md'), 'utf8')).not.toContain('leaked');
      expect(update().ok).toBe(true);
      expect(check().ok).toBe(true);
    },
    EXTRACTOR_TIME_LIMIT,
  );

  it(
    'fails for a new subpath without a report and for a report whose subpath is gone',
    () => {
      expect(update().ok).toBe(true);
      manifest({ '.': typed('index'), './more': typed('more') });
      write('packages/fx/dist/more.d.ts', 'export declare const more: true;\n');
      const { ok, lines } = check();
      expect(ok).toBe(false);
      expect(lines).toContain('  ✘ packages/fx/api/more.api.md (@fx/fx/more) is missing');
      expect(lines).toContain(
        '  ✘ packages/fx/api/extra.api.md is the report of an entry that no longer exists',
      );
      const updated = update();
      expect(updated.lines).toContain('  ✎ packages/fx/api/extra.api.md removed (no such entry)');
      expect(check().ok).toBe(true);
    },
    EXTRACTOR_TIME_LIMIT,
  );
});

describe('packageEntries', () => {
  it('takes the entries from exports: types only, source condition ignored, wildcards expanded', () => {
    manifest({
      '.': typed('index'),
      './parts/*': { types: './dist/parts/*/index.d.ts', default: './dist/parts/*/index.js' },
      './styles.css': './dist/styles.css',
      './package.json': './package.json',
    });
    write('packages/fx/dist/parts/dialog/index.d.ts', 'export {};\n');
    write('packages/fx/dist/parts/button/index.d.ts', 'export {};\n');
    write('packages/fx/dist/parts/button/index.js', 'export {};\n');
    expect(
      packageEntries(pkg).map(({ subpath, importPath, name, types }) => [
        subpath,
        importPath,
        name,
        types.slice(pkg.length),
      ]),
    ).toEqual([
      ['.', '@fx/fx', 'index', '/dist/index.d.ts'],
      ['./parts/button', '@fx/fx/parts/button', 'parts-button', '/dist/parts/button/index.d.ts'],
      ['./parts/dialog', '@fx/fx/parts/dialog', 'parts-dialog', '/dist/parts/dialog/index.d.ts'],
    ]);
  });
});
