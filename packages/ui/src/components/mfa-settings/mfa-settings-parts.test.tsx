import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { mfaUserSeed } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { MfaSettings } from './mfa-settings.js';
import { ShowError } from '../../test-utils/show-error.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('MfaSettings parts', () => {
  it('rearranged (code factors first, the passkey suggestion left out) still turns the second step off', async () => {
    const account = createSimulatedAccount({
      seed: {
        users: [mfaUserSeed()],
        signInExperience: {
          mfa: { factors: ['Totp', 'EmailVerificationCode'], policy: 'UserControlled' },
          passkeySignIn: { enabled: true },
        },
      },
    });
    const screen = await render(
      <>
        <TestStepUp />
        <MfaSettings.Root>
          <MfaSettings.Header>
            <MfaSettings.Title>Sign-in checks</MfaSettings.Title>
          </MfaSettings.Header>
          <MfaSettings.Content>
            <MfaSettings.CodeFactors className="my-factors" />
            <MfaSettings.AskOnSignIn className="my-toggle" />
          </MfaSettings.Content>
        </MfaSettings.Root>
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Sign-in checks' });
    const control = section.getByRole('switch', { name: 'Ask for a second step when I sign in' });
    await expect.element(control).toBeChecked();
    const factors = section.getByRole('list');
    await expect.element(factors).toHaveClass('ac-entries', 'my-factors');
    await expect.element(factors).toHaveTextContent('Codes are sent to mfa.user@example.com.');
    // Code factors come first, as composed; the passkey suggestion was left out.
    expect(
      factors.element().compareDocumentPosition(control.element()) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      section.getByRole('switch', { name: 'Suggest a passkey when I sign in' }).query(),
    ).toBeNull();

    await control.click();
    const dialog = screen.getByRole('alertdialog', { name: 'Turn off two-step verification?' });
    await dialog.getByRole('button', { name: 'Turn off' }).click();
    await expect.element(control).not.toBeChecked();
    expect(control.element().closest('[data-slot="mfa-settings-toggle"]')).toHaveClass(
      'ac-stack',
      'my-toggle',
    );
  });

  it('shows the mandatory note where it is put, with its own text', async () => {
    const account = createSimulatedAccount({
      prepare: (simulator) =>
        simulator.admin.updateSignInExperience({
          mfa: { factors: ['Totp'], policy: 'Mandatory' },
        }),
    });
    const screen = await render(
      <MfaSettings.Root>
        <MfaSettings.Required className="note">Your IT team requires it.</MfaSettings.Required>
        <MfaSettings.Header />
        <MfaSettings.Content>
          <MfaSettings.AskOnSignIn />
        </MfaSettings.Content>
      </MfaSettings.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Two-step verification' });
    await expect
      .element(section.getByText('Your IT team requires it.'))
      .toHaveClass('ac-entry-meta', 'note');
    expect(section.getByRole('switch').query()).toBeNull();
  });

  it('forwards refs to the section and a row', async () => {
    const account = createSimulatedAccount({ seed: { users: [mfaUserSeed()] } });
    const root = createRef<HTMLElement>();
    const row = createRef<HTMLDivElement>();
    const screen = await render(
      <>
        <TestStepUp />
        <MfaSettings.Root ref={root} className="mine">
          <MfaSettings.Header />
          <MfaSettings.AskOnSignIn ref={row} />
        </MfaSettings.Root>
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Two-step verification' });
    await expect.element(section.getByRole('switch')).toBeChecked();
    expect(root.current).toBe(section.element());
    expect(root.current).toHaveClass('ac-mfa-settings', 'mine');
    expect(row.current?.dataset.slot).toBe('mfa-settings-toggle');
  });

  it('says which part was used outside MfaSettings.Root', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const account = createSimulatedAccount();
    const screen = await render(
      <ShowError>
        <MfaSettings.AskOnSignIn />
      </ShowError>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(
        screen.getByText('<MfaSettings.AskOnSignIn> must be used inside <MfaSettings.Root>.'),
      )
      .toBeVisible();
  });
});
