import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import {
  isQuietError,
  useUpdateAccount,
  useVerification,
  useVerificationPrompt,
} from '@account-center/react';
import { DEMO_PASSWORD } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import type { SimulatedAccountOptions } from '../../test-utils/simulated-account.js';
import { VerificationDialog } from './verification-dialog.js';

afterEach(() => {
  vi.useRealTimers();
});

/** A button whose action needs step-up (`PATCH /my-account` with a username, §6.2). */
function RenameButton() {
  const update = useUpdateAccount();
  const [result, setResult] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={() =>
          update.mutateAsync({ username: 'countess_ada' }).then(
            () => setResult('saved'),
            (error: unknown) => setResult(isQuietError(error) ? 'cancelled' : 'failed'),
          )
        }
      >
        Rename
      </button>
      <output>{result}</output>
    </>
  );
}

async function setup(options: SimulatedAccountOptions = {}) {
  const account = createSimulatedAccount(options);
  const screen = await render(
    <>
      <VerificationDialog />
      <VerificationDialog />
      <RenameButton />
    </>,
    { wrapper: account.Wrapper },
  );
  return { account, screen };
}

const codeOnlyUser = {
  users: [{ username: 'ada', password: null, primaryEmail: 'ada@example.com' }],
};

describe('VerificationDialog', () => {
  it('opens over the screen with the password first, then resumes the action', async () => {
    const { account, screen } = await setup();
    const trigger = screen.getByRole('button', { name: 'Rename' });
    await trigger.click();
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await expect.element(dialog).toBeVisible();
    // Only one dialog although two are mounted.
    expect(document.querySelectorAll('[data-slot="verification-dialog"]')).toHaveLength(1);
    const password = dialog.getByLabelText('Password', { exact: true });
    await expect.element(password).toHaveFocus();
    await expect.element(password).toHaveAttribute('autocomplete', 'current-password');
    const hidden = document.querySelector<HTMLInputElement>('input[autocomplete="username"]');
    expect(hidden?.value).toBe('ada_lovelace');
    expect((await axe.run(document.body)).violations).toEqual([]);

    await userEvent.keyboard('wrong-password{Enter}');
    await expect
      .element(dialog.getByText('That password isn’t right. Please try again.'))
      .toBeVisible();
    await expect.element(password).toHaveAttribute('aria-invalid', 'true');
    await expect.element(password).toHaveFocus();

    await userEvent.fill(password, DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByText('saved')).toBeVisible();
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(trigger).toHaveFocus();
    expect(account.simulator.getState().users[0]?.username).toBe('countess_ada');
  });

  it('cancelling rejects quietly and changes nothing', async () => {
    const { account, screen } = await setup();
    await screen.getByRole('button', { name: 'Rename' }).click();
    await expect.element(screen.getByRole('dialog')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByText('cancelled')).toBeVisible();
    expect(account.simulator.getState().users[0]?.username).toBe('ada_lovelace');
  });

  it('with only an email, sends the code at once; a wrong code is cleared and announced', async () => {
    const { account, screen } = await setup({ seed: codeOnlyUser });
    await screen.getByRole('button', { name: 'Rename' }).click();
    const dialog = screen.getByRole('dialog');
    const code = dialog.getByLabelText('Verification code');
    await expect.element(code).toHaveFocus();
    expect(account.simulator.inbox.to('ada@example.com')).toHaveLength(1);
    await expect.element(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect
      .element(dialog.getByRole('button', { name: /Resend code in 60 seconds/ }))
      .toBeDisabled();

    await code.fill('000000');
    await expect
      .element(dialog.getByText('That code isn’t right. Check it and try again.'))
      .toBeVisible();
    await expect.element(code).toHaveValue('');
    await expect.element(code).toHaveFocus();

    await code.fill(account.simulator.inbox.latestCode('ada@example.com')!);
    await expect.element(screen.getByText('saved')).toBeVisible();
    await expect.element(dialog).not.toBeInTheDocument();
  });

  it('does not send a second code when reopened inside the cooldown', async () => {
    const { account, screen } = await setup({ seed: codeOnlyUser });
    await screen.getByRole('button', { name: 'Rename' }).click();
    await expect.element(screen.getByLabelText('Verification code')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByText('cancelled')).toBeVisible();
    await screen.getByRole('button', { name: 'Rename' }).click();
    await expect.element(screen.getByLabelText('Verification code')).toBeVisible();
    expect(account.simulator.inbox.to('ada@example.com')).toHaveLength(1);
  });

  it('shows a rate limit next to resend', async () => {
    const { account, screen } = await setup({
      seed: codeOnlyUser,
      prepare: (simulator) => simulator.clock.set(new Date('2026-11-26T10:00:00Z')),
    });
    await screen.getByRole('button', { name: 'Rename' }).click();
    await expect.element(screen.getByLabelText('Verification code')).toBeVisible();
    account.simulator.faults.inject({
      route: 'POST /api/verifications/verification-code',
      status: 429,
      code: 'request.message_rate_limited',
    });
    account.simulator.clock.advance(61_000);
    const resend = screen.getByRole('button', { name: 'Resend code', exact: true });
    await expect.element(resend).toBeEnabled();
    await resend.click();
    await expect
      .element(screen.getByText(/Too many codes were sent to this address/))
      .toBeVisible();
  });

  it('explains what to do when the user has no way to verify', async () => {
    const { screen } = await setup({
      seed: { users: [{ username: 'ada', password: null }] },
    });
    // A username change needs the header whatever the user has (§6.2 "A").
    await screen.getByRole('button', { name: 'Rename' }).click();
    await expect.element(screen.getByText(/Set a password first/)).toBeVisible();
    await screen.getByRole('button', { name: 'Close', exact: true }).first().click();
    await expect.element(screen.getByText('cancelled')).toBeVisible();
  });

  it('lets a user with several code methods choose one', async () => {
    const { account, screen } = await setup({
      seed: {
        users: [
          {
            username: 'ada',
            password: null,
            primaryEmail: 'ada@example.com',
            primaryPhone: '15555550123',
          },
        ],
      },
    });
    await screen.getByRole('button', { name: 'Rename' }).click();
    const dialog = screen.getByRole('dialog');
    await expect.element(dialog.getByText('Choose how to confirm it’s you')).toBeVisible();
    expect(account.simulator.inbox.to('15555550123')).toHaveLength(0);
    await dialog.getByRole('button', { name: /Get a code at \+1/ }).click();
    await expect.element(dialog.getByLabelText('Verification code')).toBeVisible();
    expect(account.simulator.inbox.to('15555550123')).toHaveLength(1);
  });

  it('stays out when the provider’s verificationPrompt holds the slot; that prompt is used', async () => {
    /** An app's own step-up UI, plugged into the provider's slot. */
    function CustomPrompt() {
      const { request, reject } = useVerificationPrompt();
      const { verifyWithPassword } = useVerification();
      if (!request) return null;
      return (
        <div role="region" aria-label="Custom step-up">
          <button type="button" onClick={() => void verifyWithPassword(DEMO_PASSWORD)}>
            Use my password
          </button>
          <button type="button" onClick={reject}>
            Not now
          </button>
        </div>
      );
    }
    const { account, screen } = await setup({
      provider: { verificationPrompt: <CustomPrompt /> },
    });
    await screen.getByRole('button', { name: 'Rename' }).click();
    const custom = screen.getByRole('region', { name: 'Custom step-up' });
    await expect.element(custom).toBeVisible();
    expect(document.querySelectorAll('[data-slot="verification-dialog"]')).toHaveLength(0);
    await custom.getByRole('button', { name: 'Use my password' }).click();
    await expect.element(screen.getByText('saved')).toBeVisible();
    await expect.element(custom).not.toBeInTheDocument();
    expect(account.simulator.getState().users[0]?.username).toBe('countess_ada');
    expect(document.querySelectorAll('[data-slot="verification-dialog"]')).toHaveLength(0);
  });
});
