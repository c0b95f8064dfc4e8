// The kit's development warnings (tenant settings that hide a feature, naming the doctor) must
// not reach a production bundle: an app bundler replaces `process.env.NODE_ENV`, and the
// minifier drops the calls and their module. A development bundle keeps them.
import { rolldown } from 'rolldown';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

async function bundle(nodeEnv) {
  const build = await rolldown({
    input: path.join(root, 'packages/react/src/index.ts'),
    cwd: root,
    platform: 'browser',
    external: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@tanstack/react-query',
      /^@account-center\/client(\/.*)?$/,
    ],
    resolve: { conditionNames: ['@account-center/source', 'import', 'browser', 'default'] },
    transform: { define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) } },
    logLevel: 'silent',
  });
  const { output } = await build.generate({ format: 'esm', minify: true });
  await build.close();
  return output.map((chunk) => chunk.code ?? '').join('\n');
}

describe('development warnings', () => {
  it('are in a development bundle and not in a production one', async () => {
    const development = await bundle('development');
    expect(development).toContain('npx @account-center/doctor');
    expect(development).toContain('Related Origin Requests');
    const production = await bundle('production');
    expect(production).not.toContain('@account-center/doctor');
    expect(production).not.toContain('Related Origin Requests');
    expect(production).not.toContain('NODE_ENV');
  }, 60_000);
});
