import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { allFields, mfaUserSeed } from '@account-center/mock';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { loadFailedStory, loadingStory } from '../../test-utils/state-stories.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { MfaSettings } from './mfa-settings.js';

const meta = {
  title: 'Components/MfaSettings',
  component: MfaSettings,
  render: () => (
    <>
      <TestStepUp />
      <MfaSettings />
    </>
  ),
} satisfies Meta<typeof MfaSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

const mfaUser = { users: [mfaUserSeed()] };
const passkeySignIn = { passkeySignIn: { enabled: true } };

/** A user with an authenticator app: the second step is on. */
export const Default: Story = {
  ...simulatedAccountStory({ seed: mfaUser }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByRole('switch', { name: t('mfa.askOnSignIn') })).toBeChecked();
  },
};

/** Built from the parts: the passkey suggestion first, then the second step; no code factors. */
export const Composed: Story = {
  ...simulatedAccountStory({ seed: { ...mfaUser, signInExperience: passkeySignIn } }),
  render: () => (
    <>
      <TestStepUp />
      <MfaSettings.Root>
        <MfaSettings.Header />
        <MfaSettings.Content>
          <MfaSettings.Required />
          <MfaSettings.PasskeyPrompt />
          <MfaSettings.AskOnSignIn />
        </MfaSettings.Content>
      </MfaSettings.Root>
    </>
  ),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const ask = await canvas.findByRole('switch', { name: t('mfa.askOnSignIn') });
    const passkey = await canvas.findByRole('switch', { name: t('mfa.passkeyPrompt') });
    await expect(ask).toBeChecked();
    await expect(
      passkey.compareDocumentPosition(ask) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  },
};

/** Turning it off asks first; the switch keeps the server state meanwhile. */
export const ConfirmTurnOff: Story = {
  ...simulatedAccountStory({ seed: mfaUser }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('switch', { name: t('mfa.askOnSignIn') }));
    const dialog = await within(document.body).findByRole('alertdialog', {
      name: t('mfa.turnOffTitle'),
    });
    await waitFor(() => expect(dialog).toBeVisible());
  },
};

/** On, but no method set up yet: a warning. */
export const NoMethodWarning: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('mfa.noFactorWarning'))).toBeVisible();
  },
};

/** Passkey sign-in is enabled: the passkey suggestion switch too. */
export const WithPasskeyPrompt: Story = {
  ...simulatedAccountStory({ seed: { ...mfaUser, signInExperience: passkeySignIn } }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const control = await canvas.findByRole('switch', { name: t('mfa.passkeyPrompt') });
    await expect(control).toBeChecked();
    await userEvent.click(control);
    await waitFor(() => expect(control).not.toBeChecked());
  },
};

/** The tenant requires two-step verification: no switch, a note. */
export const Mandatory: Story = {
  ...simulatedAccountStory({
    seed: mfaUser,
    prepare: (simulator) =>
      simulator.admin.updateSignInExperience({ mfa: { factors: ['Totp'], policy: 'Mandatory' } }),
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('mfa.required'))).toBeVisible();
    await expect(canvas.queryByRole('switch')).toBeNull();
  },
};

/** Non-skippable prompt policy with Adaptive MFA: mandatory too, so no switch. */
export const AdaptiveMandatory: Story = {
  ...simulatedAccountStory({
    seed: mfaUser,
    prepare: (simulator) =>
      simulator.admin.updateSignInExperience({
        mfa: { factors: ['Totp'], policy: 'PromptOnlyAtSignInMandatory' },
        adaptiveMfa: { enabled: true },
      }),
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('mfa.required'))).toBeVisible();
    await expect(canvas.queryByRole('switch')).toBeNull();
  },
};

/** Email and phone codes offered by the tenant: the address codes go to, or a prompt to add one. */
export const CodeFactors: Story = {
  ...simulatedAccountStory({
    seed: mfaUser,
    prepare: (simulator) =>
      simulator.admin.updateSignInExperience({
        mfa: {
          factors: ['Totp', 'EmailVerificationCode', 'PhoneVerificationCode'],
          policy: 'UserControlled',
        },
      }),
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('codeFactors.email'))).toBeVisible();
    await expect(canvas.getByText(t('codeFactors.addPhone'))).toBeVisible();
  },
};

/** The admin made MFA read-only: the value, no switch, a short hint. */
export const ReadOnly: Story = {
  ...simulatedAccountStory({
    seed: {
      ...mfaUser,
      signInExperience: passkeySignIn,
      accountCenter: {
        enabled: true,
        fields: { ...allFields('Edit'), mfa: 'ReadOnly', passkey: 'ReadOnly' },
      },
    },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await waitFor(() => expect(canvas.getAllByText(t('common.managedByAdmin'))).toHaveLength(2));
    await expect(canvas.queryByRole('switch')).toBeNull();
  },
};

/** Skeleton while the settings load. */
export const Loading: Story = loadingStory(
  'GET /api/my-account/mfa-settings',
  'mfa-settings-toggle',
  undefined,
  { seed: mfaUser },
);

/** The settings could not be read: inline error with Try again. */
export const ServerError: Story = loadFailedStory('GET /api/my-account/mfa-settings', {
  seed: mfaUser,
});
