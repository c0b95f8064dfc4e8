/**
 * The Next.js example, built for production in simulator mode: the protected page, the kit
 * rendered on the server and hydrated, its lazy sections, step-up, all under the strict CSP.
 * Any console error fails the test: CSP violations, and React's (minified) hydration errors.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@account-center/mock';

const NEW_PASSWORD = 'Lunar-Orbit-Tangent-84';

let consoleErrors: string[] = [];
test.beforeEach(({ page }) => {
  consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
});
test.afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

const kit = (page: Page): Locator => page.locator('[data-slot="account-center"]');
const announcement = (page: Page): Locator => page.locator('[data-ac-root] [role="status"]').last();

async function openAccount(page: Page): Promise<void> {
  const response = await page.goto('/account');
  // Signed out, it went through /sign-in (the simulator's demo user signs in at once).
  expect(new URL(page.url()).pathname).toBe('/account');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
}

test('/account is protected, and sign-out ends the session', async ({ page, request }) => {
  const unauthenticated = await request.get('/api/account-token', { maxRedirects: 0 });
  expect(unauthenticated.status()).toBe(401);
  const redirect = await request.get('/account', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers().location).toMatch(/\/sign-in$/);

  await openAccount(page);
  await expect(
    kit(page).getByRole('navigation', { name: 'Account sections' }).getByRole('button', {
      name: 'Profile',
    }),
  ).toHaveAttribute('aria-current', 'page');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Next.js example' })).toBeVisible();
  const token = await page.request.get('/api/account-token', { maxRedirects: 0 });
  expect(token.status()).toBe(401);
});

test('edit the profile, open Security (its lazy chunks), change the password through step-up', async ({
  page,
}) => {
  await openAccount(page);

  // Profile: server-rendered, hydrated, editable.
  const profile = kit(page).getByRole('region', { name: 'Profile' });
  const name = profile.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveValue('Ada Lovelace');
  await name.fill('Ada King');
  await profile.getByRole('button', { name: 'Save changes' }).click();
  await expect(announcement(page)).toHaveText('Your profile has been updated.');
  await page.reload();
  await expect(
    kit(page).getByRole('region', { name: 'Profile' }).getByRole('textbox', {
      name: 'Name',
      exact: true,
    }),
  ).toHaveValue('Ada King');

  // Security is its own chunk(s), fetched when the user goes there.
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().includes('/_next/static/chunks/'))
      chunks.push(request.url());
  });
  const security = kit(page)
    .getByRole('navigation', { name: 'Account sections' })
    .getByRole('button', { name: 'Security', exact: true });
  await security.click();
  await expect(security).toHaveAttribute('aria-current', 'page');
  const password = kit(page).getByRole('region', { name: 'Password' });
  await expect(password).toContainText('Password set');
  expect(chunks.length).toBeGreaterThan(0);

  // Step-up: the shared dialog (its scroll-lock <style> carries the CSP nonce).
  await password.getByRole('button', { name: 'Change password' }).click();
  const form = password.getByRole('form', { name: 'Change password' });
  await form.getByRole('textbox', { name: 'New password', exact: true }).fill(NEW_PASSWORD);
  await form.getByRole('textbox', { name: 'Confirm new password' }).fill(NEW_PASSWORD);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm it’s you' });
  const current = dialog.getByLabel('Password', { exact: true });
  await expect(current).toBeFocused();
  await current.fill(DEMO_PASSWORD);
  await current.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(announcement(page)).toHaveText(
    'Your password has been changed and your other devices have been signed out.',
  );
});
