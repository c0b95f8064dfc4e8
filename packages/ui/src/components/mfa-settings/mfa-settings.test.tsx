import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_USER_ID, mfaUserSeed } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { MfaSettings } from './mfa-settings.js';

const withStepUp = (
  <>
    <TestStepUp />
    <MfaSettings />
  </>
);

describe('MfaSettings', () => {
  it('turns the second step off after confirmation and on again, showing server state', async () => {
    const account = createSimulatedAccount({ seed: { users: [mfaUserSeed()] } });
    const screen = await render(withStepUp, { wrapper: account.Wrapper });
    const control = screen.getByRole('switch', { name: 'Ask for a second step when I sign in' });
    await expect.element(control).toBeChecked();

    await control.click();
    const dialog = screen.getByRole('alertdialog', { name: 'Turn off two-step verification?' });
    await expect.element(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Turn off' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(control).not.toBeChecked();
    expect(
      account.simulator.getState().users.find((user) => user.id === 'mfauser00001')!.logtoConfig.mfa
        .skipMfaOnSignIn,
    ).toBe(true);

    await control.click();
    await expect.element(control).toBeChecked();
    await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('cancelling the confirmation keeps it on; Escape returns focus to the switch', async () => {
    const account = createSimulatedAccount({ seed: { users: [mfaUserSeed()] } });
    const screen = await render(withStepUp, { wrapper: account.Wrapper });
    const control = screen.getByRole('switch', { name: 'Ask for a second step when I sign in' });
    await control.click();
    await expect.element(screen.getByRole('alertdialog')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
    await expect.element(control).toHaveFocus();
    await expect.element(control).toBeChecked();
  });

  it('warns when it is on but no method is set up', async () => {
    const account = createSimulatedAccount();
    const screen = await render(withStepUp, { wrapper: account.Wrapper });
    await expect
      .element(
        screen.getByText('Two-step verification is on, but you haven’t set up a method yet.'),
      )
      .toBeVisible();
  });

  it('hides the passkey suggestion when passkey sign-in is off', async () => {
    const account = createSimulatedAccount();
    const screen = await render(withStepUp, { wrapper: account.Wrapper });
    await expect.element(screen.getByRole('switch').first()).toBeVisible();
    await expect.element(screen.getByRole('switch')).toHaveLength(1);
  });

  it('is hidden under a mandatory policy', async () => {
    const account = createSimulatedAccount({
      prepare: (simulator) =>
        simulator.admin.updateSignInExperience({
          mfa: { factors: ['Totp'], policy: 'Mandatory' },
        }),
    });
    const screen = await render(withStepUp, { wrapper: account.Wrapper });
    await expect
      .element(screen.getByText('Your organisation requires two-step verification.'))
      .toBeVisible();
    await expect
      .element(screen.getByRole('switch', { name: 'Ask for a second step when I sign in' }))
      .not.toBeInTheDocument();
  });

  it.each([
    [
      'a non-skippable prompt policy with adaptive MFA',
      {
        mfa: { factors: ['Totp'], policy: 'PromptAtSignInAndSignUpMandatory' },
        adaptiveMfa: { enabled: true },
      },
    ],
    [
      'an organization requirement',
      {
        mfa: {
          factors: ['Totp'],
          policy: 'PromptOnlyAtSignIn',
          organizationRequiredMfaPolicy: 'Mandatory',
        },
      },
    ],
  ] as const)('is hidden under %s', async (_, experience) => {
    const account = createSimulatedAccount({
      prepare: (simulator) =>
        simulator.admin.updateSignInExperience(
          experience as unknown as Parameters<typeof simulator.admin.updateSignInExperience>[0],
        ),
    });
    const screen = await render(withStepUp, { wrapper: account.Wrapper });
    await expect
      .element(screen.getByText('Your organisation requires two-step verification.'))
      .toBeVisible();
    await expect
      .element(screen.getByRole('switch', { name: 'Ask for a second step when I sign in' }))
      .not.toBeInTheDocument();
  });

  it('keeps the switch under a *Mandatory prompt policy without adaptive MFA (skippable then)', async () => {
    const account = createSimulatedAccount({
      prepare: (simulator) =>
        simulator.admin.updateSignInExperience({
          mfa: { factors: ['Totp'], policy: 'PromptOnlyAtSignInMandatory' },
        }),
    });
    const screen = await render(withStepUp, { wrapper: account.Wrapper });
    await expect
      .element(screen.getByRole('switch', { name: 'Ask for a second step when I sign in' }))
      .toBeVisible();
  });

  it('lists the email and phone code factors the tenant offers, with the address or a prompt to add one', async () => {
    const account = createSimulatedAccount({
      seed: {
        users: [mfaUserSeed()],
        signInExperience: {
          mfa: {
            factors: ['Totp', 'EmailVerificationCode', 'PhoneVerificationCode'],
            policy: 'UserControlled',
          },
        },
      },
    });
    const screen = await render(withStepUp, { wrapper: account.Wrapper });
    const email = screen.getByRole('listitem').filter({ hasText: 'Email verification code' });
    await expect.element(email).toHaveTextContent('Codes are sent to mfa.user@example.com.');
    const phone = screen.getByRole('listitem').filter({ hasText: 'SMS verification code' });
    await expect.element(phone).toHaveTextContent('Add a phone number to use this method.');
    // The email counts as a second factor: no "no method set up" warning.
    await expect
      .element(screen.getByRole('switch', { name: 'Ask for a second step when I sign in' }))
      .toBeVisible();
    await expect
      .element(
        screen.getByText('Two-step verification is on, but you haven’t set up a method yet.'),
      )
      .not.toBeInTheDocument();
  });

  it('lists no code factor the tenant does not offer', async () => {
    const account = createSimulatedAccount({ seed: { users: [mfaUserSeed()] } });
    const screen = await render(withStepUp, { wrapper: account.Wrapper });
    await expect
      .element(screen.getByRole('switch', { name: 'Ask for a second step when I sign in' }))
      .toBeVisible();
    expect(screen.getByText('Email verification code').query()).toBeNull();
  });

  it('toggles the passkey suggestion when passkey sign-in is on', async () => {
    const account = createSimulatedAccount({
      prepare: (simulator) =>
        simulator.admin.updateSignInExperience({ passkeySignIn: { enabled: true } }),
    });
    const screen = await render(withStepUp, { wrapper: account.Wrapper });
    const control = screen.getByRole('switch', { name: 'Suggest a passkey when I sign in' });
    await expect.element(control).toBeChecked();
    await control.click();
    await expect.element(control).not.toBeChecked();
    const user = account.simulator.getState().users.find((entry) => entry.id === DEMO_USER_ID)!;
    expect(user.logtoConfig.passkeySignIn.skipped).toBe(true);
  });

  it('shows an error and keeps the server state when saving fails', async () => {
    const account = createSimulatedAccount({ seed: { users: [mfaUserSeed()] } });
    account.simulator.faults.inject({ route: 'PATCH /api/my-account/mfa-settings', status: 500 });
    const screen = await render(withStepUp, { wrapper: account.Wrapper });
    const control = screen.getByRole('switch', { name: 'Ask for a second step when I sign in' });
    await control.click();
    await screen.getByRole('alertdialog').getByRole('button', { name: 'Turn off' }).click();
    await expect.element(screen.getByRole('alertdialog').getByRole('alert')).toBeVisible();
    await screen.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await expect.element(control).toBeChecked();
  });

  it('hides a toggle whose route an older Logto lacks, keeping the other', async () => {
    const account = createSimulatedAccount({
      seed: { users: [mfaUserSeed()] },
      prepare: (simulator) => {
        simulator.admin.updateSignInExperience({ passkeySignIn: { enabled: true } });
        simulator.faults.inject({ route: 'GET /api/my-account/mfa-settings', status: 404 });
      },
    });
    const screen = await render(withStepUp, { wrapper: account.Wrapper });
    await expect
      .element(screen.getByRole('switch', { name: 'Suggest a passkey when I sign in' }))
      .toBeVisible();
    await vi.waitFor(() => expect(account.queryClient.isFetching()).toBe(0));
    await expect
      .element(screen.getByRole('switch', { name: 'Ask for a second step when I sign in' }))
      .not.toBeInTheDocument();
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
  });

  it('is not rendered when mfa is Off', async () => {
    const account = createSimulatedAccount({
      prepare: (simulator) => simulator.admin.updateAccountCenter({ fields: { name: 'Edit' } }),
    });
    const screen = await render(<div data-testid="host">{withStepUp}</div>, {
      wrapper: account.Wrapper,
    });
    await vi.waitFor(() => expect(account.queryClient.isFetching()).toBe(0));
    await expect.element(screen.getByTestId('host')).toBeEmptyDOMElement();
  });
});
