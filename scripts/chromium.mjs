// Finds a Chromium for the browser tests, and installs one when none is found.
// Order: CHROME_PATH, a chromium on the PATH, Playwright's own cached browser; then
// `playwright install chromium` where the internet is reachable, or Debian's package as root.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function onPath(name) {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found ? found : undefined;
}

async function playwrightCached() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The Chromium binary to use, or undefined when the machine has none. */
export async function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  return playwrightCached();
}

function tryRun(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: 180_000 });
  return result.status === 0;
}

/** Finds Chromium or gets one the ordinary way for this machine; exits with one line if it cannot. */
export async function ensureChromium() {
  const found = await findChromium();
  if (found) return found;
  console.log('No Chromium found; installing one for the browser tests…');
  if (tryRun('npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
    const installed = await playwrightCached();
    if (installed) return installed;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    } catch {
      // fall through to the explanation below
    }
    const installed = await findChromium();
    if (installed) return installed;
  }
  console.error(
    'Browser tests need Chromium: install it (e.g. `apt-get install chromium` or `npx playwright install chromium`) or set CHROME_PATH.',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await ensureChromium());
}
