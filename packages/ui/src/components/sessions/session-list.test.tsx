import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD, DEMO_USER_ID, demoUserSeed } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { SessionList } from './session-list.js';

const ui = (
  <>
    <TestStepUp />
    <SessionList />
  </>
);

function sessionIds(account: ReturnType<typeof createSimulatedAccount>) {
  return account.simulator.admin.getUser(DEMO_USER_ID)!.sessions.map((session) => session.uid);
}

describe('SessionList', () => {
  it('asks to verify first, then lists this device first and the others with details', async () => {
    const account = createSimulatedAccount({ token: { sessionId: 'session-current-ada' } });
    const screen = await render(ui, { wrapper: account.Wrapper });
    await screen.getByRole('button', { name: 'Verify to view your sessions' }).click();
    const list = screen.getByRole('list', { name: 'Signed-in devices' });
    const items = list.getByRole('listitem');
    await expect.element(items.nth(0)).toHaveTextContent(/Chrome on macOS.*This device/);
    await expect
      .element(items.nth(0))
      .toHaveTextContent(/London, United Kingdom · IP address 203\.0\.113\.10/);
    await expect.element(items.nth(0).getByRole('button')).not.toBeInTheDocument();
    await expect.element(items.nth(1)).toHaveTextContent(/Safari on iOS/);
    await expect.element(items.nth(1)).toHaveTextContent(/Paris, France/);
    await expect.element(items.nth(1)).toHaveTextContent(/Signed in .*Expires /);
  });

  it('loads after the user confirms it’s them in the verification dialog', async () => {
    const account = createSimulatedAccount({ token: { sessionId: 'session-current-ada' } });
    const screen = await render(
      <>
        <VerificationDialog />
        <SessionList />
      </>,
      { wrapper: account.Wrapper },
    );
    await screen.getByRole('button', { name: 'Verify to view your sessions' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await userEvent.fill(dialog.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(screen.getByRole('list', { name: 'Signed-in devices' })).toBeVisible();
    // The button that opened the dialog is gone; focus stays in the section, not on <body>.
    await expect.poll(() => document.activeElement?.closest('section')).toBeTruthy();
  });

  it('signs out another device after a confirmation naming it, optionally revoking its apps', async () => {
    const ada = demoUserSeed();
    ada.sessions![1]!.authorizedClientIds = ['account-center-demo', 'acme-notes'];
    const account = createSimulatedAccount({
      token: { sessionId: 'session-current-ada' },
      seed: { users: [ada] },
    });
    const screen = await render(ui, { wrapper: account.Wrapper });
    await screen.getByRole('button', { name: 'Verify to view your sessions' }).click();
    await screen.getByRole('button', { name: 'Sign out of Safari on iOS' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Sign out of Safari on iOS?' });
    await dialog
      .getByRole('checkbox', { name: 'Also remove access for apps signed in on this device' })
      .click();
    await dialog.getByRole('button', { name: 'Sign out' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(screen.getByText('Safari on iOS')).not.toBeInTheDocument();
    await expect.element(screen.getByText('You aren’t signed in anywhere else.')).toBeVisible();
    expect(sessionIds(account)).toEqual(['session-current-ada']);
    // The app access granted on that device went with it.
    expect(account.simulator.admin.getUser(DEMO_USER_ID)!.grants).toEqual([]);
  });

  it('signs out of all other devices', async () => {
    const ada = demoUserSeed();
    ada.sessions = [
      ...ada.sessions!,
      {
        uid: 'session-linux-ada',
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
      },
    ];
    const account = createSimulatedAccount({
      token: { sessionId: 'session-current-ada' },
      seed: { users: [ada] },
    });
    const screen = await render(ui, { wrapper: account.Wrapper });
    await screen.getByRole('button', { name: 'Verify to view your sessions' }).click();
    await expect.element(screen.getByRole('listitem')).toHaveLength(3);
    await screen.getByRole('button', { name: 'Sign out of all other devices' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Sign out of all other devices?' });
    await dialog.getByRole('button', { name: 'Sign out' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(screen.getByRole('listitem')).toHaveLength(1);
    expect(sessionIds(account)).toEqual(['session-current-ada']);
  });

  it('shows a retry when loading fails', async () => {
    const account = createSimulatedAccount();
    // A 4xx, so the query does not retry by itself first.
    account.simulator.faults.inject({
      route: 'GET /api/my-account/sessions',
      status: 400,
      code: 'guard.invalid_input',
      once: true,
    });
    const screen = await render(ui, { wrapper: account.Wrapper });
    await screen.getByRole('button', { name: 'Verify to view your sessions' }).click();
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect.element(screen.getByRole('list', { name: 'Signed-in devices' })).toBeVisible();
  });

  it('a cancelled step-up changes nothing and shows no error', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <>
        <TestStepUp mode="cancel" />
        <SessionList />
      </>,
      { wrapper: account.Wrapper },
    );
    const verify = screen.getByRole('button', { name: 'Verify to view your sessions' });
    await verify.click();
    await vi.waitFor(() => expect(verify.element().getAttribute('aria-busy')).toBeNull());
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
  });
});
