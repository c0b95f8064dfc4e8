// docs/step-up.md quotes packages/react/examples/reverification.tsx (compiled by `tsc -b` and run by
// a browser test): every region of the example appears in the page verbatim, so they cannot drift.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const example = readFileSync(path.join(root, 'packages/react/examples/reverification.tsx'), 'utf8');
const doc = readFileSync(path.join(root, 'docs/step-up.md'), 'utf8');

const regions = [...example.matchAll(/\/\/ #region (\w+)\n([\s\S]*?)\/\/ #endregion \1/g)].map(
  ([, name, code]) => ({ name, code: code.trimEnd() }),
);
const blocks = [...doc.matchAll(/```tsx?\n([\s\S]*?)```/g)].map(([, code]) => code.trimEnd());

describe('docs/step-up.md', () => {
  it('quotes every region of the example file', () => {
    expect(regions.map(({ name }) => name)).toEqual(['prompt', 'provider', 'wrapper', 'server']);
    for (const { name, code } of regions) expect(blocks, name).toContain(code);
  });
});
