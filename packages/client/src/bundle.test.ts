/**
 * Bundle-level guarantee, checked on a real esbuild bundle of every entry (zod included): no
 * eval-like code, so the kit runs under a strict CSP without `unsafe-eval`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const sourceDirectory = path.dirname(fileURLToPath(import.meta.url));

async function bundle(contents: string): Promise<{ code: string }> {
  const result = await build({
    stdin: { contents, resolveDir: sourceDirectory, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code };
}

describe('bundle', () => {
  // Sizes are checked by `pnpm size` (scripts/size.mjs); this file guards what a size figure
  // cannot show.
  it.each([
    './index.ts',
    './operations/index.ts',
    './schemas/index.ts',
    './helpers.ts',
    './profile-fields/index.ts',
  ])(
    '%s contains no new Function or eval, so it runs under a CSP without unsafe-eval',
    async (entry) => {
      const { code } = await bundle(`export * from '${entry}';`);
      // zod/mini 4.6 uses the interpreter-only $ZodObject: no JIT, no `new Function` probe. Classic
      // zod's bundle would fail here: it reaches the constructor as `let e=Function; new e(...)`.
      expect(code).not.toMatch(/\bFunction\b|\beval\(/);
    },
  );
});
