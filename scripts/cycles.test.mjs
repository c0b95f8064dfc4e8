// The import-cycle check of `pnpm test`: run on a tiny workspace written to a temp dir, with one
// cycle made only of type imports (it counts) and one loop closed only by `import()` (it does not).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCycles, sourceFiles, staticImports } from './cycles.mjs';

let root;
const write = (path, text) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cycles-'));
  write(
    'tsconfig.base.json',
    JSON.stringify({
      compilerOptions: {
        module: 'ESNext',
        moduleResolution: 'Bundler',
        customConditions: ['@account-center/source'],
      },
    }),
  );
  // A cycle of type-only imports: each file only names the other's types.
  write(
    'packages/fx/src/ids.ts',
    "import type { Store } from './store.js';\nexport type Id = string;\nexport type Owner = Store;\n",
  );
  write(
    'packages/fx/src/store.ts',
    "import { type Id } from './ids.js';\nexport class Store { id?: Id }\n",
  );
  // Not a cycle: heavy.ts imports lazy.ts statically, lazy.ts reaches heavy.ts only via import().
  write(
    'packages/fx/src/lazy.ts',
    "export const load = () => import('./heavy.js');\nexport type Heavy = typeof import('./heavy.js');\n",
  );
  write(
    'packages/fx/src/heavy.ts',
    "import { load } from './lazy.js';\nexport const again = load;\n",
  );
  // Tests and test helpers are not part of the package: their imports do not count.
  write(
    'packages/fx/src/heavy.test.ts',
    "import { again } from './heavy.js';\nexport const x = again;\n",
  );
  write(
    'packages/fx/src/test-utils/render.ts',
    "import { load } from '../lazy.js';\nexport const y = load;\n",
  );
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('checkCycles', () => {
  it('names the cycle made of type-only imports, and only it: import() does not close a loop', () => {
    const { ok, lines } = checkCycles(root);
    expect(ok).toBe(false);
    expect(lines).toEqual([
      expect.stringMatching(/^✘ 1 import cycle among 2 files in packages\/\*\/src/),
      '  packages/fx/src/ids.ts → (type) packages/fx/src/store.ts → (type) packages/fx/src/ids.ts',
      expect.stringContaining('leaf module'),
    ]);
  });

  it('passes once one side of the cycle stops importing the other', () => {
    write('packages/fx/src/store.ts', 'export class Store { id?: string }\n');
    expect(checkCycles(root)).toEqual({
      ok: true,
      lines: ['✔ no import cycles in packages/*/src (4 files, 2 import edges)'],
    });
  });

  it('names every cycle of a group, value imports without a mark', () => {
    // ids → store (type) and store → ids; plus heavy → lazy → … → heavy through a re-export.
    write('packages/fx/src/lazy.ts', "export * from './heavy.js';\n");
    const { ok, lines } = checkCycles(root);
    expect(ok).toBe(false);
    expect(lines.slice(1, -1)).toEqual([
      '  packages/fx/src/heavy.ts → packages/fx/src/lazy.ts → packages/fx/src/heavy.ts',
      '  packages/fx/src/ids.ts → (type) packages/fx/src/store.ts → (type) packages/fx/src/ids.ts',
    ]);
    expect(lines[0]).toMatch(/^✘ 2 import cycles among 4 files/);
  });
});

describe('staticImports', () => {
  it('keeps import, import type, export from and export type from; leaves import() out', () => {
    const text = [
      "import a from './a.js';",
      "import type { B } from './b.js';",
      "import { type C, type D } from './c.js';",
      "import { type E, f } from './e.js';",
      "import './side-effect.js';",
      "export * from './g.js';",
      "export type { H } from './h.js';",
      "const lazy = () => import('./lazy.js');",
      "type Lazy = typeof import('./lazy-type.js');",
    ].join('\n');
    expect(staticImports('x.ts', text)).toEqual([
      { specifier: './a.js', typeOnly: false },
      { specifier: './b.js', typeOnly: true },
      { specifier: './c.js', typeOnly: true },
      { specifier: './e.js', typeOnly: false },
      { specifier: './side-effect.js', typeOnly: false },
      { specifier: './g.js', typeOnly: false },
      { specifier: './h.js', typeOnly: true },
    ]);
  });

  it('lists the source files without tests and test-utils', () => {
    expect(
      sourceFiles(join(root, 'packages/fx/src')).map((file) => file.slice(root.length)),
    ).toEqual([
      '/packages/fx/src/heavy.ts',
      '/packages/fx/src/ids.ts',
      '/packages/fx/src/lazy.ts',
      '/packages/fx/src/store.ts',
    ]);
  });
});
