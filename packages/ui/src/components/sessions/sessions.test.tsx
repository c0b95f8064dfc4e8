import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { DEMO_USER_ID, demoUserSeed } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { Sessions } from './sessions.js';
import { ShowError } from '../../test-utils/show-error.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Sessions parts', () => {
  it('rearranged (Sign out all above the list, a custom row) still signs a device out', async () => {
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
    const list = createRef<HTMLUListElement>();
    const screen = await render(
      <>
        <TestStepUp />
        <Sessions.Root className="mine">
          <Sessions.Header>
            <Sessions.Title>Where you are signed in</Sessions.Title>
          </Sessions.Header>
          <Sessions.Content>
            <Sessions.SignOutOthers />
            <Sessions.List ref={list} className="my-list">
              {(session) => (
                <Sessions.Item session={session}>
                  {({ device }) => <strong>{device}</strong>}
                </Sessions.Item>
              )}
            </Sessions.List>
            <Sessions.Empty />
          </Sessions.Content>
        </Sessions.Root>
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Where you are signed in' });
    await expect.element(section).toHaveClass('ac-session-list', 'mine');
    await section.getByRole('button', { name: 'Verify to view your sessions' }).click();
    const items = section.getByRole('list', { name: 'Signed-in devices' });
    const safari = items.getByText('Safari on iOS', { exact: true });
    await expect.element(safari).toBeVisible();
    expect(safari.element().tagName).toBe('STRONG');
    expect(list.current).toHaveClass('ac-entries', 'my-list');
    const all = section.getByRole('button', { name: 'Sign out of all other devices' });
    expect(
      all.element().compareDocumentPosition(items.element()) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    await items.getByRole('button', { name: 'Sign out of Safari on iOS' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Sign out of Safari on iOS?' });
    await dialog.getByRole('button', { name: 'Sign out' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(items.getByText('Safari on iOS')).not.toBeInTheDocument();
    expect(
      account.simulator.admin.getUser(DEMO_USER_ID)!.sessions.map((session) => session.uid),
    ).toEqual(['session-current-ada', 'session-linux-ada']);
  });

  it('says which part was used outside Sessions.Root', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const account = createSimulatedAccount();
    const screen = await render(
      <ShowError>
        <Sessions.List />
      </ShowError>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(screen.getByText('<Sessions.List> must be used inside <Sessions.Root>.'))
      .toBeVisible();
  });
});
