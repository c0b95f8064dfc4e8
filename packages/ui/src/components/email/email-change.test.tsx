import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { accountKeys } from '@account-center/react';
import { DEMO_PASSWORD, VERIFICATION_RECORD_LIFETIME_MS } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import type { SimulatedAccountOptions } from '../../test-utils/simulated-account.js';
import { EmailChange } from './email-change.js';

async function setup(options: SimulatedAccountOptions = {}) {
  const account = createSimulatedAccount({
    ...options,
    prepare: (simulator) => {
      simulator.clock.set(new Date('2026-11-26T10:00:00Z'));
      options.prepare?.(simulator);
    },
  });
  const screen = await render(<EmailChange />, { wrapper: account.Wrapper });
  return { account, screen };
}

describe('EmailChange', () => {
  it('changes the email: step-up, code to the new address, verify, saved', async () => {
    const { account, screen } = await setup();
    const section = screen.getByRole('region', { name: 'Email address' });
    await expect.element(section.getByText('ada@example.com')).toBeVisible();
    expect((await axe.run(document.body)).violations).toEqual([]);

    await section.getByRole('button', { name: 'Change email address' }).click();
    const address = section.getByLabelText('Email address');
    await expect.element(address).toHaveFocus();
    await userEvent.keyboard('not-an-email{Enter}');
    await expect.element(section.getByText(/Enter a valid email address/)).toBeVisible();
    await expect.element(address).toHaveAttribute('aria-invalid', 'true');

    await address.fill('countess@example.com');
    await section.getByRole('button', { name: 'Send code' }).click();
    // Step-up first (password in the dialog), then the code goes to the new address.
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await dialog.getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    const code = section.getByLabelText('Verification code');
    await expect.element(code).toHaveFocus();
    await expect
      .element(section.getByText('We sent a 6-digit code to countess@example.com.'))
      .toBeVisible();
    await expect
      .element(section.getByRole('button', { name: /Resend code in 60 seconds/ }))
      .toBeDisabled();
    expect((await axe.run(document.body)).violations).toEqual([]);

    // Edit keeps the typed address.
    await section.getByRole('button', { name: 'Edit email address' }).click();
    await expect
      .element(section.getByLabelText('Email address'))
      .toHaveValue('countess@example.com');
    await section.getByRole('button', { name: 'Send code' }).click();
    await expect.element(section.getByLabelText('Verification code')).toBeVisible();

    await code.fill(account.simulator.inbox.latestCode('countess@example.com')!);
    await expect.element(section.getByText('countess@example.com')).toBeVisible();
    await expect
      .element(section.getByRole('button', { name: 'Change email address' }))
      .toHaveFocus();
    expect(account.simulator.getState().users[0]?.primaryEmail).toBe('countess@example.com');
  });

  it('a wrong code is announced under the field, cleared and focused', async () => {
    const { screen } = await setup();
    const section = screen.getByRole('region', { name: 'Email address' });
    await section.getByRole('button', { name: 'Change email address' }).click();
    await section.getByLabelText('Email address').fill('countess@example.com');
    await section.getByRole('button', { name: 'Send code' }).click();
    await screen
      .getByRole('dialog')
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    const code = section.getByLabelText('Verification code');
    await code.fill('000000');
    await expect
      .element(section.getByRole('alert').filter({ hasText: 'That code isn’t right' }))
      .toBeVisible();
    await expect.element(code).toHaveValue('');
    await expect.element(code).toHaveFocus();
    await expect.element(code).toHaveAttribute('aria-invalid', 'true');
  });

  it('re-prompts when the identity check expires between steps, keeping the verified code', async () => {
    const { account, screen } = await setup();
    const section = screen.getByRole('region', { name: 'Email address' });
    await section.getByRole('button', { name: 'Change email address' }).click();
    await section.getByLabelText('Email address').fill('countess@example.com');
    await section.getByRole('button', { name: 'Send code' }).click();
    await screen
      .getByRole('dialog')
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    const code = section.getByLabelText('Verification code');
    await expect.element(code).toBeVisible();
    // The identity record (10 min, fresh until 30 s before) goes stale while the user reads mail.
    account.simulator.clock.advance(9 * 60_000 + 45_000);
    await code.fill(account.simulator.inbox.latestCode('countess@example.com')!);
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await expect.element(dialog).toBeVisible();
    await dialog.getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect
      .element(section.getByRole('button', { name: 'Change email address' }))
      .toBeVisible();
    expect(account.simulator.getState().users[0]?.primaryEmail).toBe('countess@example.com');
    // The new address was verified once: no second code was needed.
    expect(account.simulator.inbox.to('countess@example.com')).toHaveLength(1);
  });

  it('re-prompts after more than 10 minutes, with the typed address kept', async () => {
    const { account, screen } = await setup();
    const section = screen.getByRole('region', { name: 'Email address' });
    await section.getByRole('button', { name: 'Change email address' }).click();
    await section.getByLabelText('Email address').fill('countess@example.com');
    await section.getByRole('button', { name: 'Send code' }).click();
    await screen
      .getByRole('dialog')
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect.element(section.getByLabelText('Verification code')).toBeVisible();

    // Back to the address, a coffee break past the record's 10 minutes, then send again.
    await section.getByRole('button', { name: 'Edit email address' }).click();
    account.simulator.clock.advance(10 * 60_000 + 1);
    await section.getByRole('button', { name: 'Send code' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await dialog.getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect.element(section.getByLabelText('Verification code')).toBeVisible();
    expect(account.simulator.inbox.to('countess@example.com')).toHaveLength(2);
    await section
      .getByLabelText('Verification code')
      .fill(account.simulator.inbox.latestCode('countess@example.com')!);
    await expect.element(section.getByText('countess@example.com', { exact: true })).toBeVisible();
    expect(account.simulator.getState().users[0]?.primaryEmail).toBe('countess@example.com');
  });

  it('when the verified code expired before the save, goes back to the code step; a new code completes it', async () => {
    const { account, screen } = await setup();
    const section = screen.getByRole('region', { name: 'Email address' });
    await section.getByRole('button', { name: 'Change email address' }).click();
    await section.getByLabelText('Email address').fill('countess@example.com');
    await section.getByRole('button', { name: 'Send code' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await dialog.getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    // The save fails once; the user comes back to Retry after the code's record (10 min) is gone.
    account.simulator.faults.inject({
      route: 'POST /api/my-account/primary-email',
      status: 500,
      once: true,
    });
    await expect.element(section.getByLabelText('Verification code')).toBeVisible();
    await expect
      .poll(() => account.simulator.inbox.latestCode('countess@example.com'))
      .toBeTruthy();
    await section
      .getByLabelText('Verification code')
      .fill(account.simulator.inbox.latestCode('countess@example.com')!);
    const retry = section.getByRole('button', { name: 'Try again' });
    await expect.element(retry).toBeVisible();
    account.simulator.clock.advance(VERIFICATION_RECORD_LIFETIME_MS + 1);
    await retry.click();
    await dialog.getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');

    // Back at the code step for the same address, told why, with a new code one click away.
    const code = section.getByLabelText('Verification code');
    await expect
      .element(section.getByRole('alert').filter({ hasText: 'That code has expired' }))
      .toBeVisible();
    await expect.element(code).toHaveValue('');
    await expect.element(code).toHaveFocus();
    await expect
      .element(section.getByText('We sent a 6-digit code to countess@example.com.'))
      .toBeVisible();
    await section.getByRole('button', { name: 'Resend code', exact: true }).click();
    await expect.poll(() => account.simulator.inbox.to('countess@example.com').length).toBe(2);
    await code.fill(account.simulator.inbox.latestCode('countess@example.com')!);
    await expect
      .element(section.getByRole('button', { name: 'Change email address' }))
      .toHaveFocus();
    expect(account.simulator.getState().users[0]?.primaryEmail).toBe('countess@example.com');
  });

  it('keeps the typed code on a 429 or a 503 at verify, and Verify passes after', async () => {
    const { account, screen } = await setup();
    const section = screen.getByRole('region', { name: 'Email address' });
    await section.getByRole('button', { name: 'Change email address' }).click();
    await section.getByLabelText('Email address').fill('countess@example.com');
    await section.getByRole('button', { name: 'Send code' }).click();
    await screen
      .getByRole('dialog')
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    const code = section.getByLabelText('Verification code');
    await expect.element(code).toHaveFocus();
    const sent = account.simulator.inbox.latestCode('countess@example.com')!;
    account.simulator.faults.inject({
      route: 'POST /api/verifications/verification-code/verify',
      status: 429,
      code: 'request.message_rate_limited',
      once: true,
    });
    await code.fill(sent);
    await expect
      .element(section.getByRole('alert').filter({ hasText: /Too many codes were sent/ }))
      .toBeVisible();
    await expect.element(code).toHaveValue(sent);
    account.simulator.faults.inject({
      route: 'POST /api/verifications/verification-code/verify',
      status: 503,
      once: true,
    });
    await section.getByRole('button', { name: 'Verify' }).click();
    await expect
      .element(section.getByRole('alert').filter({ hasText: /The server ran into a problem/ }))
      .toBeVisible();
    await expect.element(code).toHaveValue(sent);
    await section.getByRole('button', { name: 'Verify' }).click();
    await expect
      .element(section.getByRole('button', { name: 'Change email address' }))
      .toHaveFocus();
    expect(account.simulator.getState().users[0]?.primaryEmail).toBe('countess@example.com');
  });

  it('removes the email after confirmation', async () => {
    const { account, screen } = await setup();
    const section = screen.getByRole('region', { name: 'Email address' });
    const remove = section.getByRole('button', { name: 'Remove' });
    await remove.click();
    const confirm = screen.getByRole('alertdialog', { name: 'Remove ada@example.com?' });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await screen
      .getByRole('dialog')
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect.element(section.getByText('Not set')).toBeVisible();
    expect(account.simulator.getState().users[0]?.primaryEmail).toBeNull();
  });

  it('shows the address without actions when ReadOnly', async () => {
    const { screen } = await setup({
      seed: { accountCenter: { fields: { email: 'ReadOnly', profile: 'Edit' } } },
    });
    await expect.element(screen.getByText('ada@example.com')).toBeVisible();
    await expect.element(screen.getByText('Managed by your administrator.')).toBeVisible();
    expect(screen.container.querySelectorAll('button')).toHaveLength(0);
  });

  it('renders nothing when Off', async () => {
    const { account, screen } = await setup({
      seed: { accountCenter: { fields: { name: 'Edit' } } },
    });
    await expect.poll(() => account.queryClient.getQueryData(accountKeys.account())).toBeTruthy();
    await expect.poll(() => screen.container.textContent).toBe('');
  });
});
