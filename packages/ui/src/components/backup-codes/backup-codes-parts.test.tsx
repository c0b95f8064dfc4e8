import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { DEMO_PASSWORD, demoUserSeed, mfaUserSeed } from '@account-center/mock';
import type { AccountApiSimulator } from '@account-center/mock';
import '../../styles.css';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { BackupCodes } from './backup-codes.js';
import { ShowError } from '../../test-utils/show-error.js';

// A mounted setup may leave its marker: it goes with the test (test files share the origin).
afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('account-center:backup-codes')) localStorage.removeItem(key);
  }
});

const withTotp = { users: [{ ...demoUserSeed(), mfa: { totp: true } }] };

const NEEDS_OTHER = 'Set up another two-step method first. Backup codes can’t be your only one.';

function storedCodes(simulator: AccountApiSimulator) {
  return simulator
    .getState()
    .users[0]!.mfaVerifications.filter((entry) => entry.type === 'BackupCode')
    .flatMap((entry) => ('codes' in entry ? entry.codes : []));
}

describe('BackupCodes parts', () => {
  it('rearranged (Generate first, a custom status line) still generates and turns on a set', async () => {
    const account = createSimulatedAccount({ seed: withTotp });
    const screen = await render(
      <>
        <BackupCodes.Root appName="Acme">
          <BackupCodes.Header>
            <BackupCodes.Title>Recovery codes</BackupCodes.Title>
          </BackupCodes.Header>
          <BackupCodes.Content>
            <BackupCodes.Actions className="my-actions">
              <BackupCodes.Generate className="my-generate" />
            </BackupCodes.Actions>
            <BackupCodes.SetupPanel className="my-panel" />
            <BackupCodes.Status>
              {({ remaining, generated }) => (generated ? `${remaining} to go` : 'None saved')}
            </BackupCodes.Status>
          </BackupCodes.Content>
        </BackupCodes.Root>
        <VerificationDialog />
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Recovery codes' });
    const status = section.getByText('None saved');
    await expect.element(status).toHaveClass('ac-mfa-status');
    const generate = section.getByRole('button', { name: 'Generate backup codes' });
    await expect.element(generate).toHaveClass('ac-button', 'my-generate');
    expect(generate.element().parentElement).toHaveClass('ac-mfa-actions', 'my-actions');
    expect(
      generate.element().compareDocumentPosition(status.element()) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    await generate.click();
    await userEvent.fill(screen.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
    await screen.getByRole('button', { name: 'Verify' }).click();
    const list = section.getByRole('list', { name: 'Your backup codes' });
    await expect.element(list).toBeVisible();
    expect(section.element().querySelector('[data-slot="backup-code-download"]')).toHaveClass(
      'ac-mfa-panel',
      'my-panel',
    );
    // While the new set is saved only the panel shows.
    expect(section.getByText('None saved').query()).toBeNull();
    const codes = list
      .getByRole('listitem')
      .elements()
      .map((item) => item.querySelector('code')!.textContent!);
    await section.getByRole('checkbox', { name: 'I’ve saved these codes' }).click();
    await section.getByRole('button', { name: 'Turn on these codes' }).click();
    await expect.element(section.getByText('10 to go')).toBeVisible();
    expect(storedCodes(account.simulator).map((entry) => entry.code)).toEqual(codes);
  });

  it('Show alone and the list where it is put: the stored codes after step-up, then hidden', async () => {
    const account = createSimulatedAccount({ seed: { users: [mfaUserSeed()] } });
    const list = createRef<HTMLUListElement>();
    const screen = await render(
      <>
        <BackupCodes.Root>
          <BackupCodes.Header />
          <BackupCodes.List ref={list} className="my-list" />
          <BackupCodes.Content>
            <BackupCodes.Status />
            <BackupCodes.Show className="my-show" />
          </BackupCodes.Content>
        </BackupCodes.Root>
        <VerificationDialog />
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Backup codes' });
    await expect.element(section.getByText('10 codes left')).toBeVisible();
    // No Generate: it was left out.
    expect(section.getByRole('button', { name: 'Generate new codes' }).query()).toBeNull();
    const show = section.getByRole('button', { name: 'Show codes' });
    await expect.element(show).toHaveClass('ac-button', 'my-show');
    await expect.element(show).toHaveAttribute('aria-expanded', 'false');
    await show.click();
    await userEvent.fill(screen.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
    await screen.getByRole('button', { name: 'Verify' }).click();
    const codes = section.getByRole('list', { name: 'Your backup codes' });
    await expect.element(codes).toHaveClass('ac-backup-code-list', 'my-list');
    expect(codes.getByText('Not used', { exact: true }).elements()).toHaveLength(10);
    expect(list.current).toBe(codes.element());
    const hide = section.getByRole('button', { name: 'Hide codes' });
    await expect.element(hide).toHaveAttribute('aria-expanded', 'true');
    // The list comes before the content, as composed.
    expect(
      codes.element().compareDocumentPosition(hide.element()) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await hide.click();
    await expect.element(codes).not.toBeInTheDocument();
  });

  it('the other-factor note describes Generate wherever it is put, and only while it is rendered', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <>
        <BackupCodes.Root aria-label="With the note">
          <BackupCodes.Generate />
          <BackupCodes.OtherFactorNote className="note" />
        </BackupCodes.Root>
        <BackupCodes.Root aria-label="Without the note">
          <BackupCodes.Generate />
        </BackupCodes.Root>
      </>,
      { wrapper: account.Wrapper },
    );
    const withNote = screen.getByRole('region', { name: 'With the note' });
    const generate = withNote.getByRole('button', { name: 'Generate backup codes' });
    await expect.element(generate).toBeDisabled();
    await expect.element(generate).toHaveAccessibleDescription(NEEDS_OTHER);
    await expect
      .element(withNote.getByText(NEEDS_OTHER))
      .toHaveClass('ac-field-description', 'note');

    const withoutNote = screen.getByRole('region', { name: 'Without the note' });
    const bare = withoutNote.getByRole('button', { name: 'Generate backup codes' });
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
      <BackupCodes.Root ref={root} className="mine">
        <BackupCodes.Header />
        <BackupCodes.ReadOnlyNote className="note">Ask IT for new codes.</BackupCodes.ReadOnlyNote>
        <BackupCodes.Content>
          <BackupCodes.Status ref={status} className="my-status" />
          <BackupCodes.Actions>
            <BackupCodes.Generate />
          </BackupCodes.Actions>
        </BackupCodes.Content>
      </BackupCodes.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Backup codes' });
    await expect
      .element(section.getByText('Ask IT for new codes.'))
      .toHaveClass('ac-field-description', 'note');
    await expect.element(section.getByText('10 codes left')).toBeVisible();
    expect(section.getByRole('button').elements()).toHaveLength(0);
    expect(root.current).toBe(section.element());
    expect(root.current).toHaveClass('ac-mfa-section', 'mine');
    expect(status.current).toHaveClass('ac-mfa-status', 'my-status');
    expect(status.current).toHaveTextContent('10 codes left');
  });

  it('says which part was used outside BackupCodes.Root', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const account = createSimulatedAccount();
    const screen = await render(
      <ShowError>
        <BackupCodes.Generate />
      </ShowError>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(screen.getByText('<BackupCodes.Generate> must be used inside <BackupCodes.Root>.'))
      .toBeVisible();
  });
});
