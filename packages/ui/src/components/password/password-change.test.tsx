import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { accountKeys } from '@account-center/react';
import {
  DEMO_PASSWORD,
  VERIFICATION_RECORD_LIFETIME_MS,
  allFields,
  socialOnlyUserSeed,
} from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import type { SimulatedAccountOptions } from '../../test-utils/simulated-account.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { PasswordChange } from './password-change.js';

async function setup(options: SimulatedAccountOptions = {}) {
  const account = createSimulatedAccount(options);
  const screen = await render(
    <>
      <VerificationDialog />
      <PasswordChange />
    </>,
    { wrapper: account.Wrapper },
  );
  const stepUp = () => screen.getByRole('dialog', { name: 'Confirm it’s you' });
  /**
   * Confirm with the current password in the step-up dialog. `fill` replaces whatever the field
   * holds, so reaching a prompt early (the previous one still answering) cannot double it.
   */
  const passStepUp = async () => {
    await stepUp().getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
    await stepUp().getByRole('button', { name: 'Verify' }).click();
  };
  return { ...account, screen, stepUp, passStepUp };
}

const STRONG = 'Violet-Harbor-Lantern-58';

describe('PasswordChange', () => {
  it('lets a social-only user set a first password with no step-up', async () => {
    const { screen, simulator, stepUp } = await setup({ seed: { users: [socialOnlyUserSeed()] } });
    await expect.element(screen.getByText('No password set')).toBeVisible();
    await screen.getByRole('button', { name: 'Set password' }).click();
    const input = screen.getByLabelText('New password', { exact: true });
    await expect.element(input).toHaveFocus();
    // Rules are listed before typing.
    await expect
      .element(screen.getByRole('list', { name: 'Your password must:' }))
      .toHaveTextContent(/at least 8 characters/);
    await userEvent.type(input, STRONG);
    await userEvent.type(screen.getByLabelText('Confirm new password', { exact: true }), STRONG);
    // No sessions option: this user cannot pass step-up to list them.
    expect(screen.getByRole('checkbox').elements()).toHaveLength(0);
    await screen.getByRole('button', { name: 'Save' }).click();
    await expect.element(screen.getByText('Your password has been set.')).toBeVisible();
    expect(stepUp().elements()).toHaveLength(0);
    await expect.element(screen.getByText('Password set', { exact: true })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Change password' })).toHaveFocus();
    expect(simulator.getState().users[0]?.passwordHash).toBeTruthy();
  });

  it('checks the rules live, maps the server issues and same-password, then signs out other devices', async () => {
    const { screen, simulator, passStepUp } = await setup();
    await screen.getByRole('button', { name: 'Change password' }).click();
    const input = screen.getByLabelText('New password', { exact: true });
    const confirm = screen.getByLabelText('Confirm new password', { exact: true });

    await userEvent.type(input, 'abc');
    const tooShort = screen.getByRole('listitem').filter({ hasText: 'at least 8 characters' });
    await expect.element(tooShort).toHaveAttribute('data-state', 'unmet');

    await userEvent.clear(input);
    await userEvent.type(input, '123');
    await userEvent.type(confirm, '123');
    await screen.getByRole('button', { name: 'Save' }).click();

    // Step-up first (the user has a password), then the server's answer.
    await passStepUp();
    await expect
      .element(screen.getByText('That password doesn’t meet the requirements.'))
      .toBeVisible();
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expect.element(tooShort).toHaveAttribute('data-state', 'rejected');
    await expect
      .element(screen.getByRole('listitem').filter({ hasText: 'sequences' }))
      .toHaveAttribute('data-state', 'rejected');
    await expect.element(input).toHaveValue('123');

    await userEvent.clear(input);
    await userEvent.type(input, DEMO_PASSWORD);
    await userEvent.clear(confirm);
    await userEvent.type(confirm, DEMO_PASSWORD);
    await screen.getByRole('button', { name: 'Save' }).click();
    await expect
      .element(screen.getByText('Your new password must be different from your current one.'))
      .toBeVisible();
    await expect.element(input).toHaveAccessibleDescription(/different from your current one/);

    await userEvent.clear(input);
    await userEvent.type(input, STRONG);
    await userEvent.clear(confirm);
    await userEvent.type(confirm, STRONG);
    await expect
      .element(screen.getByRole('checkbox', { name: 'Sign out of all other devices' }))
      .toBeChecked();
    await screen.getByRole('button', { name: 'Save' }).click();
    await expect
      .element(
        screen.getByText(
          'Your password has been changed and your other devices have been signed out.',
        ),
      )
      .toBeVisible();
    const sessions = simulator.getState().users[0]?.sessions ?? [];
    expect(sessions.map((session) => session.uid)).toEqual(['session-current-ada']);
  });

  it('keeps the typed password when the verification record expires mid-flow', async () => {
    const { screen, simulator, stepUp, passStepUp } = await setup();
    await screen.getByRole('button', { name: 'Change password' }).click();
    const input = screen.getByLabelText('New password', { exact: true });
    const confirm = screen.getByLabelText('Confirm new password', { exact: true });
    await userEvent.type(input, '123');
    await userEvent.type(confirm, '123');
    await screen.getByRole('button', { name: 'Save' }).click();
    await passStepUp();
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');

    simulator.clock.advance(VERIFICATION_RECORD_LIFETIME_MS + 1);
    await userEvent.clear(input);
    await userEvent.type(input, STRONG);
    await userEvent.clear(confirm);
    await userEvent.type(confirm, STRONG);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sign out of all other devices' }));
    await screen.getByRole('button', { name: 'Save' }).click();

    // Asked again; what was typed is still there.
    await expect.element(stepUp().getByLabelText('Password', { exact: true })).toHaveFocus();
    await expect.element(input).toHaveValue(STRONG);
    await passStepUp();
    await expect.element(screen.getByText('Your password has been changed.')).toBeVisible();
  });

  it('re-verifies and retries with the same password when the server refuses the record (401)', async () => {
    const { screen, simulator, stepUp, passStepUp } = await setup();
    await screen.getByRole('button', { name: 'Change password' }).click();
    const input = screen.getByLabelText('New password', { exact: true });
    await userEvent.type(input, STRONG);
    await userEvent.type(screen.getByLabelText('Confirm new password', { exact: true }), STRONG);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sign out of all other devices' }));
    simulator.faults.inject({
      route: 'POST /api/my-account/password',
      status: 401,
      code: 'verification_record.permission_denied',
      once: true,
    });
    await screen.getByRole('button', { name: 'Save' }).click();
    await passStepUp();
    // The record was refused mid-flow: asked again (the prompt says why, so this is the second
    // one), nothing typed is lost, the same call is retried.
    await expect
      .element(stepUp().getByText('Your confirmation has expired. Please confirm it’s you again.'))
      .toBeVisible();
    await expect.element(input).toHaveValue(STRONG);
    await passStepUp();
    await expect.element(screen.getByText('Your password has been changed.')).toBeVisible();
  });

  it('keeps the input and offers retry when the breach check is unreachable (500)', async () => {
    const { screen, simulator } = await setup({ seed: { users: [socialOnlyUserSeed()] } });
    simulator.faults.inject({ route: 'POST /api/my-account/password', status: 500, once: true });
    await screen.getByRole('button', { name: 'Set password' }).click();
    const input = screen.getByLabelText('New password', { exact: true });
    await userEvent.type(input, STRONG);
    await userEvent.type(screen.getByLabelText('Confirm new password', { exact: true }), STRONG);
    await screen.getByRole('button', { name: 'Save' }).click();
    await expect
      .element(screen.getByRole('alert').filter({ hasText: /What you typed is kept/ }))
      .toBeVisible();
    await expect.element(input).toHaveValue(STRONG);
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect.element(screen.getByText('Your password has been set.')).toBeVisible();
  });

  it('cancelling step-up is silent and keeps the form', async () => {
    const { screen, stepUp } = await setup();
    await screen.getByRole('button', { name: 'Change password' }).click();
    const input = screen.getByLabelText('New password', { exact: true });
    await userEvent.type(input, STRONG);
    await userEvent.type(screen.getByLabelText('Confirm new password', { exact: true }), STRONG);
    await screen.getByRole('button', { name: 'Save' }).click();
    await stepUp().getByRole('button', { name: 'Cancel' }).click();
    await expect.element(stepUp()).not.toBeInTheDocument();
    await expect
      .element(screen.getByRole('button', { name: 'Save' }))
      .not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('alert').filter({ hasText: /./ }).elements()).toHaveLength(0);
    await expect.element(input).toHaveValue(STRONG);
  });

  it('shows a read-only password without an action, and nothing when Off', async () => {
    const readOnly = await setup({
      seed: {
        accountCenter: { enabled: true, fields: { ...allFields('Edit'), password: 'ReadOnly' } },
      },
    });
    await expect.element(readOnly.screen.getByText('Password set', { exact: true })).toBeVisible();
    await expect.element(readOnly.screen.getByText('Managed by your administrator.')).toBeVisible();
    expect(
      readOnly.screen.getByRole('button', { name: 'Change password' }).elements(),
    ).toHaveLength(0);
    readOnly.screen.unmount();

    const off = await setup({
      seed: { accountCenter: { enabled: true, fields: { ...allFields('Edit'), password: 'Off' } } },
    });
    // Wait for the state (the section loads, then goes once Off is known), not for a quiet moment
    // in the network: `isFetching() === 0` can be seen before the reads have even started.
    await expect
      .poll(() =>
        [accountKeys.account(), accountKeys.settings()].map(
          (key) => off.queryClient.getQueryState(key)?.status,
        ),
      )
      .toEqual(['success', 'success']);
    await expect
      .element(off.screen.getByRole('heading', { name: 'Password' }))
      .not.toBeInTheDocument();
  });
});
