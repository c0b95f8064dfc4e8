/**
 * Two tabs of one user (two pages in one browser context, sharing the simulated tenant through
 * `localStorage`): a change in one shows in the other within a moment and without a reload, and
 * a sign-out carries over. The playground never refetches for another tab: the kit's
 * `BroadcastChannel` says what to re-read.
 */
import type { Page } from '@playwright/test';
import { DEMO_EMAIL, DEMO_PASSWORD } from '@account-center/mock';
import { Playground, expect, test } from './fixtures';

/** Marks the page's document: still there afterwards = no reload happened. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as Window & { __sameDocument?: boolean }).__sameDocument = true;
  });
}

const sameDocument = (page: Page) =>
  page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument === true);

/** Two tabs on `/` on the seeded tenant. */
async function twoTabs(page: Page, playground: Playground): Promise<[Page, Page]> {
  await playground.goto('/');
  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate(() => window.__accountCenterSimulator!.reset()),
  ]);
  await playground.ready();
  const other = await page.context().newPage();
  await new Playground(other).goto('/');
  for (const tab of [page, other]) {
    await expect(
      tab.locator('[data-slot="account-center"]').getByRole('navigation', {
        name: 'Account sections',
      }),
    ).toBeVisible();
  }
  return [page, other];
}

/** The signed-in user's name as the kit sees it, in the dev panel. */
function kitName(page: Page) {
  return new Playground(page).devPanel
    .getByRole('region', { name: 'Signed-in user' })
    .locator('dt:text-is("Name") + dd');
}

test.describe('two tabs', () => {
  test('a profile change in one tab shows in the other without a reload', async ({
    page,
    playground,
  }, testInfo) => {
    const [first, second] = await twoTabs(page, playground);
    await expect(kitName(second)).toHaveText('Ada Lovelace');
    await markDocument(second);

    const profile = first
      .locator('[data-slot="account-center"]')
      .getByRole('region', { name: 'Profile' });
    await profile.getByRole('textbox', { name: 'Name', exact: true }).fill('Ada King');
    await profile.getByRole('button', { name: 'Save changes' }).click();
    await expect(first.locator('[data-ac-root] [role="status"]').last()).toHaveText(
      'Your profile has been updated.',
    );
    const saved = Date.now();

    await expect(kitName(second)).toHaveText('Ada King');
    testInfo.annotations.push({
      type: 'other tab updated after (ms, incl. polling)',
      description: String(Date.now() - saved),
    });
    expect(await sameDocument(second)).toBe(true);
  });

  test('an email change in one tab shows in the other’s drop-in', async ({ page, playground }) => {
    const [first, second] = await twoTabs(page, playground);
    await markDocument(second);
    const newEmail = 'ada.king@example.com';
    const emailIn = (tab: Page) =>
      tab.locator('[data-slot="account-center"]').getByRole('region', { name: 'Email address' });
    await expect(emailIn(second)).toContainText(DEMO_EMAIL);

    const email = emailIn(first);
    await email.getByRole('button', { name: 'Change email address' }).click();
    const input = email.getByRole('textbox', { name: 'Email address' });
    await input.fill(newEmail);
    await input.press('Enter');
    const dialog = first.getByRole('dialog', { name: 'Confirm it’s you' });
    const choose = dialog.getByRole('button', { name: 'Enter your password' });
    await expect(dialog).toBeVisible();
    if (await choose.isVisible()) await choose.click();
    await dialog.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await dialog.getByLabel('Password', { exact: true }).press('Enter');
    await email
      .getByRole('textbox', { name: 'Verification code' })
      .fill(await playground.latestCode(newEmail));
    await expect(email).toContainText(newEmail);

    await expect(emailIn(second)).toContainText(newEmail);
    await expect(emailIn(second)).not.toContainText(DEMO_EMAIL);
    expect(await sameDocument(second)).toBe(true);
  });

  test('a sign-out in one tab carries over to the other', async ({ page, playground }) => {
    const [first, second] = await twoTabs(page, playground);
    await markDocument(second);

    await first.getByRole('button', { name: 'Sign out' }).click();
    await expect(first.getByRole('heading', { level: 1, name: 'You’re signed out' })).toBeVisible();
    await expect(
      second.getByRole('heading', { level: 1, name: 'You’re signed out' }),
    ).toBeVisible();
    expect(await sameDocument(second)).toBe(true);

    // Signing in again works (a new token for the demo user).
    await Promise.all([
      second.waitForEvent('load'),
      second.getByRole('button', { name: 'Sign in again' }).click(),
    ]);
    await expect(kitName(second)).toHaveText('Ada Lovelace');
  });
});
