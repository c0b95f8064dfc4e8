// Building and serving the playground for the scripts that drive it in Chromium (e2e,
// Lighthouse, screenshots): `vite build` in simulator mode by default, and `vite preview` on a
// fixed port, resolved once it answers.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const cwd = 'apps/playground';
const vite = resolve('node_modules/vite/bin/vite.js');

/**
 * `vite build` of the playground; exits the process if it fails. The default `env` empties the
 * tenant variables so a developer's `.env.local` never turns the build into real-tenant mode.
 */
export function buildPlayground({
  args = [],
  env = { VITE_LOGTO_ENDPOINT: '', VITE_LOGTO_APP_ID: '' },
  label = 'simulator mode',
  log = '▶',
} = {}) {
  console.log(`${log} building the playground, ${label} (vite build)`);
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', ...args], {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (build.status !== 0) {
    console.error(`✘ the playground build (${label}) failed`);
    process.exit(build.status ?? 1);
  }
}

async function answers(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** `vite preview` of the built playground on `port`; resolves once it answers. */
export async function previewPlayground(port, timeoutMs = 20_000) {
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--port', String(port), '--strictPort'],
    {
      cwd,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const origin = `http://localhost:${port}`;
  try {
    await answers(origin, timeoutMs);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { origin, stop: () => server.kill() };
}
