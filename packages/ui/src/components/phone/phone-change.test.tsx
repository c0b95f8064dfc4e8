import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD, allFields } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import type { SimulatedAccountOptions } from '../../test-utils/simulated-account.js';
import { PhoneChange } from './phone-change.js';

async function setup(options: SimulatedAccountOptions = {}) {
  const account = createSimulatedAccount(options);
  const screen = await render(<PhoneChange />, { wrapper: account.Wrapper });
  return { account, screen };
}

/** A user whose only sign-in identifier is a phone (a password does not count, §6.6). */
const phoneOnlyUser = {
  id: 'phoneonly001',
  username: null,
  password: 'Correct-Horse-Battery-9',
  primaryEmail: null,
  primaryPhone: '821012345678',
  identities: {},
};

describe('PhoneChange', () => {
  it('adds a phone from a country and a national number, sent as E.164 digits', async () => {
    const { account, screen } = await setup();
    const section = screen.getByRole('region', { name: 'Phone number' });
    await expect.element(section.getByText('Not set')).toBeVisible();
    await section.getByRole('button', { name: 'Add phone number' }).click();
    const country = section.getByLabelText('Country or region');
    await expect.element(country).toBeVisible();
    await country.selectOptions('KR');
    await section.getByLabelText('Phone number').fill('010-2345-6789');
    await section.getByRole('button', { name: 'Send code' }).click();
    await screen
      .getByRole('dialog')
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect
      .element(section.getByText('We sent a 6-digit code to +82 10 2345 6789.'))
      .toBeVisible();
    expect((await axe.run(document.body)).violations).toEqual([]);
    await section
      .getByLabelText('Verification code')
      .fill(account.simulator.inbox.latestCode('821023456789')!);
    await expect.element(section.getByText('+82 10 2345 6789')).toBeVisible();
    expect(account.simulator.getState().users[0]?.primaryPhone).toBe('821023456789');
  });

  it('rejects a number that cannot exist before sending anything', async () => {
    const { account, screen } = await setup();
    const section = screen.getByRole('region', { name: 'Phone number' });
    await section.getByRole('button', { name: 'Add phone number' }).click();
    await section.getByLabelText('Country or region').selectOptions('US');
    await section.getByLabelText('Phone number').fill('12');
    await userEvent.keyboard('{Enter}');
    await expect.element(section.getByText(/Enter a valid phone number/)).toBeVisible();
    expect(account.simulator.inbox.latest()).toBeUndefined();
  });

  it('takes a pasted international number and picks its country', async () => {
    const { account, screen } = await setup();
    const section = screen.getByRole('region', { name: 'Phone number' });
    await section.getByRole('button', { name: 'Add phone number' }).click();
    const number = section.getByLabelText('Phone number');
    await expect.element(number).toHaveAttribute('dir', 'ltr');
    await number.fill('+44 (0)20 7946 0958');
    await expect.element(section.getByLabelText('Country or region')).toHaveValue('GB');
    await section.getByRole('button', { name: 'Send code' }).click();
    await screen
      .getByRole('dialog')
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect
      .element(section.getByText('We sent a 6-digit code to +44 20 7946 0958.'))
      .toBeVisible();
    await section
      .getByLabelText('Verification code')
      .fill(account.simulator.inbox.latestCode('442079460958')!);
    await expect.element(section.getByText('+44 20 7946 0958')).toBeVisible();
    expect(account.simulator.getState().users[0]?.primaryPhone).toBe('442079460958');
  });

  it('says a number is too long for the chosen country, under the field', async () => {
    const { account, screen } = await setup();
    const section = screen.getByRole('region', { name: 'Phone number' });
    await section.getByRole('button', { name: 'Add phone number' }).click();
    await section.getByLabelText('Country or region').selectOptions('KR');
    const number = section.getByLabelText('Phone number');
    await number.fill('010-2345-67890');
    await userEvent.keyboard('{Enter}');
    await expect
      .element(number)
      .toHaveAccessibleDescription(
        /Enter a valid phone number: this one is too long for South Korea\./,
      );
    await expect.element(number).toHaveAttribute('aria-invalid', 'true');
    await expect.element(number).toHaveFocus();
    expect(account.simulator.inbox.latest()).toBeUndefined();
  });

  it('starts from the country of the current phone, Canada included', async () => {
    const { screen } = await setup({
      seed: { users: [{ ...phoneOnlyUser, username: 'ada', primaryPhone: '14165550123' }] },
    });
    const section = screen.getByRole('region', { name: 'Phone number' });
    await expect.element(section.getByText('+1 416-555-0123')).toBeVisible();
    await section.getByRole('button', { name: 'Change phone number' }).click();
    const country = section.getByLabelText('Country or region');
    await expect.element(country).toHaveValue('CA');
    await expect.element(country.getByRole('option', { name: 'Canada (+1)' })).toBeInTheDocument();
    await expect
      .element(country.getByRole('option', { name: 'United Kingdom (+44)' }))
      .toBeInTheDocument();
    expect(country.element().querySelectorAll('option')).toHaveLength(245);
  });

  it('leaves the last word to the server: its refusal of a number is shown', async () => {
    // 4 national digits pass the local check for Germany (no per-country rule); the server says no.
    const { account, screen } = await setup();
    const section = screen.getByRole('region', { name: 'Phone number' });
    await section.getByRole('button', { name: 'Add phone number' }).click();
    await section.getByLabelText('Country or region').selectOptions('DE');
    await section.getByLabelText('Phone number').fill('0 1234');
    await userEvent.keyboard('{Enter}');
    await screen
      .getByRole('dialog')
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect.element(section.getByText('We sent a 6-digit code to +49 1234.')).toBeVisible();
    await section
      .getByLabelText('Verification code')
      .fill(account.simulator.inbox.latestCode('491234')!);
    await expect
      .element(section.getByText(/Enter a valid phone number, including the country code\./))
      .toBeVisible();
    expect(account.simulator.getState().users[0]?.primaryPhone).toBeNull();
  });

  it('disables removal up front when the phone is provably the last identifier', async () => {
    const { screen } = await setup({ seed: { users: [phoneOnlyUser] } });
    const section = screen.getByRole('region', { name: 'Phone number' });
    await expect.element(section.getByText('+82 10 1234 5678')).toBeVisible();
    const remove = section.getByRole('button', { name: 'Remove' });
    await expect.element(remove).toBeDisabled();
    await expect
      .element(remove)
      .toHaveAccessibleDescription(
        'Add another way to sign in before removing your only phone number.',
      );
  });

  it('meets the server’s last-identifier refusal with a clear message', async () => {
    // The username is hidden (field Off), so the UI cannot prove the phone is the last one.
    const { account, screen } = await setup({
      seed: {
        users: [phoneOnlyUser],
        accountCenter: { fields: { ...allFields('Edit'), username: 'Off' } },
      },
    });
    const section = screen.getByRole('region', { name: 'Phone number' });
    const remove = section.getByRole('button', { name: 'Remove' });
    await expect.element(remove).toBeEnabled();
    await remove.click();
    const confirm = screen.getByRole('alertdialog', { name: 'Remove +82 10 1234 5678?' });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await screen
      .getByRole('dialog', { name: 'Confirm it’s you' })
      .getByLabelText('Password', { exact: true })
      .fill('Correct-Horse-Battery-9');
    await userEvent.keyboard('{Enter}');
    await expect
      .element(
        confirm.getByText('Add another way to sign in before removing your only phone number.'),
      )
      .toBeVisible();
    expect(account.simulator.getState().users[0]?.primaryPhone).toBe('821012345678');
  });
});
