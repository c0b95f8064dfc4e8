/**
 * The journeys of the drop-in `<AccountCenter/>` on `/`, driven as a person would: by roles and
 * accessible names, with the keyboard where it is natural. Each journey starts from a fresh
 * tenant (reset through the dev hook), reads codes from the simulator's inbox, and runs axe at
 * every distinct page state it reaches (dialogs, code steps, lists after a change).
 */
import type { Locator, Page } from '@playwright/test';
import {
  DEMO_EMAIL,
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  DEMO_USER_ID,
  totpCode,
} from '@account-center/mock';
import { expect, test as base } from './fixtures';
import type { Playground } from './fixtures';
import { SecretWatch } from './secret-scan';

const APP_NAME = 'Account Center playground';
const NEW_PASSWORD = 'Lunar-Orbit-Tangent-84';

const test = base.extend<{ secretScan: void }>({
  /**
   * After every journey: no token, verification record id, TOTP secret, backup code or password
   * in web storage (but the simulator's own keys), IndexedDB, the addresses shown, the console
   * or `dehydrate()` with everything included.
   */
  secretScan: [
    async ({ page }, provide, testInfo) => {
      const watch = new SecretWatch(page);
      watch.add('password', DEMO_PASSWORD);
      watch.add('password', NEW_PASSWORD);
      watch.add('TOTP secret', DEMO_TOTP_SECRET);
      await provide();
      await watch.collectFromTenant();
      const findings = await watch.scan();
      expect(
        findings,
        `secrets found after "${testInfo.title}" (${watch.secrets.size} collected)`,
      ).toEqual([]);
    },
    { auto: true },
  ],
  /**
   * `axe` once the page is still: dialogs fade and slide in (motion is allowed here), and axe
   * would measure a half-transparent dialog's contrast mid-animation.
   */
  axe: async ({ axe, page }, provide) => {
    await provide(async (options) => {
      // Finite ones only: spinners and skeletons loop forever.
      await page.waitForFunction(() =>
        document
          .getAnimations()
          .every(
            (animation) =>
              animation.playState !== 'running' ||
              animation.effect?.getComputedTiming().iterations === Infinity,
          ),
      );
      await axe(options);
    });
  },
});

/** Opens `/` on the seeded tenant: the dev hook resets it (and reloads the page). */
async function freshTenant(page: Page, playground: Playground): Promise<void> {
  await playground.goto('/');
  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate(() => window.__accountCenterSimulator!.reset()),
  ]);
  await playground.ready();
  await expect(kit(page).getByRole('navigation', { name: 'Account sections' })).toBeVisible();
}

/** The drop-in account center. */
function kit(page: Page): Locator {
  return page.locator('[data-slot="account-center"]');
}

/** Opens a section from the account navigation. */
async function openSection(page: Page, name: 'Profile' | 'Security' | 'Devices'): Promise<void> {
  const item = kit(page)
    .getByRole('navigation', { name: 'Account sections' })
    .getByRole('button', { name, exact: true });
  await item.click();
  await expect(item).toHaveAttribute('aria-current', 'page');
}

/** The kit's polite live region (announcements). */
function announcement(page: Page): Locator {
  return page.locator('[data-ac-root] [role="status"]').last();
}

/** The shared step-up dialog. */
function stepUpDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Confirm it’s you' });
}

/** Confirms identity with the password in the step-up dialog (picking the method if asked). */
async function stepUpWithPassword(page: Page, axe?: () => Promise<void>): Promise<void> {
  const dialog = stepUpDialog(page);
  await expect(dialog).toBeVisible();
  const choose = dialog.getByRole('button', { name: 'Enter your password' });
  if (await choose.isVisible()) await choose.click();
  const password = dialog.getByLabel('Password', { exact: true });
  await expect(password).toBeFocused();
  if (axe) await axe();
  await password.fill(DEMO_PASSWORD);
  await password.press('Enter');
  await expect(dialog).toBeHidden();
}

/** The simulator's current time (TOTP codes follow it, not the test machine's clock). */
function simulatorNow(page: Page): Promise<number> {
  return page.evaluate(() => window.__accountCenterSimulator!.clock.now());
}

test.describe('drop-in journeys', () => {
  test.beforeEach(async ({ page, playground }) => {
    await freshTenant(page, playground);
  });

  test('edit the profile', async ({ page, axe }) => {
    const profile = kit(page).getByRole('region', { name: 'Profile' });
    await expect(profile.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
      'Ada Lovelace',
    );
    await axe();

    await profile.getByRole('textbox', { name: 'Name', exact: true }).fill('Ada King');
    await profile.getByRole('textbox', { name: 'Nickname' }).fill('Enchantress of Numbers');
    await profile.getByRole('textbox', { name: 'City' }).fill('London');
    const save = profile.getByRole('button', { name: 'Save changes' });
    await expect(save).toBeEnabled();
    await axe();
    await save.click();

    await expect(announcement(page)).toHaveText('Your profile has been updated.');
    await expect(save).toBeDisabled();
    await axe();

    // The tenant has it, and a reload shows it.
    const user = await page.evaluate(
      (id) => window.__accountCenterSimulator!.admin.getUser(id),
      DEMO_USER_ID,
    );
    expect(user?.name).toBe('Ada King');
    expect(user?.profile).toMatchObject({
      nickname: 'Enchantress of Numbers',
      address: { locality: 'London' },
    });
    await page.reload();
    await expect(
      kit(page)
        .getByRole('region', { name: 'Profile' })
        .getByRole('textbox', { name: 'Name', exact: true }),
    ).toHaveValue('Ada King');
  });

  test('change the email with the inbox code', async ({ page, playground, axe }) => {
    const newEmail = 'ada.king@example.com';
    const email = kit(page).getByRole('region', { name: 'Email address' });
    await expect(email).toContainText(DEMO_EMAIL);
    await email.getByRole('button', { name: 'Change email address' }).click();

    const input = email.getByRole('textbox', { name: 'Email address' });
    await expect(input).toBeFocused();
    await axe();
    await input.fill(newEmail);
    await input.press('Enter');

    // Step-up first (the user has a password), then the code goes to the new address.
    await stepUpWithPassword(page, axe);
    const codeField = email.getByRole('textbox', { name: 'Verification code' });
    await expect(codeField).toBeVisible();
    await expect(email).toContainText(`We sent a 6-digit code to ${newEmail}.`);
    await axe();

    const code = await playground.latestCode(newEmail);
    expect(code).toMatch(/^\d{6}$/);
    // The sixth digit submits the code.
    await codeField.fill(code);

    await expect(announcement(page)).toHaveText(`Your email address is now ${newEmail}.`);
    await expect(email).toContainText(newEmail);
    await expect(email).not.toContainText(DEMO_EMAIL);
    await axe();
  });

  test('change the password through step-up', async ({ page, playground, axe }) => {
    await openSection(page, 'Security');
    const password = kit(page).getByRole('region', { name: 'Password' });
    await expect(password).toContainText('Password set');
    await password.getByRole('button', { name: 'Change password' }).click();

    const form = password.getByRole('form', { name: 'Change password' });
    const next = form.getByRole('textbox', { name: 'New password', exact: true });
    await expect(next).toBeFocused();
    await expect(form.getByRole('list', { name: 'Your password must:' })).toBeVisible();
    await axe();
    await next.fill(NEW_PASSWORD);
    await form.getByRole('textbox', { name: 'Confirm new password' }).fill(NEW_PASSWORD);
    await expect(
      form.getByRole('checkbox', { name: 'Sign out of all other devices' }),
    ).toBeChecked();
    await axe();
    await form.getByRole('button', { name: 'Save', exact: true }).click();

    // Step-up on save, with a code sent to the primary email this time.
    const dialog = stepUpDialog(page);
    await expect(dialog.getByRole('textbox', { name: 'Password' })).toBeFocused();
    await axe();
    await dialog.getByRole('button', { name: 'Use another method' }).click();
    const email = dialog.getByRole('button', { name: `Get a code at ${DEMO_EMAIL}` });
    await expect(email).toBeVisible();
    await axe();
    await email.click();
    const code = dialog.getByRole('textbox', { name: 'Verification code' });
    await expect(code).toBeVisible();
    await axe();
    await code.fill(await playground.latestCode(DEMO_EMAIL));
    await expect(dialog).toBeHidden();

    await expect(announcement(page)).toHaveText(
      'Your password has been changed and your other devices have been signed out.',
    );
    await expect(password).toContainText('Password set');
    await axe();

    // The simulator accepts the new password (a step-up with it passes) and not the old one.
    const verified = await page.evaluate(
      async (candidates) => {
        const hook = window.__accountCenterSimulator!;
        const results: number[] = [];
        for (const value of candidates) {
          const response = await fetch('/api/verifications/password', {
            method: 'POST',
            headers: {
              authorization: `Bearer ${hook.token()}`,
              'content-type': 'application/json',
            },
            body: JSON.stringify({ password: value }),
          });
          results.push(response.status);
        }
        return results;
      },
      [NEW_PASSWORD, DEMO_PASSWORD],
    );
    expect(verified[0]).toBeLessThan(300);
    expect(verified[1]).toBeGreaterThanOrEqual(400);
  });

  test('register, rename and delete a passkey', async ({ page, authenticator, axe }) => {
    await openSection(page, 'Security');
    const passkeys = kit(page).getByRole('region', { name: 'Passkeys' });
    await expect(passkeys).toContainText('No passkeys yet.');
    await passkeys.getByRole('button', { name: 'Add a passkey' }).click();
    await stepUpWithPassword(page, axe);

    // Identity confirmed: the OS prompt opens from the next click (user activation), and the
    // virtual authenticator answers it (user verified).
    await expect(passkeys).toContainText('Your identity is confirmed.');
    const create = passkeys.getByRole('button', { name: 'Create passkey' });
    await expect(create).toBeEnabled();
    await axe();
    await create.click();

    // Named inline, prefilled with this browser and OS.
    await expect(passkeys).toContainText('Name your new passkey');
    const name = passkeys.getByRole('textbox', { name: 'Passkey name' });
    await expect(name).toHaveValue(/ on /);
    await axe();
    await name.fill('Work laptop');
    await name.press('Enter');
    await expect(name).toBeHidden();
    expect(await authenticator.credentials()).toHaveLength(1);

    const list = passkeys.getByRole('list', { name: 'Your passkeys' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText('Work laptop');
    await expect(announcement(page)).toHaveText('Passkey added.');
    // The first second factor offers backup codes; not now.
    await expect(passkeys).toContainText('Get backup codes');
    await axe();
    await passkeys.getByRole('button', { name: 'Not now' }).click();
    await expect(passkeys).not.toContainText('Get backup codes');

    // Rename inline.
    await list.getByRole('button', { name: 'Rename Work laptop' }).click();
    const rename = passkeys.getByRole('textbox', { name: 'Rename passkey' });
    await expect(rename).toBeFocused();
    await expect(rename).toHaveValue('Work laptop');
    await rename.fill('');
    await rename.press('Enter');
    await expect(passkeys).toContainText('Enter a name for this passkey.');
    await axe();
    await rename.fill('Desk key');
    await rename.press('Enter');
    await expect(announcement(page)).toHaveText('Passkey renamed.');
    await expect(list).toContainText('Desk key');
    await axe();

    // Remove, confirming.
    await list.getByRole('button', { name: 'Remove Desk key' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove Desk key?' });
    await expect(confirm).toBeVisible();
    await axe();
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await expect(announcement(page)).toHaveText('Desk key has been removed.');
    await expect(passkeys).toContainText('No passkeys yet.');
    await axe();
  });

  test('bind TOTP with a computed code', async ({ page, axe }) => {
    await openSection(page, 'Security');
    const totp = kit(page).getByRole('region', { name: 'Authenticator app' });
    await totp.getByRole('button', { name: 'Set up authenticator app' }).click();
    await stepUpWithPassword(page, axe);

    // The QR code first; the key when the user can't scan.
    await expect(
      totp.getByRole('img', { name: 'QR code for your authenticator app' }),
    ).toBeVisible();
    await axe();
    await totp.getByRole('button', { name: 'Can’t scan? Enter the key instead' }).click();
    const key = totp.getByText(/^[A-Z2-7]{4}(?: [A-Z2-7]{1,4})+$/);
    await expect(key).toBeVisible();
    await expect(totp).toContainText(`Your app will list it as ${APP_NAME} (${DEMO_EMAIL}).`);
    await axe();

    const secret = (await key.innerText()).replaceAll(/\s/g, '');
    const codeField = totp.getByRole('textbox', { name: '6-digit code from the app' });
    // A wrong code first: said under the field, which is cleared and focused.
    await codeField.fill('000000');
    await expect(codeField).toHaveValue('');
    await expect(codeField).toBeFocused();
    await expect(codeField).toHaveAttribute('aria-invalid', 'true');
    await axe();

    await codeField.fill(await totpCode(secret, await simulatorNow(page)));
    await expect(announcement(page)).toHaveText('Authenticator app set up.');
    await expect(totp).toContainText('Get backup codes');
    await axe();
    await totp.getByRole('button', { name: 'Not now' }).click();
    await expect(totp.getByRole('button', { name: 'Replace authenticator app' })).toBeVisible();
    await expect(totp.getByRole('button', { name: 'Remove authenticator app' })).toBeVisible();
    await axe();
  });

  test('generate, download, bind and view backup codes', async ({ page, axe, captureDownload }) => {
    // An authenticator app exists already (set up by the admin hook): backup codes are allowed.
    await page.evaluate(
      async ({ id, key }) => {
        const hook = window.__accountCenterSimulator!;
        const user = hook.admin.getUser(id)!;
        hook.admin.updateUser(id, {
          mfaVerifications: [
            ...user.mfaVerifications,
            { id: 'e2e-totp', type: 'Totp', createdAt: new Date().toISOString(), key },
          ],
        });
        await hook.refresh();
      },
      { id: DEMO_USER_ID, key: DEMO_TOTP_SECRET },
    );
    await openSection(page, 'Security');
    const backup = kit(page).getByRole('region', { name: 'Backup codes' });
    await expect(backup).toContainText('No backup codes yet.');
    await backup.getByRole('button', { name: 'Generate backup codes' }).click();
    await stepUpWithPassword(page, axe);

    const codes = backup.getByRole('list', { name: 'Your backup codes' });
    await expect(codes.getByRole('listitem')).toHaveCount(10);
    const shown = (await codes.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
    await axe();

    const download = await captureDownload(() =>
      backup.getByRole('button', { name: 'Download codes' }).click(),
    );
    expect(download.suggestedFilename).toBe(
      'account-center-playground-backup-codes-ada-example.com.txt',
    );
    const text = await download.text();
    const lines = text.split('\n');
    expect(lines[0]).toBe(`Backup codes for ${APP_NAME} (${DEMO_EMAIL})`);
    expect(lines[1]).toMatch(/^Generated /);
    for (const code of shown) expect(lines).toContain(code);

    // Binding needs the "saved" confirmation first.
    const activate = backup.getByRole('button', { name: 'Turn on these codes' });
    await activate.click();
    await expect(backup).toContainText('Confirm that you’ve saved the codes first.');
    await axe();
    await backup.getByRole('checkbox', { name: 'I’ve saved these codes' }).check();
    await activate.click();
    await expect(announcement(page)).toHaveText('Backup codes are ready.');
    await expect(backup).toContainText('10 codes left');
    await axe();

    // View the stored set (step-up is still fresh).
    await backup.getByRole('button', { name: 'Show codes' }).click();
    const stored = backup.getByRole('list', { name: 'Your backup codes' });
    await expect(stored.getByRole('listitem')).toHaveCount(10);
    for (const code of shown) await expect(stored).toContainText(`${code}`);
    await expect(stored.getByRole('listitem').first()).toContainText('Not used');
    await axe();

    // Hidden again: the codes leave the page and every cache (the secret scan checks after this).
    await backup.getByRole('button', { name: 'Hide codes' }).click();
    await expect(backup.getByRole('list', { name: 'Your backup codes' })).toHaveCount(0);
  });

  test('link and unlink a social account through the simulator provider', async ({
    page,
    playground,
    axe,
  }) => {
    await openSection(page, 'Security');
    const social = kit(page).getByRole('region', { name: 'Connected accounts' });
    const accounts = social.getByRole('list', { name: 'Sign-in accounts' });
    await expect(accounts).toContainText('GitHubNot connected');
    await axe();
    // Straight to the provider: step-up is asked once, after the return, before the bind.
    await accounts.getByRole('button', { name: 'Connect GitHub' }).click();

    await page.waitForURL('**/social-provider?**');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sign in with GitHub' }),
    ).toBeVisible();
    await axe();
    await page.getByRole('button', { name: 'Continue as Ada Lovelace' }).click();

    // Back on the drop-in, in Security, where the link finishes after "Confirm it's you".
    await page.waitForURL((url) => url.pathname === '/');
    await playground.ready();
    await stepUpWithPassword(page, axe);
    const securityItem = kit(page)
      .getByRole('navigation', { name: 'Account sections' })
      .getByRole('button', { name: 'Security' });
    await expect(securityItem).toHaveAttribute('aria-current', 'page');
    await expect(social.getByText('GitHub connected.')).toBeVisible();
    const github = accounts.getByRole('listitem').filter({ hasText: 'GitHub' });
    await expect(github).toContainText('Connected');
    await expect(accounts.getByRole('button', { name: 'Disconnect GitHub' })).toBeVisible();
    // The provider's parameters are gone from the address.
    expect(new URL(page.url()).search).toBe('');
    await axe();

    // Unlink, confirming.
    await accounts.getByRole('button', { name: 'Disconnect GitHub' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Disconnect GitHub?' });
    await expect(confirm).toBeVisible();
    await axe();
    await confirm.getByRole('button', { name: 'Disconnect' }).click();
    await expect(announcement(page)).toHaveText('GitHub disconnected.');
    await expect(accounts.getByRole('button', { name: 'Connect GitHub' })).toBeVisible();
    await axe();
  });

  test('revoke a session', async ({ page, axe }) => {
    // To Devices with the keyboard: the navigation's arrow keys, End, then Enter.
    const nav = kit(page).getByRole('navigation', { name: 'Account sections' });
    await nav.getByRole('button', { name: 'Profile' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(nav.getByRole('button', { name: 'Security' })).toBeFocused();
    await page.keyboard.press('End');
    const devicesItem = nav.getByRole('button', { name: 'Devices' });
    await expect(devicesItem).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(devicesItem).toHaveAttribute('aria-current', 'page');
    const devices = kit(page).getByRole('region', { name: 'Devices' });
    await axe();
    await devices.getByRole('button', { name: 'Verify to view your sessions' }).click();
    await stepUpWithPassword(page, axe);

    const list = devices.getByRole('list', { name: 'Signed-in devices' });
    const items = list.getByRole('listitem');
    await expect(items.first()).toBeVisible();
    const before = await items.count();
    expect(before).toBeGreaterThan(1);
    await expect(list).toContainText('This device');
    await axe();

    // Sign out of the first device that is not this one.
    const other = items.filter({ hasNotText: 'This device' }).first();
    const signOut = other.getByRole('button', { name: /^Sign out of / });
    const label = (await signOut.getAttribute('aria-label')) ?? '';
    const device = label.replace(/^Sign out of /, '');
    await signOut.click();
    const confirm = page.getByRole('alertdialog', { name: `Sign out of ${device}?` });
    await expect(confirm).toBeVisible();
    await axe();
    await confirm.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(announcement(page)).toHaveText(`Signed out of ${device}.`);
    await expect(items).toHaveCount(before - 1);
    await axe();
  });
});
