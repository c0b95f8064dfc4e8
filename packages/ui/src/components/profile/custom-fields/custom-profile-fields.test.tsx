import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { ReactNode } from 'react';
import type { MessageOverrides } from '../../../i18n/types.js';
import { AccountCenterUiProvider } from '../../../provider/account-center-ui-provider.js';
import { createSimulatedAccount } from '../../../test-utils/simulated-account.js';
import { AccountCenter } from '../../account-center/account-center.js';
import { ProfileFormSwitch } from './profile-form-switch.js';
import { APP_OWNED, customFieldsTenant } from './test-fixtures.js';
import type { CustomFieldsTenantOptions } from './test-fixtures.js';

const exact = { exact: true } as const;

async function setup(options: CustomFieldsTenantOptions & { messages?: MessageOverrides } = {}) {
  const { messages, ...tenant } = options;
  // Every request the page sends, so a test can say "nothing was sent".
  const sent: string[] = [];
  let simulated: typeof fetch = () => Promise.reject(new Error('not ready'));
  const account = createSimulatedAccount(
    customFieldsTenant({
      ...tenant,
      provider: {
        fetch: (input, init) => {
          const request = new Request(input, init);
          sent.push(`${request.method} ${new URL(request.url).pathname}`);
          return simulated(input, init);
        },
      },
    }),
  );
  simulated = account.fetch;
  const Wrapper = ({ children }: { children?: ReactNode }) => (
    <account.Wrapper>
      {messages ? (
        <AccountCenterUiProvider locale={options.locale ?? 'en'} messages={messages}>
          {children}
        </AccountCenterUiProvider>
      ) : (
        children
      )}
    </account.Wrapper>
  );
  const screen = await render(<ProfileFormSwitch />, { wrapper: Wrapper });
  const writes = () => sent.filter((line) => line.startsWith('PATCH'));
  const user = () => account.simulator.getState().users[0]!;
  return { account, screen, writes, user };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ProfileFormSwitch with the tenant’s custom profile fields', () => {
  it('shows exactly the selected fields of all 9 types, in the account center’s order, with their labels', async () => {
    const { screen } = await setup();
    const form = screen.getByRole('region', { name: 'Profile' });
    await expect.element(form.getByLabelText('Plan')).toBeVisible();

    const labels = [
      ...document.querySelectorAll<HTMLElement>(
        '[data-slot="custom-profile-fields-form"] :is(label, legend)',
      ),
    ].map((element) => element.textContent);
    expect(labels).toEqual([
      'Plan',
      // Fullname: no catalogue label → Logto's own; its parts likewise (middleName is disabled).
      'Full name',
      'First name',
      'Last name',
      'Short bio',
      'Subscribe to the newsletter',
      'Age',
      'Address',
      // The catalogue's part label wins over Logto's.
      'Street',
      'City',
      'Postal code',
      'Country',
      'Employee ID',
      'Portfolio',
      'Anniversary',
    ]);
    // Each control is the one its type calls for, with its stored value.
    await expect.element(form.getByRole('combobox', { name: 'Plan' })).toHaveValue('');
    await expect
      .element(form.getByRole('checkbox', { name: 'Subscribe to the newsletter' }))
      .toBeChecked();
    await expect.element(form.getByRole('textbox', { name: 'Short bio' })).toHaveValue('hello');
    await expect.element(form.getByRole('textbox', { name: 'First name' })).toHaveValue('Ada');
    await expect.element(form.getByRole('group', { name: 'Address' })).toBeVisible();
    await expect.element(form.getByText('Format: dd.MM.yyyy')).toBeVisible();
    expect(
      form.getByRole('combobox', { name: 'Country' }).getByRole('option').elements(),
    ).toHaveLength(3);
    // `name` and `avatar` are not selected: no rows for them. The username keeps its own row.
    expect(form.getByLabelText('Name', exact).elements()).toHaveLength(0);
    await expect.element(screen.getByRole('region', { name: 'Username' })).toBeVisible();
    expect((await axe.run(document.body)).violations).toEqual([]);
  });

  it('keeps the built-in profile form when the tenant selected no fields', async () => {
    const { screen } = await setup({ names: null });
    const form = screen.getByRole('region', { name: 'Profile' });
    await expect.element(form.getByLabelText('Name', exact)).toBeVisible();
    await expect.element(form.getByLabelText('Nickname')).toBeVisible();
    expect(document.querySelector('[data-slot="custom-profile-fields"]')).toBeNull();
  });

  it('refuses invalid values with localized messages under each field, sends nothing, keeps what was typed and focuses the first', async () => {
    const { screen, writes, user } = await setup({ locale: 'fr' });
    const form = screen.getByRole('region', { name: 'Profil' });
    const bio = form.getByRole('textbox', { name: 'Short bio' });
    await expect.element(bio).toBeVisible();
    await bio.fill('x');
    await form.getByRole('textbox', { name: 'Age' }).fill('12');
    await form.getByRole('textbox', { name: 'Employee ID' }).fill('E-1');
    await form.getByRole('textbox', { name: 'Portfolio' }).fill('ftp://ada.example');
    await form.getByRole('textbox', { name: 'Anniversary' }).fill('2020-02-14');
    // A built-in part without a catalogue label: Logto's own label, in French.
    await form.getByRole('textbox', { name: 'Code postal' }).fill('nw1');
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();

    // The first field in the form's order with a problem: the required Plan left empty.
    const plan = form.getByRole('combobox', { name: 'Plan' });
    await expect.element(plan).toHaveFocus();
    await expect.element(plan).toHaveAttribute('aria-invalid', 'true');
    await expect.element(plan).toHaveAccessibleDescription(/Choisissez|obligatoire/);
    await expect.element(bio).toHaveAccessibleDescription(/Utilisez au moins 2 caractères/);
    await expect
      .element(form.getByRole('textbox', { name: 'Age' }))
      .toHaveAccessibleDescription(/supérieur ou égal à 18/);
    await expect
      .element(form.getByRole('textbox', { name: 'Employee ID' }))
      .toHaveAccessibleDescription(/format requis/);
    await expect
      .element(form.getByRole('textbox', { name: 'Portfolio' }))
      .toHaveAccessibleDescription(/http:\/\/ ou https:\/\//);
    await expect
      .element(form.getByRole('textbox', { name: 'Anniversary' }))
      .toHaveAccessibleDescription(/au format dd\.MM\.yyyy/);
    await expect
      .element(form.getByRole('textbox', { name: 'Code postal' }))
      .toHaveAttribute('aria-invalid', 'true');
    // Address parts required once one is filled: street, city and country.
    await expect
      .element(form.getByRole('textbox', { name: 'Street' }))
      .toHaveAccessibleDescription(/obligatoire/);
    await expect.element(bio).toHaveValue('x');
    await expect.element(form.getByRole('textbox', { name: 'Age' })).toHaveValue('12');
    expect(writes()).toEqual([]);
    expect(user().customData).toEqual({ ...APP_OWNED, bio: 'hello' });
  });

  it('saves valid values where Logto stores them and keeps the app’s own customData keys', async () => {
    const { screen, writes, user } = await setup();
    const form = screen.getByRole('region', { name: 'Profile' });
    const plan = form.getByRole('combobox', { name: 'Plan' });
    await expect.element(plan).toBeVisible();
    await plan.selectOptions('Pro');
    await form.getByRole('textbox', { name: 'Last name' }).fill('King');
    await form.getByRole('textbox', { name: 'Short bio' }).fill('hi there');
    await form.getByRole('textbox', { name: 'Age' }).fill('36');
    // Keyboard, as a person would: back to the checkbox, Space unticks it.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    const newsletter = form.getByRole('checkbox', { name: 'Subscribe to the newsletter' });
    await expect.element(newsletter).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect.element(newsletter).not.toBeChecked();
    await form.getByRole('textbox', { name: 'Street' }).fill('1 Main St');
    await form.getByRole('textbox', { name: 'City' }).fill('London');
    await form.getByRole('textbox', { name: 'Postal code' }).fill('NW1 6XE');
    await form.getByRole('combobox', { name: 'Country' }).selectOptions('France');
    await form.getByRole('textbox', { name: 'Employee ID' }).fill('EMP-1815');
    await form.getByRole('textbox', { name: 'Portfolio' }).fill('https://ada.example/work');
    const anniversary = form.getByRole('textbox', { name: 'Anniversary' });
    await anniversary.fill('14.02.2020');
    await userEvent.keyboard('{Enter}');

    // The button is disabled while the save is pending too: wait for the server's state.
    await expect
      .poll(() => user().customData)
      .toEqual({
        ...APP_OWNED,
        plan: 'pro',
        bio: 'hi there',
        newsletter: false,
        age: 36,
        employeeId: 'EMP-1815',
        portfolio: 'https://ada.example/work',
        // The date as typed in the field's own pattern, the string Logto's page writes.
        anniversary: '14.02.2020',
      });
    expect(user().profile).toMatchObject({
      givenName: 'Ada',
      familyName: 'King',
      address: {
        streetAddress: '1 Main St',
        locality: 'London',
        postalCode: 'NW1 6XE',
        country: 'FR',
      },
    });
    expect(writes()).toEqual(['PATCH /api/my-account/profile', 'PATCH /api/my-account']);

    // A second save of one field keeps every other key, the app's own included.
    await form.getByRole('textbox', { name: 'Short bio' }).fill('bye now');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => user().customData)
      .toMatchObject({ ...APP_OWNED, bio: 'bye now', plan: 'pro', age: 36 });
    await expect.element(form.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    // The stored date reads back in the field's pattern.
    await expect.element(anniversary).toHaveValue('14.02.2020');
  });

  it('uses the app’s per-locale overrides for labels and option labels', async () => {
    const { screen } = await setup({
      messages: {
        customFields: {
          bio: { label: 'About you', description: 'Two to ten characters.' },
          plan: { options: { pro: 'Professional' } },
          address: { parts: { postalCode: { label: 'ZIP code' } } },
        },
      },
    });
    const form = screen.getByRole('region', { name: 'Profile' });
    await expect
      .element(form.getByRole('textbox', { name: 'About you' }))
      .toHaveAccessibleDescription('Two to ten characters.');
    await expect.element(form.getByRole('option', { name: 'Professional' })).toBeInTheDocument();
    await expect.element(form.getByRole('textbox', { name: 'ZIP code' })).toBeVisible();
  });

  it('shows ReadOnly fields as values with no control', async () => {
    const { screen } = await setup({ levels: { customData: 'ReadOnly' } });
    const form = screen.getByRole('region', { name: 'Profile' });
    await expect.element(form.getByRole('textbox', { name: 'First name' })).toBeVisible();
    const bio = document.querySelector('[data-slot="profile-field-bio"]');
    expect(bio?.getAttribute('data-state')).toBe('readonly');
    expect(bio?.textContent).toContain('hello');
    expect(form.getByRole('textbox', { name: 'Short bio' }).elements()).toHaveLength(0);
    expect((await axe.run(document.body)).violations).toEqual([]);
  });

  it('names a missing custom_data scope instead of a generic error, and warns the developer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const scopes = ['openid', 'profile', 'email', 'phone', 'address', 'identities'];
    const { screen, user } = await setup({ token: { scopes } });
    const form = screen.getByRole('region', { name: 'Profile' });
    await form.getByRole('combobox', { name: 'Plan' }).selectOptions('Pro');
    await form.getByRole('textbox', { name: 'Short bio' }).fill('hi there');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .element(form.getByText('This app isn’t allowed to change Plan and Short bio.'))
      .toBeVisible();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"custom_data" scope'));
    expect(user().customData).toEqual({ ...APP_OWNED, bio: 'hello' });
    await expect.element(form.getByRole('textbox', { name: 'Short bio' })).toHaveValue('hi there');
  });

  it('is what the drop-in’s profile section shows', async () => {
    const account = createSimulatedAccount(customFieldsTenant());
    const screen = await render(<AccountCenter />, { wrapper: account.Wrapper });
    const form = screen.getByRole('region', { name: 'Profile' });
    await expect.element(form.getByRole('combobox', { name: 'Plan' })).toBeVisible();
    await expect.element(form.getByRole('group', { name: 'Full name' })).toBeVisible();
    expect(form.getByLabelText('Name', exact).elements()).toHaveLength(0);
  });

  it('names a missing address scope when the address is refused, and saves nothing else', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const scopes = ['openid', 'profile', 'email', 'phone', 'custom_data', 'identities'];
    const { screen, user } = await setup({ token: { scopes } });
    const form = screen.getByRole('region', { name: 'Profile' });
    await form.getByRole('combobox', { name: 'Plan' }).selectOptions('Pro');
    await form.getByRole('textbox', { name: 'Street' }).fill('1 Main St');
    await form.getByRole('textbox', { name: 'City' }).fill('London');
    await form.getByRole('combobox', { name: 'Country' }).selectOptions('France');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.element(form.getByText('This app isn’t allowed to change Address.')).toBeVisible();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"address" scope'));
    expect(user().profile.address).toBeUndefined();
    expect(user().customData).toEqual({ ...APP_OWNED, bio: 'hello' });
    await expect.element(form.getByRole('textbox', { name: 'Street' })).toHaveValue('1 Main St');
  });
});
