/**
 * Entry: picks the mode and loads it with a dynamic `import()`, so the main chunk holds neither
 * the simulator (and MSW) nor `@logto/react`.
 */
import { createRoot } from 'react-dom/client';
import './playground.css';
import { readMode } from './env';
import { getPreferences } from './preferences';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  getPreferences(); // applies the stored theme before the first paint of the app
  const root = createRoot(container);
  const mode = readMode();
  if (mode.kind === 'real-tenant') {
    const { mountRealTenant } = await import('./real-tenant/real-tenant-mode');
    mountRealTenant(root, mode);
  } else {
    const { mountSimulator } = await import('./simulator/simulator-mode');
    await mountSimulator(root);
  }
}

start().catch((error: unknown) => {
  console.error(error);
  const container = document.getElementById('root');
  if (container) {
    container.replaceChildren();
    const main = document.createElement('main');
    const heading = document.createElement('h1');
    heading.textContent = 'The playground could not start';
    const detail = document.createElement('p');
    detail.setAttribute('role', 'alert');
    detail.textContent = error instanceof Error ? error.message : String(error);
    main.append(heading, detail);
    container.append(main);
  }
});
