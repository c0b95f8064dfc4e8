import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD, mfaUserSeed, totpCode } from '@account-center/mock';
import '../../styles.css';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import type { SimulatedAccountOptions } from '../../test-utils/simulated-account.js';
import { TotpSetup } from './totp-setup.js';
import type { TotpSetupProps } from './totp-setup.js';

async function renderTotp(options: SimulatedAccountOptions = {}, props: TotpSetupProps = {}) {
  const account = createSimulatedAccount(options);
  const screen = await render(
    <>
      <TotpSetup {...props} />
      <VerificationDialog />
    </>,
    { wrapper: account.Wrapper },
  );
  return { ...account, screen };
}

type Screen = Awaited<ReturnType<typeof renderTotp>>['screen'];

async function stepUp(screen: Screen) {
  await userEvent.fill(screen.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
  await screen.getByRole('button', { name: 'Verify' }).click();
}

/** The key as the user reads it on screen, spaces removed. */
async function secretOnScreen(screen: Screen): Promise<string> {
  const key = screen.getByText(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  await expect.element(key).toBeVisible();
  return key.element().textContent!.replace(/\s/g, '');
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('TotpSetup', () => {
  it('binds with a code computed from the key shown on screen, after a wrong one', async () => {
    const { screen, simulator } = await renderTotp({}, { issuer: 'Acme' });
    const section = screen.getByRole('region', { name: 'Authenticator app' });
    await expect.element(section.getByText('Not set up')).toBeVisible();
    await section.getByRole('button', { name: 'Set up authenticator app' }).click();
    await stepUp(screen);

    // A narrow container (the test viewport) shows the key first.
    await expect.element(section.getByText('Enter the setup key')).toBeVisible();
    const secret = await secretOnScreen(screen);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect
      .element(section.getByText('Your app will list it as Acme (ada@example.com).'))
      .toBeVisible();
    await expect
      .element(section.getByRole('button', { name: 'Copy Setup key' }))
      .toBeInTheDocument();
    await expect
      .element(
        section.getByText(`otpauth://totp/Acme:ada%40example.com?secret=${secret}&issuer=Acme`),
      )
      .toBeVisible();
    await expect
      .element(section.getByRole('button', { name: 'Copy Setup link' }))
      .toBeInTheDocument();

    // The switch shows the QR code (a lazy chunk).
    await section.getByRole('button', { name: 'Scan a QR code instead' }).click();
    const qr = section.getByRole('img', { name: 'QR code for your authenticator app' });
    await expect.element(qr).toBeVisible();
    expect((await axe.run(document.body)).violations).toEqual([]);

    // A wrong code: inline, cleared, focused.
    const code = await totpCode(secret, simulator.clock.now());
    const input = section.getByRole('textbox', { name: '6-digit code from the app' });
    await userEvent.fill(input, wrong(code));
    await expect
      .element(input)
      .toHaveAccessibleDescription(/That code isn’t right\. Check your authenticator app/);
    await expect.element(input).toHaveValue('');
    await expect.element(input).toHaveFocus();

    await userEvent.fill(input, code);
    await expect.element(section.getByText(/^Added /)).toBeVisible();
    await expect
      .element(screen.getByRole('status').first())
      .toHaveTextContent('Authenticator app set up.');
    const stored = simulator
      .getState()
      .users[0]!.mfaVerifications.find((entry) => entry.type === 'Totp');
    expect(stored && 'key' in stored && stored.key).toBe(secret);
    // The first second factor: backup codes are offered right away (bar 33).
    await expect.element(section.getByText('Get backup codes')).toBeVisible();
  });

  it('Cancel closes the setup and puts focus back on its button', async () => {
    const { screen } = await renderTotp();
    const section = screen.getByRole('region', { name: 'Authenticator app' });
    await section.getByRole('button', { name: 'Set up authenticator app' }).click();
    await stepUp(screen);
    await expect.element(section.getByText('Enter the setup key')).toBeVisible();
    await section.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .element(section.getByRole('button', { name: 'Set up authenticator app' }))
      .toHaveFocus();
    await expect.element(section.getByText('Not set up')).toBeVisible();
  });

  it('replaces and removes the authenticator app', async () => {
    const { screen, simulator } = await renderTotp({ seed: { users: [mfaUserSeed()] } });
    const section = screen.getByRole('region', { name: 'Authenticator app' });
    await section.getByRole('button', { name: 'Replace authenticator app' }).click();
    await stepUp(screen);
    const secret = await secretOnScreen(screen);
    const input = section.getByRole('textbox', { name: '6-digit code from the app' });
    await userEvent.fill(input, await totpCode(secret, simulator.clock.now()));
    await expect
      .element(screen.getByRole('status').first())
      .toHaveTextContent('Authenticator app replaced.');
    const stored = simulator
      .getState()
      .users[0]!.mfaVerifications.find((entry) => entry.type === 'Totp');
    expect(stored && 'key' in stored && stored.key).toBe(secret);

    await section.getByRole('button', { name: 'Remove authenticator app' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Remove the authenticator app?' });
    await expect.element(dialog).toHaveAccessibleDescription(/less secure/);
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect.element(section.getByText('Not set up')).toBeVisible();
    expect(
      simulator.getState().users[0]!.mfaVerifications.some((entry) => entry.type === 'Totp'),
    ).toBe(false);
  });

  it('shows the QR code first in a wide container', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <div style={{ inlineSize: '720px' }}>
        <TotpSetup />
        <VerificationDialog />
      </div>,
      { wrapper: account.Wrapper },
    );
    await screen.getByRole('button', { name: 'Set up authenticator app' }).click();
    await stepUp(screen);
    await expect
      .element(screen.getByRole('img', { name: 'QR code for your authenticator app' }))
      .toBeVisible();
    await expect
      .element(screen.getByRole('button', { name: 'Can’t scan? Enter the key instead' }))
      .toBeVisible();
  });

  it('cancelling step-up is silent and opens nothing', async () => {
    const { screen } = await renderTotp();
    const trigger = screen.getByRole('button', { name: 'Set up authenticator app' });
    await trigger.click();
    await expect.element(screen.getByRole('dialog')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(trigger).toBeVisible();
    expect(
      screen
        .getByRole('alert')
        .elements()
        .filter((node) => node.textContent),
    ).toHaveLength(0);
  });

  it('keeps the last factor while MFA is mandatory', async () => {
    const { screen } = await renderTotp({
      seed: {
        signInExperience: {
          mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'Mandatory' },
        },
        users: [mfaUserSeed()],
      },
    });
    const remove = screen.getByRole('button', { name: 'Remove authenticator app' });
    await expect.element(remove).toBeDisabled();
    await expect
      .element(remove)
      .toHaveAccessibleDescription(
        'Two-step verification is required, so you need to keep at least one method.',
      );
  });

  it('keeps the last factor under a non-skippable prompt policy while adaptive MFA is on', async () => {
    const { screen } = await renderTotp({
      seed: {
        signInExperience: {
          mfa: { factors: ['Totp', 'BackupCode'], policy: 'PromptOnlyAtSignInMandatory' },
          adaptiveMfa: { enabled: true },
        },
        users: [mfaUserSeed()],
      },
    });
    await expect
      .element(screen.getByRole('button', { name: 'Remove authenticator app' }))
      .toBeDisabled();
  });

  it('keeps the last factor when organizations require MFA', async () => {
    const { screen } = await renderTotp({
      seed: {
        signInExperience: {
          mfa: {
            factors: ['Totp', 'BackupCode'],
            policy: 'PromptAtSignInAndSignUp',
            organizationRequiredMfaPolicy: 'Mandatory',
          },
        },
        users: [mfaUserSeed()],
      },
    });
    await expect
      .element(screen.getByRole('button', { name: 'Remove authenticator app' }))
      .toBeDisabled();
  });

  it('lets the app be removed under a mandatory policy when email codes remain a second factor', async () => {
    const { screen } = await renderTotp({
      seed: {
        signInExperience: {
          mfa: { factors: ['Totp', 'EmailVerificationCode', 'BackupCode'], policy: 'Mandatory' },
        },
        users: [mfaUserSeed()],
      },
    });
    await expect
      .element(screen.getByRole('button', { name: 'Remove authenticator app' }))
      .toBeEnabled();
  });

  it('ReadOnly shows the state without actions', async () => {
    const { screen } = await renderTotp({
      seed: { accountCenter: { fields: { mfa: 'ReadOnly' } }, users: [mfaUserSeed()] },
    });
    const section = screen.getByRole('region', { name: 'Authenticator app' });
    await expect.element(section.getByText(/^Added /)).toBeVisible();
    await expect.element(section.getByText('Managed by your administrator.')).toBeVisible();
    expect(section.getByRole('button').elements()).toHaveLength(0);
  });
});
