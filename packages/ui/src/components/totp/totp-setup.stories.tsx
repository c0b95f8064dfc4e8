import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor } from 'storybook/test';
import { DEMO_PASSWORD, mfaUserSeed, totpCode } from '@account-center/mock';
import type { I18n } from '../../i18n/create-i18n.js';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import type { SimulatedAccount } from '../../test-utils/simulated-account.js';
import { loadingStory } from '../../test-utils/state-stories.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { Totp } from './totp.js';
import { TotpSetup } from './totp-setup.js';
import type { TotpSetupProps } from './totp-setup.js';

const meta = {
  title: 'Components/MFA/TotpSetup',
  component: TotpSetup,
  args: { issuer: 'Acme' },
  render: (args: TotpSetupProps) => (
    <>
      <TotpSetup {...args} />
      <VerificationDialog />
    </>
  ),
} satisfies Meta<TotpSetupProps>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];
type UserEvent = Parameters<NonNullable<Story['play']>>[0]['userEvent'];

/** Set up → step-up (password) → the setup panel. */
async function openSetup(canvas: Canvas, userEvent: UserEvent, t: I18n['t'], label: string) {
  await userEvent.click(await canvas.findByRole('button', { name: label }));
  await userEvent.type(
    await screen.findByLabelText(t('verification.passwordLabel'), { exact: true }),
    DEMO_PASSWORD,
  );
  await userEvent.click(await screen.findByRole('button', { name: t('verification.verify') }));
}

/** Not set up yet. */
export const Default: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('totp.notConfigured'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('totp.add') })).toBeVisible();
  },
};

/** Set up: Replace and Remove. */
export const Configured: Story = {
  ...simulatedAccountStory({ seed: { users: [mfaUserSeed()] } }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByRole('button', { name: t('totp.replace') })).toBeVisible();
    await expect(await canvas.findByRole('button', { name: t('totp.remove') })).toBeEnabled();
  },
};

export const Loading: Story = loadingStory('GET /api/my-account/mfa-verifications', 'totp-setup');

/** The factors failed to load (500): an error with Retry. */
export const ServerError: Story = {
  ...simulatedAccountStory({
    prepare: (simulator) =>
      simulator.faults.inject({ route: 'GET /api/my-account/mfa-verifications', status: 500 }),
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('common.loadFailed'))).toBeVisible();
  },
};

export const ReadOnly: Story = {
  ...simulatedAccountStory({
    seed: { accountCenter: { fields: { mfa: 'ReadOnly' } }, users: [mfaUserSeed()] },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('common.managedByAdmin'))).toBeVisible();
    await expect(canvas.queryAllByRole('button')).toHaveLength(0);
  },
};

/** Two-step verification is mandatory and this is the only factor: Remove is disabled, with why. */
export const LastMandatoryFactor: Story = {
  ...simulatedAccountStory({
    seed: {
      signInExperience: {
        mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'Mandatory' },
      },
      users: [mfaUserSeed()],
    },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const remove = await canvas.findByRole('button', { name: t('totp.remove') });
    await expect(remove).toBeDisabled();
    await expect(remove).toHaveAccessibleDescription(t('totp.lastFactor'));
  },
};

/** The QR code (wide containers open on it). */
export const ScanQrCode: Story = {
  ...simulatedAccountStory(),
  args: { defaultView: 'qr' },
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await openSetup(canvas, userEvent, t, t('totp.add'));
    await expect(await canvas.findByRole('img', { name: t('totp.qrLabel') })).toBeVisible();
    await expect(await canvas.findByRole('button', { name: t('totp.showKey') })).toBeVisible();
  },
};

/** The key in groups of four with Copy for key and link (narrow containers open on it). */
export const EnterKey: Story = {
  ...simulatedAccountStory(),
  args: { defaultView: 'key' },
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await openSetup(canvas, userEvent, t, t('totp.add'));
    await expect(await canvas.findByText(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/)).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: t('common.copyValue', { label: t('totp.secretKey') }) }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: t('common.copyValue', { label: t('totp.setupUri') }) }),
    ).toBeVisible();
  },
};

/** A wrong code: said under the field, which is cleared and focused. */
export const WrongCode: Story = {
  ...simulatedAccountStory(),
  args: { defaultView: 'key' },
  play: async ({ canvas, userEvent, globals, loaded }) => {
    const { t } = await storyI18n(globals);
    const { simulator } = (loaded as { account: SimulatedAccount }).account;
    await openSetup(canvas, userEvent, t, t('totp.add'));
    const key = await canvas.findByText(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    const code = await totpCode(key.textContent!.replace(/\s/g, ''), simulator.clock.now());
    const input = await canvas.findByRole('textbox', { name: t('totp.codeLabel') });
    await userEvent.type(input, String((Number(code) + 1) % 1_000_000).padStart(6, '0'));
    // The answer comes back from the server: wait until the field shows it, cleared and focused.
    await waitFor(() => {
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveValue('');
      expect(input).toHaveFocus();
    });
  },
};

/** Set up with the right code: back to the section, and backup codes are offered. */
export const SetUpDone: Story = {
  ...simulatedAccountStory(),
  args: { defaultView: 'key' },
  play: async ({ canvas, userEvent, globals, loaded }) => {
    const { t } = await storyI18n(globals);
    const { simulator } = (loaded as { account: SimulatedAccount }).account;
    await openSetup(canvas, userEvent, t, t('totp.add'));
    const key = await canvas.findByText(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    const code = await totpCode(key.textContent!.replace(/\s/g, ''), simulator.clock.now());
    await userEvent.type(await canvas.findByRole('textbox', { name: t('totp.codeLabel') }), code);
    await expect(await canvas.findByRole('button', { name: t('totp.replace') })).toBeVisible();
    await expect(await canvas.findByText(t('backupCodes.offerTitle'))).toBeVisible();
  },
};

/** Remove asks first and says the account becomes less secure. */
export const RemoveConfirmation: Story = {
  ...simulatedAccountStory({ seed: { users: [mfaUserSeed()] } }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('totp.remove') }));
    const dialog = await screen.findByRole('alertdialog', { name: t('totp.removeTitle') });
    await expect(dialog).toHaveAccessibleDescription(t('totp.removeDescription'));
  },
};

/**
 * The parts rearranged: the actions first, then the setup panel, then a status line of the app's
 * own (the date in bold); the last-factor note is left out.
 */
export const Composed: Story = {
  ...simulatedAccountStory({ seed: { users: [mfaUserSeed()] } }),
  render: (args) => (
    <>
      <Totp.Root {...args}>
        <Totp.Header />
        <Totp.Content>
          <Totp.Actions />
          <Totp.SetupPanel />
          <Totp.Status>{({ added }) => <strong>{added}</strong>}</Totp.Status>
          <Totp.ReadOnlyNote />
        </Totp.Content>
      </Totp.Root>
      <VerificationDialog />
    </>
  ),
  play: async ({ canvas, canvasElement, globals }) => {
    const { t } = await storyI18n(globals);
    const replace = await canvas.findByRole('button', { name: t('totp.replace') });
    await expect(canvas.getByRole('button', { name: t('totp.remove') })).toBeEnabled();
    const status = canvasElement.querySelector('[data-slot="totp-status"]')!;
    await expect(status.firstElementChild?.tagName).toBe('STRONG');
    await expect(
      replace.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  },
};
