import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { socialOnlyUserSeed } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { Password } from './password.js';
import { ShowError } from '../../test-utils/show-error.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const STRONG = 'Violet-Harbor-Lantern-58';

describe('Password parts', () => {
  it('rearranged (the trigger in the header, the notice last) sets a first password with the checklist', async () => {
    const account = createSimulatedAccount({ seed: { users: [socialOnlyUserSeed()] } });
    const trigger = createRef<HTMLButtonElement>();
    const screen = await render(
      <>
        <VerificationDialog />
        <Password.Root>
          <Password.Header>
            <Password.Title>Sign-in password</Password.Title>
            <Password.Trigger ref={trigger} className="my-trigger" />
          </Password.Header>
          <Password.Content>
            <Password.Form className="my-form" />
            <Password.Notice className="my-notice" />
          </Password.Content>
        </Password.Root>
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Sign-in password' });
    const set = section.getByRole('button', { name: 'Set password' });
    await expect.element(set).toHaveClass('ac-button', 'my-trigger');
    expect(trigger.current).toBe(set.element());
    // No status row: it was left out.
    expect(section.getByText('No password set').elements()).toHaveLength(0);
    await set.click();

    const form = section.getByRole('form', { name: 'Set password' });
    await expect.element(form).toHaveClass('ac-password-form', 'my-form');
    const input = form.getByLabelText('New password', { exact: true });
    await expect.element(input).toHaveFocus();
    await userEvent.type(input, 'abc');
    await expect
      .element(form.getByRole('listitem').filter({ hasText: 'at least 8 characters' }))
      .toHaveAttribute('data-state', 'unmet');
    await userEvent.clear(input);
    await userEvent.type(input, STRONG);
    await userEvent.type(form.getByLabelText('Confirm new password', { exact: true }), 'other');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.element(form.getByText('The passwords don’t match.')).toBeVisible();
    await userEvent.clear(form.getByLabelText('Confirm new password', { exact: true }));
    await userEvent.type(form.getByLabelText('Confirm new password', { exact: true }), STRONG);
    await form.getByRole('button', { name: 'Save' }).click();

    const notice = section.getByText('Your password has been set.');
    await expect.element(notice).toBeVisible();
    expect(notice.element().closest('.ac-alert')).toHaveClass('my-notice');
    // Focus returns to the trigger where it was put, now named for a change.
    await expect.element(section.getByRole('button', { name: 'Change password' })).toHaveFocus();
    expect(account.simulator.getState().users[0]?.passwordHash).toBeTruthy();
  });

  it('shows the read-only note where it is put, with a custom status and no action', async () => {
    const account = createSimulatedAccount({
      seed: { accountCenter: { fields: { password: 'ReadOnly' } } },
    });
    const screen = await render(
      <Password.Root>
        <Password.Header />
        <Password.ReadOnlyNote className="note">Your company sets it.</Password.ReadOnlyNote>
        <Password.Content>
          <Password.Status className="my-status">
            <span>Set by IT</span>
            <Password.Trigger />
          </Password.Status>
        </Password.Content>
      </Password.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Password' });
    const status = section.getByText('Set by IT');
    await expect.element(status).toBeVisible();
    expect(status.element().parentElement).toHaveClass('ac-password-row', 'my-status');
    await expect
      .element(section.getByText('Your company sets it.'))
      .toHaveClass('ac-field-description', 'note');
    expect(section.getByRole('button').elements()).toHaveLength(0);
  });

  it('forwards the section’s ref and merges its className', async () => {
    const account = createSimulatedAccount();
    const root = createRef<HTMLElement>();
    const screen = await render(
      <Password.Root ref={root} className="mine">
        <Password.Header />
        <Password.Content>
          <Password.Status />
        </Password.Content>
      </Password.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Password' });
    await expect.element(section.getByRole('button', { name: 'Change password' })).toBeVisible();
    expect(root.current).toBe(section.element());
    expect(root.current).toHaveClass('ac-password-change', 'mine');
  });

  it('says which part was used outside Password.Root', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const account = createSimulatedAccount();
    const screen = await render(
      <ShowError>
        <Password.Form />
      </ShowError>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(screen.getByText('<Password.Form> must be used inside <Password.Root>.'))
      .toBeVisible();
  });
});
