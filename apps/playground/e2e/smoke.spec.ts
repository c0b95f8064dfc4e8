/**
 * The first journey, over what exists before the UI components: the playground starts on the
 * simulator, the dev panel changes the tenant and the page follows, the headless-hooks page
 * sends a code that the inbox shows, the fake provider page round-trips, and axe finds nothing
 * in any of these states. The full journeys join this suite with `<AccountCenter/>`.
 */
import { DEMO_EMAIL, DEMO_PASSWORD } from '@account-center/mock';
import { runAxe } from './axe';
import { expect, test } from './fixtures';

test.describe('playground smoke', () => {
  test('loads the drop-in page on the simulator with the seeded user', async ({
    page,
    playground,
    axe,
  }) => {
    await playground.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Signed-in user' })).toContainText(DEMO_EMAIL);
    await expect(page.getByRole('banner')).toContainText('Backend: Simulator');
    await axe();
  });

  test('the dev hook exists in simulator mode and reaches the same tenant', async ({
    page,
    playground,
  }) => {
    await playground.goto('/');
    const state = await page.evaluate(() => {
      const hook = window.__accountCenterSimulator;
      return hook
        ? { enabled: hook.admin.getAccountCenter().enabled, token: hook.token().length > 0 }
        : null;
    });
    expect(state).toEqual({ enabled: true, token: true });
  });

  test('switching a field Off in the dev panel is reflected on the page', async ({
    page,
    playground,
    axe,
  }) => {
    await playground.goto('/');
    const nameRow = page.getByRole('row', { name: /^name\b/ });
    await expect(nameRow.getByRole('cell').first()).toHaveText('Edit');
    await playground.devPanel
      .getByRole('combobox', { name: 'name', exact: true })
      .selectOption('Off');
    await expect(nameRow.getByRole('cell').first()).toHaveText('Off');
    await expect(page.getByRole('region', { name: 'Signed-in user' })).toContainText('Name—');
    await axe();

    // The tenant keeps the change across a reload (persisted simulator).
    await page.reload();
    await playground.ready();
    await expect(
      page
        .getByRole('row', { name: /^name\b/ })
        .getByRole('cell')
        .first(),
    ).toHaveText('Off');
  });

  test('a change made through the window hook shows in the dev panel and the page', async ({
    page,
    playground,
  }) => {
    await playground.goto('/');
    await playground.updateAccountCenter({ fields: { name: 'ReadOnly', email: 'Edit' } });
    // Fields are replaced wholesale, as in Logto: everything not sent is now Off.
    const panel = playground.devPanel;
    await expect(panel.getByRole('combobox', { name: 'name', exact: true })).toHaveValue(
      'ReadOnly',
    );
    await expect(panel.getByRole('combobox', { name: 'phone', exact: true })).toHaveValue('');
    await expect(
      page
        .getByRole('row', { name: /^phone\b/ })
        .getByRole('cell')
        .first(),
    ).toHaveText('Off');
  });

  test('ReadOnly makes the custom page’s name field read-only', async ({ page, playground }) => {
    await playground.goto('/custom');
    await playground.devPanel
      .getByRole('combobox', { name: 'name', exact: true })
      .selectOption('ReadOnly');
    await expect(page.getByLabel('Display name')).toHaveAttribute('readonly', '');
    await expect(page.getByRole('button', { name: 'Save name' })).toHaveCount(0);
  });

  test('theme and locale switches apply and persist', async ({ page, playground, axe }) => {
    await playground.goto('/');
    const panel = playground.devPanel;
    await panel.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('[data-ac-root]')).toHaveAttribute('data-theme', 'dark');
    await axe();
    await panel.getByRole('combobox', { name: 'Locale' }).selectOption('ko');
    await expect(page.locator('[data-ac-root]')).toHaveAttribute('lang', 'ko');
    await page.reload();
    await playground.ready();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(panel.getByRole('combobox', { name: 'Locale' })).toHaveValue('ko');
  });

  test('every shipped locale renders the drop-in page, right-to-left for Arabic and Persian', async ({
    page,
    playground,
    axe,
  }) => {
    await playground.goto('/');
    const select = playground.devPanel.getByRole('combobox', { name: 'Locale' });
    const locales = (
      await select
        .locator('option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
    ).filter((value) => value !== 'auto'); // the kit's own pick, driven in dev-panel.spec.ts
    expect(locales).toHaveLength(20);
    const root = page.locator('[data-ac-root]');
    for (const locale of locales.filter((value) => value !== 'en')) {
      await select.selectOption(locale);
      await expect(root).toHaveAttribute('lang', locale);
      await expect(root).toHaveAttribute('dir', /^fa|^ar/.test(locale) ? 'rtl' : 'ltr');
      // The page shows the catalogue's words, not English ones or raw keys.
      await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
      await expect(root.getByText(/^(common|profile|errors)\.[a-z]/)).toHaveCount(0);
      await axe();
    }
  });

  test('custom hooks page: email change with a code read from the inbox', async ({
    page,
    playground,
    axe,
  }) => {
    await playground.goto('/custom');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Custom account page' }),
    ).toBeVisible();
    await axe();

    const email = page.getByRole('region', { name: 'Change email' });
    await email.getByLabel('New email').fill('ada.new@example.com');
    await email.getByRole('button', { name: 'Send code' }).click();

    // Step-up first: the hooks ask the page's own prompt for the password.
    const dialog = page.getByRole('dialog', { name: 'Verify it’s you' });
    await expect(dialog).toBeVisible();
    await axe();
    await dialog.getByLabel('Password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Verify with password' }).click();
    await expect(dialog).toBeHidden();

    const code = await playground.latestCode('ada.new@example.com');
    expect(code).toMatch(/^\d{6}$/);
    // The dev panel's inbox shows the same code.
    await expect(
      playground.devPanel.getByRole('list', { name: 'Sent codes, newest first' }),
    ).toContainText(code);

    await email.getByLabel('Verification code').fill(code);
    await email.getByRole('button', { name: 'Verify and change email' }).click();
    await expect(email.getByRole('status')).toHaveText('Your email is now ada.new@example.com.');
    await expect(page.getByRole('region', { name: 'Profile' })).toContainText(
      'ada.new@example.com',
    );
    await axe();
  });

  test('an injected fault reaches the hooks as an error', async ({ page, playground, axe }) => {
    await playground.goto('/custom');
    const panel = playground.devPanel;
    await panel.getByRole('combobox', { name: 'Route' }).selectOption('PATCH /api/my-account');
    await panel.getByRole('combobox', { name: 'Fault' }).selectOption('status');
    await panel.getByRole('spinbutton', { name: 'Status' }).fill('500');
    await panel.getByRole('button', { name: 'Inject fault' }).click();
    await expect(panel.getByRole('list', { name: 'Active faults' })).toContainText(
      'PATCH /api/my-account: 500 (once)',
    );
    await axe();

    await page.getByLabel('Display name').fill('Ada King');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('region', { name: 'Profile' }).getByRole('alert')).toContainText(
      'HTTP 500',
    );
    // It was a once-fault: the retry goes through.
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('region', { name: 'Profile' }).getByRole('status')).toHaveText(
      'Name saved.',
    );
  });

  test('social link round-trips through the fake provider page and keeps the tenant', async ({
    page,
    playground,
    axe,
  }) => {
    await playground.goto('/custom');
    const social = page.getByRole('region', { name: 'Social accounts' });
    // Straight to the provider: step-up is asked once, after the return.
    await social.getByRole('button', { name: 'Link GitHub' }).click();

    await page.waitForURL('**/social-provider?**');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sign in with GitHub' }),
    ).toBeVisible();
    await axe();
    await page.getByRole('button', { name: 'Continue as Ada Lovelace' }).click();

    // Back on the callback: the provider's code and state already left the address.
    await page.waitForURL('**/callback**');
    await playground.ready();
    const dialog = page.getByRole('dialog', { name: 'Verify it’s you' });
    await expect(dialog).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/callback');
    expect(new URL(page.url()).search).toBe('');
    await dialog.getByLabel('Password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Verify with password' }).click();

    await page.waitForURL('**/custom');
    await playground.ready();
    await expect(social).toContainText('github: Ada Lovelace');
  });

  test('cancelling at the fake provider comes back to the callback with an error', async ({
    page,
    playground,
    axe,
  }) => {
    await playground.goto('/custom');
    await page
      .getByRole('region', { name: 'Social accounts' })
      .getByRole('button', { name: 'Link GitHub' })
      .click();
    await page.waitForURL('**/social-provider?**');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.waitForURL('**/callback**');
    await playground.ready();
    await expect(page.getByRole('alert')).toContainText('connector.authorization_failed');
    // Nothing to bind, so nothing to confirm.
    await expect(page.getByRole('dialog', { name: 'Verify it’s you' })).toBeHidden();
    await axe();
  });

  test('the callback page without a pending link says so', async ({ page, playground, axe }) => {
    await playground.goto('/callback');
    await expect(page.getByRole('main')).toContainText('No social link is pending.');
    await axe();
  });

  test('the not-found page and keyboard skip link are accessible', async ({
    page,
    playground,
    axe,
  }) => {
    await playground.goto('/nowhere');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await axe();
  });
});

test.describe('harness', () => {
  test('the virtual authenticator creates a passkey for rp.id localhost', async ({
    page,
    playground,
    authenticator,
  }) => {
    await playground.goto('/');
    const created = await page.evaluate(async () => {
      const credential = (await navigator.credentials.create({
        publicKey: {
          rp: { id: 'localhost', name: 'Playground' },
          user: { id: new Uint8Array([1, 2, 3, 4]), name: 'ada', displayName: 'Ada' },
          challenge: new Uint8Array(32),
          pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
          authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
        },
      })) as PublicKeyCredential | null;
      return credential?.type;
    });
    expect(created).toBe('public-key');
    expect(await authenticator.credentials()).toHaveLength(1);
  });

  test('the axe helper reports a violation it is shown', async ({ page, playground }) => {
    await playground.goto('/');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'unlabelled';
      document.querySelector('main')!.append(input);
    });
    const violations = await runAxe(page, { include: 'main' });
    expect(violations.map((violation) => violation.id)).toContain('label');
  });

  test('download capture returns the file', async ({ page, playground, captureDownload }) => {
    await playground.goto('/');
    const download = await captureDownload(() =>
      page.evaluate(() => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob(['one\ntwo\n'], { type: 'text/plain' }));
        link.download = 'backup-codes.txt';
        document.body.append(link);
        link.click();
        link.remove();
      }),
    );
    expect(download.suggestedFilename).toBe('backup-codes.txt');
    expect(await download.text()).toBe('one\ntwo\n');
  });
});
