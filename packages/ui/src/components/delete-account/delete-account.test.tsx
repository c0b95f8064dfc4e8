import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD, mfaUserSeed } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import type { SimulatedAccountOptions } from '../../test-utils/simulated-account.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { DeleteAccount } from './delete-account.js';
import type { DeleteAccountProps } from './delete-account.js';

async function setup(props: DeleteAccountProps, options: SimulatedAccountOptions = {}) {
  const account = createSimulatedAccount(options);
  const screen = await render(
    <>
      <VerificationDialog />
      <DeleteAccount {...props} />
    </>,
    { wrapper: account.Wrapper },
  );
  return { ...account, screen };
}

describe('DeleteAccount', () => {
  it('links to the tenant’s deleteAccountUrl', async () => {
    const { screen } = await setup(
      {},
      { seed: { accountCenter: { deleteAccountUrl: 'https://example.com/delete-me' } } },
    );
    const link = screen.getByRole('link', { name: 'Go to account deletion' });
    await expect.element(link).toHaveAttribute('href', 'https://example.com/delete-me');
    expect(screen.getByRole('button', { name: 'Delete account' }).elements()).toHaveLength(0);
  });

  it('renders nothing without a handler or a valid http(s) URL', async () => {
    const { screen, queryClient } = await setup({ deleteAccountUrl: 'javascript:alert(1)' });
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    expect(screen.getByRole('heading', { name: 'Delete account' }).elements()).toHaveLength(0);
    expect(screen.getByRole('link').elements()).toHaveLength(0);
  });

  it('asks for the typed phrase, then step-up, then calls the handler', async () => {
    const onDeleteAccount = vi.fn(async () => undefined);
    const { screen } = await setup(
      { onDeleteAccount },
      { seed: { accountCenter: { deleteAccountUrl: 'https://example.com/delete-me' } } },
    );
    // The app's handler wins over the link.
    expect(screen.getByRole('link').elements()).toHaveLength(0);
    const trigger = screen.getByRole('button', { name: 'Delete account' });
    await trigger.click();
    const dialog = screen.getByRole('alertdialog', { name: 'Delete your account?' });
    await expect.element(dialog).toBeVisible();
    const confirm = dialog.getByRole('button', { name: 'Delete account' });
    await expect.element(confirm).toBeDisabled();
    const input = dialog.getByLabelText('Type “delete my account” to confirm');
    await userEvent.type(input, 'delete my accounts');
    await expect.element(dialog.getByText('Type the phrase exactly as shown.')).toBeVisible();
    await expect.element(confirm).toBeDisabled();
    await userEvent.clear(input);
    await userEvent.type(input, 'delete my account');
    expect((await axe.run(document.body)).violations).toEqual([]);
    await userEvent.keyboard('{Enter}');

    const stepUp = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await expect.element(stepUp).toBeVisible();
    expect(onDeleteAccount).not.toHaveBeenCalled();
    await userEvent.type(stepUp.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
    await stepUp.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => onDeleteAccount.mock.calls.length).toBe(1);
    await expect.element(dialog).not.toBeInTheDocument();
  });

  it('Escape cancels the dialog and returns focus to its trigger', async () => {
    const onDeleteAccount = vi.fn();
    const { screen } = await setup({ onDeleteAccount });
    const trigger = screen.getByRole('button', { name: 'Delete account' });
    await trigger.click();
    const dialog = screen.getByRole('alertdialog', { name: 'Delete your account?' });
    await expect
      .element(dialog.getByLabelText('Type “delete my account” to confirm'))
      .toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(trigger).toHaveFocus();
    expect(onDeleteAccount).not.toHaveBeenCalled();
  });

  it('shows a failing handler in the dialog and does nothing when step-up is cancelled', async () => {
    const onDeleteAccount = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(Object.assign(new Error('boom'), { code: 'network' }));
    const { screen } = await setup({ onDeleteAccount });
    await screen.getByRole('button', { name: 'Delete account' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Delete your account?' });
    await userEvent.type(dialog.getByRole('textbox'), 'delete my account');
    await dialog.getByRole('button', { name: 'Delete account' }).click();

    const stepUp = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await stepUp.getByRole('button', { name: 'Cancel' }).click();
    await expect.element(stepUp).not.toBeInTheDocument();
    await expect.element(dialog).toBeVisible();
    expect(dialog.getByRole('alert').filter({ hasText: /./ }).elements()).toHaveLength(0);
    expect(onDeleteAccount).not.toHaveBeenCalled();

    await dialog.getByRole('button', { name: 'Delete account' }).click();
    await userEvent.type(
      screen
        .getByRole('dialog', { name: 'Confirm it’s you' })
        .getByLabelText('Password', { exact: true }),
      DEMO_PASSWORD,
    );
    await userEvent.keyboard('{Enter}');
    await expect
      .element(
        dialog.getByText('We couldn’t reach the server. Check your connection and try again.'),
      )
      .toBeVisible();
    await expect.element(dialog.getByRole('textbox')).toHaveValue('delete my account');
  });

  it('hands the step-up record id to the handler, and the app’s server can confirm it', async () => {
    // What the app's server does with the id (docs/step-up.md): a header-gated read answers 401
    // `verification_record.permission_denied` for an unusable record, else passes the header check.
    const confirmations: { status: number; code?: string }[] = [];
    const confirm = async (recordId: string) => {
      const response = await account.fetch(
        `${account.endpoint}/api/my-account/mfa-verifications/backup-codes`,
        {
          headers: { authorization: `Bearer ${account.token}`, 'logto-verification-id': recordId },
        },
      );
      const body = (await response.json()) as { code?: string };
      confirmations.push({ status: response.status, code: body.code });
    };
    const ids: (string | undefined)[] = [];
    const account = await setup(
      {
        onDeleteAccount: async (recordId) => {
          ids.push(recordId);
          await confirm(recordId!);
          await confirm('forged-record-id');
        },
      },
      { seed: { users: [mfaUserSeed()] } },
    );
    const { screen } = account;
    await screen.getByRole('button', { name: 'Delete account' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Delete your account?' });
    await userEvent.type(dialog.getByRole('textbox'), 'delete my account');
    await dialog.getByRole('button', { name: 'Delete account' }).click();
    const stepUp = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await userEvent.type(stepUp.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => confirmations.length).toBe(2);
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/\S/);
    expect(confirmations).toEqual([
      { status: 200, code: undefined },
      { status: 401, code: 'verification_record.permission_denied' },
    ]);
    await expect.element(dialog).not.toBeInTheDocument();
  });
});
