import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD, mfaUserSeed, totpCode } from '@account-center/mock';
import '../../styles.css';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { Totp } from './totp.js';
import { ShowError } from '../../test-utils/show-error.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const LAST_FACTOR = 'Two-step verification is required, so you need to keep at least one method.';

describe('Totp parts', () => {
  it('rearranged (actions first, a custom status line) still sets up the app, and focus comes back to Add', async () => {
    const account = createSimulatedAccount();
    const add = createRef<HTMLButtonElement>();
    const screen = await render(
      <>
        <Totp.Root issuer="Acme">
          <Totp.Header>
            <Totp.Title>Two-step codes</Totp.Title>
          </Totp.Header>
          <Totp.Content>
            <Totp.Actions className="my-actions">
              <Totp.Add ref={add} className="my-add" />
            </Totp.Actions>
            <Totp.SetupPanel className="my-panel" />
            <Totp.Status>
              {({ factor, added }) => (factor ? `On since ${added}` : 'Off for now')}
            </Totp.Status>
          </Totp.Content>
        </Totp.Root>
        <VerificationDialog />
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Two-step codes' });
    const status = section.getByText('Off for now');
    await expect.element(status).toHaveClass('ac-mfa-status');
    const button = section.getByRole('button', { name: 'Set up authenticator app' });
    await expect.element(button).toHaveClass('ac-button', 'my-add');
    expect(button.element().parentElement).toHaveClass('ac-mfa-actions', 'my-actions');
    // The actions come before the status, as composed.
    expect(
      button.element().compareDocumentPosition(status.element()) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    await button.click();
    await userEvent.fill(screen.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
    await screen.getByRole('button', { name: 'Verify' }).click();
    // During the setup only the panel shows: no status, no actions.
    const key = section.getByText(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    await expect.element(key).toBeVisible();
    expect(section.element().querySelector('[data-slot="totp-setup-panel"]')).toHaveClass(
      'ac-mfa-panel',
      'my-panel',
    );
    expect(section.getByText('Off for now').query()).toBeNull();
    const secret = key.element().textContent!.replace(/\s/g, '');
    await userEvent.fill(
      section.getByRole('textbox', { name: '6-digit code from the app' }),
      await totpCode(secret, account.simulator.clock.now()),
    );

    await expect.element(section.getByText(/^On since /)).toBeVisible();
    const replace = section.getByRole('button', { name: 'Replace authenticator app' });
    await expect.element(replace).toHaveFocus();
    // The app's ref and the kit's (which returned focus) are the same button.
    expect(add.current).toBe(replace.element());
  });

  it('Remove on its own, outside Actions and with its own label, removes after the confirmation', async () => {
    const account = createSimulatedAccount({ seed: { users: [mfaUserSeed()] } });
    const screen = await render(
      <>
        <Totp.Root>
          <Totp.Header />
          <Totp.Content>
            <Totp.Status />
            <Totp.Remove className="my-remove">Turn off codes</Totp.Remove>
          </Totp.Content>
        </Totp.Root>
        <VerificationDialog />
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Authenticator app' });
    await expect.element(section.getByText(/^Added /)).toBeVisible();
    expect(section.getByRole('button', { name: 'Replace authenticator app' }).query()).toBeNull();
    const remove = section.getByRole('button', { name: 'Turn off codes' });
    await expect.element(remove).toHaveClass('ac-button', 'my-remove');
    await remove.click();
    const dialog = screen.getByRole('alertdialog', { name: 'Remove the authenticator app?' });
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await userEvent.fill(screen.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
    await screen.getByRole('button', { name: 'Verify' }).click();
    await expect.element(section.getByText('Not set up')).toBeVisible();
    expect(section.getByRole('button').elements()).toHaveLength(0);
    expect(
      account.simulator.getState().users[0]!.mfaVerifications.some((f) => f.type === 'Totp'),
    ).toBe(false);
  });

  it('the last-factor note describes Remove wherever it is put, and only while it is rendered', async () => {
    const account = createSimulatedAccount({
      seed: {
        signInExperience: {
          mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'Mandatory' },
        },
        users: [mfaUserSeed()],
      },
    });
    const screen = await render(
      <>
        <Totp.Root aria-label="With the note">
          <Totp.LastFactorNote className="note" />
          <Totp.Actions />
        </Totp.Root>
        <Totp.Root aria-label="Without the note">
          <Totp.Actions />
        </Totp.Root>
      </>,
      { wrapper: account.Wrapper },
    );
    const withNote = screen.getByRole('region', { name: 'With the note' });
    const remove = withNote.getByRole('button', { name: 'Remove authenticator app' });
    await expect.element(remove).toBeDisabled();
    await expect.element(remove).toHaveAccessibleDescription(LAST_FACTOR);
    await expect
      .element(withNote.getByText(LAST_FACTOR))
      .toHaveClass('ac-field-description', 'note');
    // The note comes first, as composed.
    expect(
      withNote.getByText(LAST_FACTOR).element().compareDocumentPosition(remove.element()) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    const withoutNote = screen.getByRole('region', { name: 'Without the note' });
    const bare = withoutNote.getByRole('button', { name: 'Remove authenticator app' });
    await expect.element(bare).toBeDisabled();
    await expect.element(bare).not.toHaveAttribute('aria-describedby');
  });

  it('read-only: the note where it is put, with its own text; refs reach the section and the status', async () => {
    const account = createSimulatedAccount({
      seed: { accountCenter: { fields: { mfa: 'ReadOnly' } }, users: [mfaUserSeed()] },
    });
    const root = createRef<HTMLElement>();
    const status = createRef<HTMLParagraphElement>();
    const screen = await render(
      <Totp.Root ref={root} className="mine">
        <Totp.Header />
        <Totp.ReadOnlyNote className="note">Ask IT to change this.</Totp.ReadOnlyNote>
        <Totp.Content>
          <Totp.Status ref={status} className="my-status" />
          <Totp.Actions />
        </Totp.Content>
      </Totp.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Authenticator app' });
    await expect
      .element(section.getByText('Ask IT to change this.'))
      .toHaveClass('ac-field-description', 'note');
    const line = section.getByText(/^Added /);
    await expect.element(line).toHaveClass('ac-mfa-status', 'my-status');
    expect(section.getByRole('button').elements()).toHaveLength(0);
    expect(root.current).toBe(section.element());
    expect(root.current).toHaveClass('ac-mfa-section', 'mine');
    expect(status.current).toBe(line.element());
  });

  it('says which part was used outside Totp.Root', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const account = createSimulatedAccount();
    const screen = await render(
      <ShowError>
        <Totp.Status />
      </ShowError>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(screen.getByText('<Totp.Status> must be used inside <Totp.Root>.'))
      .toBeVisible();
  });
});
