// Every `import { … } from '@account-center/…'` in a TypeScript block of the docs and READMEs must
// name something that entry really exports, as its committed API report (packages/*/api, kept in
// step with the built `.d.ts` by `pnpm api`) lists it. The examples are copied by users first:
// an import from the wrong entry (a component from the lean root, say) fails on their machine.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageEntries } from './api-report.mjs';

const root = path.resolve(import.meta.dirname, '..');
const read = (file) => readFileSync(path.join(root, file), 'utf8');

/** The pages users read: docs/*.md and every README of the workspace. */
function pages() {
  const files = readdirSync(path.join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  files.push('README.md');
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(path.join(root, group))) {
      const readme = `${group}/${name}/README.md`;
      if (existsSync(path.join(root, readme))) files.push(readme);
    }
  }
  return files;
}

/** `importPath` → the names its API report exports. */
function exportedNames() {
  const byPath = new Map();
  for (const name of readdirSync(path.join(root, 'packages'))) {
    const dir = path.join(root, 'packages', name);
    if (!existsSync(path.join(dir, 'api'))) continue;
    for (const entry of packageEntries(dir)) {
      const report = path.join(dir, 'api', `${entry.name}.api.md`);
      if (!existsSync(report)) continue;
      const text = readFileSync(report, 'utf8');
      const names = new Set();
      for (const [, declared] of text.matchAll(
        /^export (?:declare )?(?:abstract )?(?:function|const|let|class|interface|type|enum|namespace) (\w+)/gm,
      ))
        names.add(declared);
      for (const [, list] of text.matchAll(/^export \{([^}]+)\}/gm))
        for (const part of list.split(','))
          names.add(
            part
              .trim()
              .split(/\s+as\s+/)
              .pop(),
          );
      byPath.set(entry.importPath, names);
    }
  }
  return byPath;
}

/** Each named import from a kit package in the TypeScript blocks of `markdown`. */
function kitImports(markdown) {
  const found = [];
  for (const [, lang, body] of markdown.matchAll(/```(\w*)\n([\s\S]*?)\n```/g)) {
    if (!['ts', 'tsx', 'js', 'jsx'].includes(lang)) continue;
    for (const [, list, from] of body.matchAll(
      /import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"](@account-center\/[^'"]+)['"]/g,
    )) {
      for (const raw of list.split(',')) {
        const name = raw
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0];
        if (name) found.push({ name, from });
      }
    }
  }
  return found;
}

describe('the imports the docs show', () => {
  const exports = exportedNames();

  it('finds the reports it checks against', () => {
    expect(exports.get('@account-center/ui')?.has('AccountCenterUiProvider')).toBe(true);
    expect(exports.get('@account-center/ui/passkeys')?.has('PasskeyManager')).toBe(true);
  });

  for (const page of pages()) {
    const imports = kitImports(read(page));
    if (imports.length === 0) continue;
    it(`${page} imports each name from an entry that exports it`, () => {
      const wrong = imports
        .filter(({ name, from }) => !exports.get(from)?.has(name))
        .map(({ name, from }) => `${name} from ${from}`);
      expect(wrong).toEqual([]);
    });
  }
});
