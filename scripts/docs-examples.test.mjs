// docs/hooks.md quotes its code from packages/react/examples/hooks.tsx, which is type-checked and
// rendered against the simulator (packages/react/src/examples.test.tsx). Each fenced block marked
// `<!-- example: hooks.tsx#name -->` must equal that file's `// #region name` … `// #endregion`,
// and every TypeScript block of the page must be marked, so none can drift from tested code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const read = (file) => readFileSync(path.join(root, file), 'utf8');

/** `name` → the region's lines, as written. */
function regions(source) {
  const found = new Map();
  const pattern = /^[ \t]*\/\/ #region (\S+)\n([\s\S]*?)^[ \t]*\/\/ #endregion/gm;
  for (const [, name, body] of source.matchAll(pattern)) found.set(name, body.replace(/\n$/, ''));
  return found;
}

/** Every fenced block: its language, its text and the example it is marked with (if any). */
function fences(markdown) {
  const pattern = /(?:<!-- example: ([\w.-]+)#([\w-]+) -->\n+)?```(\w*)\n([\s\S]*?)\n```/g;
  return [...markdown.matchAll(pattern)].map(([, file, region, lang, body]) => ({
    file,
    region,
    lang,
    body,
  }));
}

describe('docs/hooks.md', () => {
  const doc = read('docs/hooks.md');
  const examples = regions(read('packages/react/examples/hooks.tsx'));
  const blocks = fences(doc);

  it('quotes every code block from the tested example file', () => {
    const code = blocks.filter((block) => ['ts', 'tsx'].includes(block.lang));
    expect(code.length).toBeGreaterThan(0);
    for (const block of code) {
      expect(block.file, `an unmarked block:\n${block.body.slice(0, 200)}`).toBe('hooks.tsx');
    }
  });

  it('each quoted block equals its region', () => {
    const marked = blocks.filter((block) => block.file);
    for (const block of marked) {
      expect(examples.has(block.region), `no region ${block.region}`).toBe(true);
      expect(block.body, `docs/hooks.md differs from hooks.tsx#${block.region}`).toBe(
        examples.get(block.region),
      );
    }
  });
});
