import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { DEMO_USER_ID, demoUserSeed } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { AuthorizedApps } from './authorized-apps.js';

const ui = (
  <>
    <TestStepUp />
    <AuthorizedApps />
  </>
);

describe('AuthorizedApps', () => {
  it('asks to verify, then lists each app once with its dates', async () => {
    const account = createSimulatedAccount();
    const screen = await render(ui, { wrapper: account.Wrapper });
    await screen.getByRole('button', { name: 'Verify to view your connected apps' }).click();
    const item = screen.getByRole('list', { name: 'Apps with access' }).getByRole('listitem');
    await expect.element(item).toHaveTextContent(/Acme Notes/);
    await expect.element(item).toHaveTextContent(/Allowed .* · Expires /);
  });

  it('isolates an app name with U+202E (right-to-left override) in its row and its labels', async () => {
    const name = '\u202Eevil.exe';
    const ada = demoUserSeed();
    ada.grants = [{ id: 'grant-evil', clientId: 'evil', applicationName: name, firstParty: false }];
    const account = createSimulatedAccount({ seed: { users: [ada] } });
    const screen = await render(ui, { wrapper: account.Wrapper });
    await screen.getByRole('button', { name: 'Verify to view your connected apps' }).click();
    const shown = screen.getByRole('listitem').getByText(name);
    await expect.element(shown).toBeVisible();
    expect(shown.element().closest('bdi')?.textContent).toBe(name);
    await expect
      .element(screen.getByRole('button', { name: `Remove access for \u2068${name}\u2069` }))
      .toBeVisible();
  });

  it('removes access after a confirmation that explains issued tokens may live on', async () => {
    const account = createSimulatedAccount();
    const screen = await render(ui, { wrapper: account.Wrapper });
    await screen.getByRole('button', { name: 'Verify to view your connected apps' }).click();
    await screen.getByRole('button', { name: 'Remove access for Acme Notes' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Remove access for Acme Notes?' });
    await expect.element(dialog).toHaveTextContent(/may keep working until it expires/);
    await dialog.getByRole('button', { name: 'Remove access' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(screen.getByText('No apps have access to your account.')).toBeVisible();
    expect(account.simulator.admin.getUser(DEMO_USER_ID)!.grants).toEqual([]);
  });

  it('reports a partial failure when some grants of the app could not be revoked', async () => {
    const ada = demoUserSeed();
    ada.grants = [
      ...ada.grants!,
      {
        id: 'grant-acme-notes-2',
        clientId: 'acme-notes',
        applicationName: 'Acme Notes',
        firstParty: false,
      },
    ];
    const account = createSimulatedAccount({ seed: { users: [ada] } });
    account.simulator.faults.inject({
      route: 'DELETE /api/my-account/grants/grant-acme-notes-2',
      status: 404,
      code: 'oidc.invalid_grant',
    });
    const screen = await render(ui, { wrapper: account.Wrapper });
    await screen.getByRole('button', { name: 'Verify to view your connected apps' }).click();
    await expect.element(screen.getByRole('listitem')).toHaveLength(1);
    await screen.getByRole('button', { name: 'Remove access for Acme Notes' }).click();
    const dialog = screen.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Remove access' }).click();
    await expect
      .element(dialog.getByRole('alert'))
      .toHaveTextContent('We couldn’t remove all access for Acme Notes. Please try again.');
  });
});
