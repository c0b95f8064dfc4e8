import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { DEMO_USER_ID } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { AuthorizedApps } from './authorized-apps.js';
import { ShowError } from '../../test-utils/show-error.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('AuthorizedApps parts', () => {
  it('rearranged (custom title, empty text and row body) verifies, lists and removes access', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <>
        <TestStepUp />
        <AuthorizedApps.Root>
          <AuthorizedApps.Header>
            <AuthorizedApps.Title>Apps you allowed</AuthorizedApps.Title>
          </AuthorizedApps.Header>
          <AuthorizedApps.Content>
            <AuthorizedApps.Empty className="my-empty">Nothing has access.</AuthorizedApps.Empty>
            <AuthorizedApps.List className="my-list">
              {(app) => (
                <AuthorizedApps.Item app={app} className="my-row">
                  {({ expires }) => (
                    <p>
                      <strong>{app.name}</strong> <span>{expires}</span>
                    </p>
                  )}
                </AuthorizedApps.Item>
              )}
            </AuthorizedApps.List>
          </AuthorizedApps.Content>
        </AuthorizedApps.Root>
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Apps you allowed' });
    await section.getByRole('button', { name: 'Verify to view your connected apps' }).click();
    const list = section.getByRole('list', { name: 'Apps with access' });
    await expect.element(list).toHaveClass('ac-entries', 'my-list');
    const row = list.getByRole('listitem');
    await expect.element(row).toHaveClass('ac-entry', 'my-row');
    await expect.element(row).toHaveTextContent(/^Acme Notes Expires .*Remove access$/);
    expect(row.getByText('Acme Notes').element().tagName).toBe('STRONG');

    await row.getByRole('button', { name: 'Remove access for Acme Notes' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Remove access for Acme Notes?' });
    await dialog.getByRole('button', { name: 'Remove access' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    await expect
      .element(section.getByText('Nothing has access.'))
      .toHaveClass('ac-entry-meta', 'my-empty');
    expect(account.simulator.admin.getUser(DEMO_USER_ID)!.grants).toEqual([]);
  });

  it('shows the read-only note where it is put once unlocked, and no Remove access', async () => {
    const account = createSimulatedAccount({
      seed: { accountCenter: { fields: { session: 'ReadOnly' } } },
    });
    const screen = await render(
      <>
        <TestStepUp />
        <AuthorizedApps.Root>
          <AuthorizedApps.Header />
          <AuthorizedApps.ReadOnlyNote className="note" />
          <AuthorizedApps.List />
        </AuthorizedApps.Root>
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Connected apps' });
    await section.getByRole('button', { name: 'Verify to view your connected apps' }).click();
    await expect.element(section.getByRole('listitem')).toHaveTextContent(/Acme Notes/);
    await expect
      .element(section.getByText('Managed by your administrator.'))
      .toHaveClass('ac-entry-meta', 'note');
    expect(section.getByRole('button').elements()).toHaveLength(0);
  });

  it('forwards refs to the section and the list', async () => {
    const account = createSimulatedAccount();
    const root = createRef<HTMLElement>();
    const list = createRef<HTMLUListElement>();
    const screen = await render(
      <>
        <TestStepUp />
        <AuthorizedApps.Root ref={root} className="mine">
          <AuthorizedApps.Header />
          <AuthorizedApps.List ref={list} />
        </AuthorizedApps.Root>
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Connected apps' });
    await section.getByRole('button', { name: 'Verify to view your connected apps' }).click();
    await expect.element(section.getByRole('list', { name: 'Apps with access' })).toBeVisible();
    expect(root.current).toBe(section.element());
    expect(root.current).toHaveClass('ac-authorized-apps', 'mine');
    expect(list.current?.tagName).toBe('UL');
  });

  it('says which part was used outside AuthorizedApps.Root', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const account = createSimulatedAccount();
    const screen = await render(
      <ShowError>
        <AuthorizedApps.Item app={{ id: 'a', name: 'A', grants: [], grantedAt: 0, expiresAt: 0 }} />
      </ShowError>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(screen.getByText('<AuthorizedApps.Item> must be used inside <AuthorizedApps.Root>.'))
      .toBeVisible();
  });
});
