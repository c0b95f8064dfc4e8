// `pnpm screenshots` (not part of CI): builds and serves the playground, then screenshots every
// page and each of its sections in light and dark into docs/screenshots/. Sections are the
// drop-in `<AccountCenter/>`'s pages (Profile, Security, Devices…, each opened from its
// navigation) and the playground's own `[data-screenshot]` cards; files are
// `<page>-<section>-<theme>.png` plus a full-page `<page>-<theme>.png`. The dev panel is left out
// of section shots.
//   --no-build            reuse apps/playground/dist
//   --pages /,/custom     pages to capture
//   --out <dir>           output directory (default docs/screenshots)
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { buildPlayground, previewPlayground } from './playground.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const pages = (option('--pages') ?? '/,/custom').split(',').filter(Boolean);
const outDir = resolve(option('--out') ?? 'docs/screenshots');
const port = Number(process.env.SCREENSHOTS_PORT ?? 4177);
const THEMES = ['light', 'dark'];
const SECTION_SELECTOR = 'main [data-screenshot]';
const KIT_NAV_ITEM = '[data-slot="account-center-nav-item"]';
const KIT_PAGE = '[data-slot="account-center-page"]';

if (!args.includes('--no-build')) buildPlayground();

/** Waits until requests stop, skeletons are gone and fonts are ready. */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page
    .locator('[aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
}

const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'section';
const pageName = (path) => (path === '/' ? 'drop-in' : slug(path));

const written = [];
let browser;
const preview = await previewPlayground(port);
try {
  browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
  mkdirSync(outDir, { recursive: true });
  // Regenerated wholesale: sections that disappeared must not leave stale images behind.
  for (const file of readdirSync(outDir)) if (file.endsWith('.png')) rmSync(join(outDir, file));

  for (const theme of THEMES) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
      colorScheme: theme,
      reducedMotion: 'reduce',
    });
    // The playground reads its theme from here (the dev panel writes the same key).
    await context.addInitScript((value) => {
      localStorage.setItem(
        'account-center-playground:preferences',
        JSON.stringify({ locale: 'en', theme: value }),
      );
    }, theme);
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(new URL(path, preview.origin).toString());
      await page.locator('html[data-playground]').waitFor({ state: 'attached', timeout: 20_000 });
      await settle(page);
      const name = pageName(path);
      const full = join(outDir, `${name}-${theme}.png`);
      await page.screenshot({ path: full, fullPage: true, animations: 'disabled' });
      written.push(full);

      const sections = page.locator(SECTION_SELECTOR);
      const count = await sections.count();
      const used = new Set();
      for (let index = 0; index < count; index += 1) {
        const section = sections.nth(index);
        const label =
          (await section.getAttribute('data-screenshot')) ??
          (await section
            .locator('h2, h3, [data-slot="section-title"]')
            .first()
            .textContent()
            .catch(() => null)) ??
          `section-${index + 1}`;
        let id = slug(label);
        while (used.has(id)) id = `${id}-${index + 1}`;
        used.add(id);
        const file = join(outDir, `${name}-${id}-${theme}.png`);
        await section.screenshot({ path: file, animations: 'disabled' });
        written.push(file);
      }

      // The drop-in's own sections: open each from its navigation (or the only one there is).
      const navItems = page.locator(KIT_NAV_ITEM);
      const navCount = await navItems.count();
      for (let index = 0; index < Math.max(navCount, 1); index += 1) {
        if (navCount > 0) {
          await navItems.nth(index).click();
          await settle(page);
        }
        const kitPage = page.locator(KIT_PAGE);
        if ((await kitPage.count()) === 0) break;
        const id = slug((await kitPage.getAttribute('data-section')) ?? `section-${index + 1}`);
        const file = join(outDir, `${name}-${id}-${theme}.png`);
        await kitPage.screenshot({ path: file, animations: 'disabled' });
        written.push(file);
      }
      if (navCount > 0) await navItems.first().click();
    }
    await context.close();
  }
} finally {
  await browser?.close();
  preview.stop();
}
console.log(`${written.length} screenshots in ${outDir}:`);
for (const file of written) console.log(`  ${file}`);
