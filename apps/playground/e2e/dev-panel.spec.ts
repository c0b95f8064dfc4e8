/**
 * The dev panel's tenant controls (issue #13): custom profile fields of each type, branding,
 * language and policies. Each test drives the panel as a person would (labelled controls, the
 * keyboard for one of them) and waits for the drop-in `<AccountCenter/>` to show the change; axe
 * runs at the states reached. Every test has its own browser context, so its own seeded tenant.
 */
import type { Locator, Page } from '@playwright/test';
import { GITHUB_CONNECTOR_ID } from '@account-center/mock';
import { expect, test } from './fixtures';
import type { Playground } from './fixtures';

/**
 * For a part's first load (a section opened, a reload): its chunk and reads may take longer than
 * the default 5 s on a busy 2-core machine. Still a wait for state.
 */
const FIRST_LOAD = { timeout: 15_000 };

/** The drop-in account center. */
function kit(page: Page): Locator {
  return page.locator('[data-slot="account-center"]');
}

/** The kit root (`AccountCenterUiProvider`'s `<div data-ac-root>`). */
function kitRoot(page: Page): Locator {
  return page.locator('[data-ac-root]');
}

async function openSection(page: Page, name: 'Profile' | 'Security' | 'Devices'): Promise<void> {
  const item = kit(page)
    .getByRole('navigation', { name: 'Account sections' })
    .getByRole('button', { name, exact: true });
  await item.click();
  await expect(item).toHaveAttribute('aria-current', 'page');
}

function section(playground: Playground, name: string): Locator {
  return playground.devPanel.getByRole('region', { name });
}

/** The sign-in experience as the simulator holds it. */
function signInExperience(page: Page) {
  return page.evaluate(() => window.__accountCenterSimulator!.admin.getSignInExperience());
}

test.describe('dev panel: tenant controls', () => {
  test('adding a Text and a Select custom field shows them in the profile section', async ({
    page,
    playground,
    axe,
  }) => {
    await playground.goto('/');
    await openSection(page, 'Profile');
    const fields = section(playground, 'Custom fields');
    const type = fields.getByRole('combobox', { name: 'Field type' });
    const add = fields.getByRole('button', { name: 'Add field' });

    await expect(type).toHaveValue('Text');
    // From the keyboard: focus the button and press Enter.
    await add.focus();
    await page.keyboard.press('Enter');
    await type.selectOption('Select');
    await add.click();

    const selected = fields.getByRole('list', { name: 'Selected profile fields' });
    await expect(selected.getByRole('listitem')).toHaveCount(2);
    await expect(selected.getByRole('listitem').nth(0)).toContainText('Short bio');
    await expect(selected.getByRole('listitem').nth(1)).toContainText('Plan');

    const bio = kit(page).getByRole('textbox', { name: 'Short bio' });
    const plan = kit(page).getByRole('combobox', { name: 'Plan' });
    await expect(bio).toBeVisible(FIRST_LOAD);
    await expect(plan).toBeVisible();
    await expect(plan.locator('option')).toContainText(['Free', 'Pro']);
    await axe();

    // The account center's order: Plan first once moved up.
    const kitFields = kit(page).locator('[data-slot="custom-profile-fields-form"]');
    const firstLabel = kitFields.locator('label').first();
    await expect(firstLabel).toContainText('Short bio');
    await fields.getByRole('button', { name: 'Move Plan up' }).click();
    await expect(firstLabel).toContainText('Plan');
    await expect(selected.getByRole('listitem').nth(0)).toContainText('Plan');
    await expect(fields.getByRole('button', { name: 'Move Plan up' })).toBeDisabled();

    await fields.getByRole('button', { name: 'Remove Short bio' }).click();
    await expect(bio).toHaveCount(0);
    await expect(plan).toBeVisible();
    await expect(selected.getByRole('listitem')).toHaveCount(1);

    // The tenant keeps the selection across a reload (persisted simulator).
    await page.reload();
    await playground.ready();
    await expect(kit(page).getByRole('combobox', { name: 'Plan' })).toBeVisible(FIRST_LOAD);
  });

  test('one field of each of the 9 types, then every recorded field, then none', async ({
    page,
    playground,
    axe,
  }) => {
    await playground.goto('/');
    const fields = section(playground, 'Custom fields');
    const type = fields.getByRole('combobox', { name: 'Field type' });
    const types = await type
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(types).toEqual([
      'Text',
      'Number',
      'Date',
      'Checkbox',
      'Select',
      'Url',
      'Regex',
      'Fullname',
      'Address',
    ]);
    const selected = fields.getByRole('list', { name: 'Selected profile fields' });
    for (const [index, option] of types.entries()) {
      await type.selectOption(option);
      await fields.getByRole('button', { name: 'Add field' }).click();
      await expect(selected.getByRole('listitem')).toHaveCount(index + 1);
    }
    const names = await page.evaluate(() =>
      window.__accountCenterSimulator!.admin.listCustomProfileFields().map((row) => row.type),
    );
    expect(new Set(names).size).toBe(9);
    // The two composite types render as groups of their parts.
    await expect(kit(page).getByRole('group', { name: 'Address' })).toBeVisible(FIRST_LOAD);
    await expect(kit(page).getByLabel('Age', { exact: true })).toBeVisible();
    await expect(kit(page).getByLabel('Subscribe to the newsletter')).toBeVisible();
    await axe();

    await fields.getByRole('button', { name: 'Select all recorded fields' }).click();
    await expect(selected.getByRole('listitem')).toHaveCount(17);
    await fields.getByRole('button', { name: 'Clear selection' }).click();
    await expect(selected).toHaveCount(0);
    await expect(kit(page).getByRole('textbox', { name: 'Short bio' })).toHaveCount(0);
  });

  test('switching branding to tenant applies the tenant colour', async ({
    page,
    playground,
    axe,
  }) => {
    await playground.goto('/');
    const branding = section(playground, 'Branding');
    await branding.getByLabel('Primary colour', { exact: true }).fill('#1d4ed8');
    await branding.getByRole('checkbox', { name: 'Dark mode enabled' }).uncheck();
    await branding.getByRole('button', { name: 'Apply tenant branding' }).click();
    await expect
      .poll(async () => (await signInExperience(page)).color)
      .toEqual({ primaryColor: '#1d4ed8', darkPrimaryColor: '#AB9AF7', isDarkModeEnabled: false });

    const root = kitRoot(page);
    await expect(root).not.toHaveAttribute('data-branding', 'tenant');
    await branding.getByRole('radio', { name: 'Tenant (sign-in experience)' }).check();
    await expect(root).toHaveAttribute('data-branding', 'tenant', FIRST_LOAD);
    await expect(root).toHaveClass(/\bac-brand-/);
    await expect
      .poll(() =>
        root.evaluate((element) =>
          getComputedStyle(element).getPropertyValue('--ac-primary').trim().toLowerCase(),
        ),
      )
      .toBe('#1d4ed8');
    // A tenant without dark mode keeps the kit light.
    await expect(root).toHaveAttribute('data-theme', 'light');
    await axe();

    // The choice is a playground preference: it survives a reload.
    await page.reload();
    await playground.ready();
    await expect(
      branding.getByRole('radio', { name: 'Tenant (sign-in experience)' }),
    ).toBeChecked();
    await expect(root).toHaveAttribute('data-branding', 'tenant', FIRST_LOAD);

    await branding.getByRole('radio', { name: 'App (the --ac-* tokens)' }).check();
    await expect(root).not.toHaveAttribute('data-branding', 'tenant');
  });

  test('setting MFA Mandatory hides the “ask for a second step” switch', async ({
    page,
    playground,
    axe,
  }) => {
    await playground.goto('/');
    await openSection(page, 'Security');
    const ask = kit(page).getByRole('switch', { name: 'Ask for a second step when I sign in' });
    await expect(ask).toBeVisible(FIRST_LOAD);

    const policies = section(playground, 'Policies');
    const policy = policies.getByRole('combobox', { name: 'MFA policy' });
    await policy.selectOption('Mandatory');
    await expect(ask).toHaveCount(0);
    await axe();

    // A `*Mandatory` prompt policy is mandatory only with Adaptive MFA (isMfaMandatory).
    await policy.selectOption('PromptAtSignInAndSignUpMandatory');
    await expect(ask).toBeVisible();
    await policies.getByRole('checkbox', { name: 'Adaptive MFA' }).check();
    await expect(ask).toHaveCount(0);
    await policy.selectOption('UserControlled');
    await expect(ask).toBeVisible();
  });

  test('username policy, factors, language, trusted devices and platforms reach the tenant', async ({
    page,
    playground,
    axe,
  }) => {
    await playground.goto('/');
    const policies = section(playground, 'Policies');
    const username = policies.getByRole('form', { name: 'Username policy' });
    await username.getByRole('spinbutton', { name: 'Minimum length' }).fill('30');
    await username.getByRole('spinbutton', { name: 'Maximum length' }).fill('20');
    await username.getByRole('button', { name: 'Apply username policy' }).click();
    await expect(username.getByRole('alert')).toContainText('minimum ≤ maximum');
    await axe();
    await username.getByRole('spinbutton', { name: 'Minimum length' }).fill('4');
    await username.getByRole('checkbox', { name: 'Underscore' }).uncheck();
    await username.getByRole('checkbox', { name: 'Case sensitive' }).uncheck();
    await username.getByRole('button', { name: 'Apply username policy' }).click();
    await expect
      .poll(async () => (await signInExperience(page)).usernamePolicy)
      .toEqual({
        caseSensitive: false,
        minLength: 4,
        maxLength: 20,
        allowedChars: { lowercase: true, uppercase: true, numbers: true, underscore: false },
      });

    await policies.getByRole('checkbox', { name: 'Email code' }).check();
    await policies.getByRole('checkbox', { name: 'SMS code' }).check();
    await expect
      .poll(async () => (await signInExperience(page)).mfa.factors)
      .toEqual([
        'Totp',
        'WebAuthn',
        'BackupCode',
        'EmailVerificationCode',
        'PhoneVerificationCode',
      ]);

    const language = section(playground, 'Language');
    await language.getByRole('checkbox', { name: 'Detect the browser’s language' }).uncheck();
    await language.getByRole('combobox', { name: 'Fallback language' }).selectOption('de');
    await expect
      .poll(async () => (await signInExperience(page)).languageInfo)
      .toEqual({ autoDetect: false, fallbackLanguage: 'de' });
    // With the Auto locale the kit follows them: no detection, so the fallback; then the browser.
    await playground.devPanel.getByRole('combobox', { name: 'Locale' }).selectOption('auto');
    await expect(kitRoot(page)).toHaveAttribute('lang', 'de', FIRST_LOAD);
    await language.getByRole('checkbox', { name: 'Detect the browser’s language' }).check();
    await expect(kitRoot(page)).toHaveAttribute('lang', /^en\b/);

    // Trusted devices: dev features on, and the field offered; the kit lists the section.
    await policies.getByRole('checkbox', { name: 'Dev features (trusted devices)' }).check();
    await expect(policies.getByRole('combobox', { name: 'trustedDevice' })).toHaveValue('Edit');
    await openSection(page, 'Devices');
    await expect(kit(page).getByRole('heading', { name: 'Trusted devices' })).toBeVisible(
      FIRST_LOAD,
    );

    // A native-only connector is not offered in a browser.
    await openSection(page, 'Security');
    const connectGitHub = kit(page).getByRole('button', { name: 'Connect GitHub' });
    await expect(connectGitHub).toBeVisible(FIRST_LOAD);
    await policies.getByRole('combobox', { name: 'GitHub' }).selectOption('Native');
    await expect(connectGitHub).toHaveCount(0);
    await expect
      .poll(() =>
        page.evaluate(
          (id) =>
            window.__accountCenterSimulator!.simulator.getState().management?.socialPlatforms[id],
          GITHUB_CONNECTOR_ID,
        ),
      )
      .toBe('Native');
    await axe();
  });
});
