// `predev`/`prebuild`: the example runs the kit's packages from their build (see next.config.ts);
// build them once when a `dist` is missing (a fresh clone), and otherwise leave them alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const repository = path.resolve(import.meta.dirname, '../../..');
const missing = ['client', 'react', 'ui', 'mock'].filter(
  (name) => !existsSync(path.join(repository, 'packages', name, 'dist/index.js')),
);
if (missing.length > 0) {
  console.log(`Building the kit's packages (no dist yet: ${missing.join(', ')})…`);
  const result = spawnSync('pnpm', ['-r', '--filter', './packages/*', 'build'], {
    cwd: repository,
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
