import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD } from '@account-center/mock';
import '../../styles.css';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { PasskeyManager } from './passkey-manager.js';
import { Passkeys } from './passkeys.js';
import { parseUserAgent } from '../../lib/user-agent.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { withVirtualAuthenticator } from '../../../../../scripts/virtual-authenticator.js';
import { ShowError } from '../../test-utils/show-error.js';

withVirtualAuthenticator();

afterEach(() => {
  vi.restoreAllMocks();
});

const { browser, os } = parseUserAgent(navigator.userAgent);
const thisDevice = `${browser} on ${os}`;

const seedWithWorkLaptop = {
  users: [
    { username: 'ada', password: DEMO_PASSWORD, mfa: { webAuthn: [{ name: 'Work laptop' }] } },
  ],
};

describe('Passkeys parts', () => {
  it('rearranged (Add above the list, a custom row) still renames, removes and adds', async () => {
    const account = createSimulatedAccount({ seed: seedWithWorkLaptop });
    const screen = await render(
      <>
        <Passkeys.Root>
          <Passkeys.Header />
          <Passkeys.Content>
            <Passkeys.Add />
            <Passkeys.List className="my-list">
              {(passkey) => (
                <Passkeys.Item passkey={passkey} className="my-row">
                  {({ name, lastUsed }) => (
                    <p>
                      <strong>{name}</strong> <span>{lastUsed}</span>
                    </p>
                  )}
                </Passkeys.Item>
              )}
            </Passkeys.List>
          </Passkeys.Content>
        </Passkeys.Root>
        <VerificationDialog />
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Passkeys' });
    const list = section.getByRole('list', { name: 'Your passkeys' });
    // The custom row shows the name its function was given.
    const title = list.getByText('Work laptop', { exact: true });
    await expect.element(title).toBeVisible();
    expect(title.element().tagName).toBe('STRONG');
    await expect.element(list.getByText('Never used', { exact: true })).toBeVisible();
    await expect.element(list).toHaveClass('ac-mfa-list', 'my-list');
    await expect.element(list.getByRole('listitem')).toHaveClass('ac-mfa-row', 'my-row');
    const add = section.getByRole('button', { name: 'Add another passkey' });
    await expect.element(add).not.toHaveAttribute('aria-busy');
    // Add comes before the list, as composed.
    expect(
      add.element().compareDocumentPosition(list.element()) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    // Rename through step-up.
    await list.getByRole('button', { name: 'Rename Work laptop' }).click();
    const rename = list.getByRole('textbox', { name: 'Rename passkey' });
    await expect.element(rename).toHaveFocus();
    await userEvent.fill(rename, 'Personal laptop');
    await userEvent.keyboard('{Enter}');
    await userEvent.fill(screen.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
    await screen.getByRole('button', { name: 'Verify' }).click();
    await expect.element(list.getByText('Personal laptop', { exact: true })).toBeVisible();
    expect(account.simulator.getState().users[0]!.mfaVerifications).toContainEqual(
      expect.objectContaining({ type: 'WebAuthn', name: 'Personal laptop' }),
    );

    // Remove with the confirmation (the step-up's record is reused).
    await list.getByRole('button', { name: 'Remove Personal laptop' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Remove Personal laptop?' });
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect.element(section.getByText('No passkeys yet.')).toBeVisible();
    expect(
      account.simulator
        .getState()
        .users[0]!.mfaVerifications.filter((entry) => entry.type === 'WebAuthn'),
    ).toHaveLength(0);

    // Add, already verified: the OS prompt opens from the click, then the name.
    const addFirst = section.getByRole('button', { name: 'Add a passkey' });
    await expect.element(addFirst).not.toHaveAttribute('aria-busy');
    await addFirst.click();
    const name = section.getByRole('textbox', { name: 'Passkey name' });
    await expect.element(name).toHaveValue(thisDevice);
    await section.getByRole('button', { name: 'Save' }).click();
    await expect.element(list.getByText(thisDevice, { exact: true })).toBeVisible();
  });

  it('names the region from a custom title and shows the read-only note where it is put', async () => {
    const account = createSimulatedAccount({
      seed: {
        ...seedWithWorkLaptop,
        accountCenter: { fields: { mfa: 'ReadOnly', passkey: 'ReadOnly' } },
      },
    });
    const screen = await render(
      <Passkeys.Root>
        <Passkeys.Header>
          <Passkeys.Title>Security keys</Passkeys.Title>
        </Passkeys.Header>
        <Passkeys.ReadOnlyNote className="note">
          Ask IT to change your passkeys.
        </Passkeys.ReadOnlyNote>
        <Passkeys.Content>
          <Passkeys.List />
          <Passkeys.Add />
        </Passkeys.Content>
      </Passkeys.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Security keys' });
    await expect.element(section.getByText('Work laptop')).toBeVisible();
    await expect
      .element(section.getByText('Ask IT to change your passkeys.'))
      .toHaveClass('ac-field-description', 'note');
    expect(section.getByRole('button').elements()).toHaveLength(0);
  });

  it('forwards refs to the section and the list', async () => {
    const account = createSimulatedAccount({ seed: seedWithWorkLaptop });
    const root = createRef<HTMLElement>();
    const list = createRef<HTMLUListElement>();
    const screen = await render(
      <Passkeys.Root ref={root} className="mine">
        <Passkeys.Header />
        <Passkeys.List ref={list} />
      </Passkeys.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Passkeys' });
    await expect.element(section.getByRole('list', { name: 'Your passkeys' })).toBeVisible();
    expect(root.current).toBe(section.element());
    expect(root.current).toHaveClass('ac-mfa-section', 'mine');
    expect(list.current?.tagName).toBe('UL');
  });

  it('says which part was used outside Passkeys.Root', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const account = createSimulatedAccount();
    const screen = await render(
      <ShowError>
        <Passkeys.List />
      </ShowError>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(screen.getByText('<Passkeys.List> must be used inside <Passkeys.Root>.'))
      .toBeVisible();
  });

  it('defaultOpen starts adding: step-up, then Create has focus and its click registers; Cancel calls onCancel', async () => {
    const account = createSimulatedAccount({ seed: seedWithWorkLaptop });
    const onCancel = vi.fn();
    const onSuccess = vi.fn();
    const screen = await render(
      <>
        <PasskeyManager defaultOpen onCancel={onCancel} onSuccess={onSuccess} />
        <VerificationDialog />
      </>,
      { wrapper: account.Wrapper },
    );
    // Opened without a click: the identity check first.
    await userEvent.fill(screen.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
    await screen.getByRole('button', { name: 'Verify' }).click();
    const section = screen.getByRole('region', { name: 'Passkeys' });
    const create = section.getByRole('button', { name: 'Create passkey' });
    await expect.element(create).toHaveFocus();

    // Cancel at Create: the app hears it, and Add is back, with focus.
    await section.getByRole('button', { name: 'Cancel' }).click();
    expect(onCancel).toHaveBeenCalledTimes(1);
    const add = section.getByRole('button', { name: 'Add another passkey' });
    await expect.element(add).toBeVisible();
    await expect.element(add).toHaveFocus();

    // Adding from the button still works (verified already): OS prompt, name, saved.
    await expect.element(add).not.toHaveAttribute('aria-busy');
    await add.click();
    await section.getByRole('button', { name: 'Save' }).click();
    await expect.element(section.getByText(thisDevice, { exact: true })).toBeVisible();
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
