import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { DEMO_USER_ID } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { Social } from './social.js';
import { ShowError } from '../../test-utils/show-error.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Social parts', () => {
  it('rearranged (a custom title and row body) still disconnects after a confirmation', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <>
        <TestStepUp />
        <Social.Root>
          <Social.Header>
            <Social.Title>Linked accounts</Social.Title>
          </Social.Header>
          <Social.Content>
            <Social.List className="my-list">
              {(connection) => (
                <Social.Item connection={connection} className="my-row">
                  {({ name, linked, account: linkedAs }) => (
                    <p>
                      <strong>{name}</strong> {linked ? `as ${linkedAs}` : 'available'}
                    </p>
                  )}
                </Social.Item>
              )}
            </Social.List>
            <Social.Empty />
          </Social.Content>
        </Social.Root>
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Linked accounts' });
    const list = section.getByRole('list', { name: 'Sign-in accounts' });
    await expect.element(list).toHaveClass('ac-entries', 'my-list');
    const google = list.getByRole('listitem').filter({ hasText: 'Google' });
    await expect.element(google).toHaveClass('ac-entry', 'my-row');
    await expect.element(google).toHaveTextContent('Google as ada.lovelace@gmail.example');
    expect(google.getByText('Google', { exact: true }).element().tagName).toBe('STRONG');
    await expect
      .element(list.getByRole('listitem').filter({ hasText: 'GitHub' }))
      .toHaveTextContent('GitHub available');

    await section.getByRole('button', { name: 'Disconnect Google' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Disconnect Google?' });
    await dialog.getByRole('button', { name: 'Disconnect' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(google).toHaveTextContent('Google available');
    expect(account.simulator.admin.getUser(DEMO_USER_ID)!.identities).toEqual({});
  });

  it('shows the read-only note where it is put, and no actions', async () => {
    const account = createSimulatedAccount({
      seed: { accountCenter: { fields: { social: 'ReadOnly' } } },
    });
    const screen = await render(
      <Social.Root>
        <Social.Header />
        <Social.ReadOnlyNote className="note">Ask IT to change these.</Social.ReadOnlyNote>
        <Social.Content>
          <Social.List />
        </Social.Content>
      </Social.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Connected accounts' });
    await expect.element(section.getByText('ada.lovelace@gmail.example')).toBeVisible();
    await expect
      .element(section.getByText('Ask IT to change these.'))
      .toHaveClass('ac-entry-meta', 'note');
    expect(section.getByRole('button').elements()).toHaveLength(0);
  });

  it('forwards refs to the section and the list, and merges the section’s className', async () => {
    const account = createSimulatedAccount();
    const root = createRef<HTMLElement>();
    const list = createRef<HTMLUListElement>();
    const screen = await render(
      <Social.Root ref={root} className="mine">
        <Social.Header />
        <Social.List ref={list} />
      </Social.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Connected accounts' });
    await expect.element(section.getByRole('list', { name: 'Sign-in accounts' })).toBeVisible();
    expect(root.current).toBe(section.element());
    expect(root.current).toHaveClass('ac-social-connections', 'mine');
    expect(list.current?.tagName).toBe('UL');
  });

  it('says which part was used outside Social.Root', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const account = createSimulatedAccount();
    const screen = await render(
      <ShowError>
        <Social.List />
      </ShowError>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(screen.getByText('<Social.List> must be used inside <Social.Root>.'))
      .toBeVisible();
  });
});
