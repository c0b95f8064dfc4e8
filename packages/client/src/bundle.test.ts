/**
 * Bundle-level guarantees, checked on a real esbuild bundle (min + gzip, zod included):
 * no eval-like code (strict CSP without `unsafe-eval`) and the size budget.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const sourceDirectory = path.dirname(fileURLToPath(import.meta.url));

async function bundle(contents: string): Promise<{ code: string; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: sourceDirectory, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}

describe('bundle', () => {
  it('contains no new Function or eval, so it runs under a CSP without unsafe-eval', async () => {
    const { code } = await bundle(`export * from './index.ts';`);
    // zod/mini 4.6 uses the interpreter-only $ZodObject: no JIT, no `new Function` probe. Classic
    // zod's bundle would fail here: it reaches the constructor as `let e=Function; new e(...)`.
    expect(code).not.toMatch(/\bFunction\b|\beval\(/);
  });

  it('keeps the full client (createAccountClient, every operation) within 12 kB min+gzip', async () => {
    const { gzip } = await bundle(`export { createAccountClient } from './index.ts';`);
    expect(gzip).toBeLessThanOrEqual(12_000);
  });

  it('keeps a profile-only consumer within 8 kB min+gzip', async () => {
    const { gzip } = await bundle(`
      import { createAccountTransport, getAccount } from './index.ts';
      const transport = createAccountTransport({ endpoint: 'https://tenant.logto.app', getAccessToken: async () => 't' });
      getAccount(transport).then(console.log);
    `);
    expect(gzip).toBeLessThanOrEqual(8_000);
  });
});
