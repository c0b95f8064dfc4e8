import '../../styles.css';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'vitest-browser-react';
import { DEMO_PASSWORD, allFields, demoUserSeed } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import type { SimulatedAccountOptions } from '../../test-utils/simulated-account.js';
import { BackupCodes } from '../backup-codes/backup-codes.js';
import { DeleteAccount } from '../delete-account/delete-account.js';
import { PhoneChange } from '../phone/phone-change.js';
import { TotpSetup } from '../totp/totp-setup.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { AccountCenter } from './account-center.js';
import type { AccountCenterViewProps } from './account-center.js';

// A backup-code setup leaves a marker in this origin's `localStorage` (shared by test files).
afterEach(async () => {
  await cleanup();
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('account-center:backup-codes')) localStorage.removeItem(key);
  }
});

async function setup(props: AccountCenterViewProps = {}, options: SimulatedAccountOptions = {}) {
  const account = createSimulatedAccount(options);
  const screen = await render(<AccountCenter {...props} />, { wrapper: account.Wrapper });
  return { ...account, screen };
}

const nav = (screen: Awaited<ReturnType<typeof setup>>['screen']) =>
  screen.getByRole('navigation', { name: 'Account sections' });

describe('AccountCenter deep entry (task)', () => {
  it('task="email" opens the email form, prefilled, with focus in the field', async () => {
    const { screen } = await setup({ task: 'email', taskValue: 'countess@example.com' });
    const section = screen.getByRole('region', { name: 'Email address' });
    const address = section.getByLabelText('Email address');
    await expect.element(address).toHaveFocus();
    await expect.element(address).toHaveValue('countess@example.com');
    await expect.element(section.getByRole('button', { name: 'Send code' })).toBeVisible();
    expect((await axe.run(document.body)).violations).toEqual([]);
  });

  it('task="password" selects Security and opens the password form, focused', async () => {
    const { screen } = await setup({ task: 'password' });
    await expect
      .element(nav(screen).getByRole('button', { name: 'Security' }))
      .toHaveAttribute('aria-current', 'page');
    await expect.element(screen.getByLabelText('New password', { exact: true })).toHaveFocus();
  });

  it('Cancel ends the task with onTaskEnd("cancel") and the part’s own onCancel', async () => {
    const onTaskEnd = vi.fn();
    const onCancel = vi.fn();
    const { screen } = await setup({
      task: 'email',
      onTaskEnd,
      componentProps: { email: { onCancel } },
    });
    const section = screen.getByRole('region', { name: 'Email address' });
    await expect.element(section.getByLabelText('Email address')).toHaveFocus();
    await section.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => onTaskEnd.mock.calls).toEqual([['cancel']]);
    expect(onCancel).toHaveBeenCalledTimes(1);
    // The form is closed and focus is on the row's action; it does not open again.
    await expect
      .element(section.getByRole('button', { name: 'Change email address' }))
      .toHaveFocus();
    expect(section.getByLabelText('Email address').elements()).toHaveLength(0);
  });

  it('keeps the task’s section when the app drops the task after it ended', async () => {
    const onTaskEnd = vi.fn();
    const { screen } = await setup({ task: 'password', onTaskEnd });
    await expect.element(screen.getByLabelText('New password', { exact: true })).toHaveFocus();
    await screen.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => onTaskEnd.mock.calls).toEqual([['cancel']]);
    // The app navigates (the URL loses `?task=`): the page stays where the user is.
    await screen.rerender(<AccountCenter onTaskEnd={onTaskEnd} />);
    await expect
      .element(nav(screen).getByRole('button', { name: 'Security' }))
      .toHaveAttribute('aria-current', 'page');
    await expect.element(screen.getByRole('button', { name: 'Change password' })).toBeVisible();
  });

  it('a task whose field is Off shows its section with the reason', async () => {
    const { screen } = await setup(
      { task: 'phone' },
      {
        seed: {
          accountCenter: { enabled: true, fields: { ...allFields('Edit'), phone: 'Off' } },
        },
      },
    );
    await expect
      .element(
        screen.getByText(
          '“Phone number” isn’t available for your account: your administrator has turned it off.',
        ),
      )
      .toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Email address' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Phone number' }).elements()).toHaveLength(0);
  });

  it('task="backup-codes" without another second factor says what to set up first', async () => {
    const { screen } = await setup({ task: 'backup-codes' });
    const section = screen.getByRole('region', { name: 'Backup codes' });
    await expect
      .element(
        section.getByText(
          'Backup codes can’t be created yet: set up an authenticator app or a passkey first, then come back here.',
        ),
      )
      .toBeVisible();
    // Nothing started: no step-up prompt.
    expect(screen.getByRole('dialog').elements()).toHaveLength(0);
  });
});

describe('defaultOpen on the flow components', () => {
  it('PhoneChange opens its form with the number prefilled and focused', async () => {
    const account = createSimulatedAccount();
    const screen = await render(<PhoneChange defaultOpen defaultValue="+44 20 7946 0958" />, {
      wrapper: account.Wrapper,
    });
    const number = screen.getByRole('textbox', { name: 'Phone number' });
    await expect.element(number).toHaveFocus();
    await expect.element(number).toHaveValue('+44 20 7946 0958');
  });

  it('TotpSetup starts with step-up; closing it calls onCancel', async () => {
    const onCancel = vi.fn();
    const account = createSimulatedAccount();
    const screen = await render(
      <>
        <TotpSetup defaultOpen onCancel={onCancel} />
        <VerificationDialog />
      </>,
      { wrapper: account.Wrapper },
    );
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await expect.element(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => onCancel.mock.calls.length).toBe(1);
  });

  it('DeleteAccount opens its dialog, focus in the phrase field; closing calls onCancel', async () => {
    const onCancel = vi.fn();
    const account = createSimulatedAccount();
    const screen = await render(
      <DeleteAccount defaultOpen onDeleteAccount={() => undefined} onCancel={onCancel} />,
      { wrapper: account.Wrapper },
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Delete your account?' });
    await expect.element(dialog.getByRole('textbox')).toHaveFocus();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('BackupCodes with another factor starts: step-up, then new codes; Cancel calls onCancel', async () => {
    const onCancel = vi.fn();
    const account = createSimulatedAccount({
      seed: { users: [{ ...demoUserSeed(), mfa: { totp: true } }] },
    });
    const screen = await render(
      <>
        <BackupCodes defaultOpen onCancel={onCancel} />
        <VerificationDialog />
      </>,
      { wrapper: account.Wrapper },
    );
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await dialog.getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Verify' }).click();
    const section = screen.getByRole('region', { name: 'Backup codes' });
    await expect.element(section.getByRole('button', { name: 'Cancel' })).toBeVisible();
    expect(onCancel).not.toHaveBeenCalled();
    await section.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => onCancel.mock.calls.length).toBe(1);
    await expect
      .element(section.getByRole('button', { name: 'Generate backup codes' }))
      .toBeVisible();
  });
});
