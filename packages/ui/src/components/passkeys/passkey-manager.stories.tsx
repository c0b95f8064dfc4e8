import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, waitFor, within } from 'storybook/test';
import { AccountApiError } from '@account-center/client';
import { DEMO_PASSWORD, demoUserSeed } from '@account-center/mock';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { loadingStory } from '../../test-utils/state-stories.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { PasskeyManager, PasskeyNameForm } from './passkey-manager.js';
import { Passkeys } from './passkeys.js';
import { parseUserAgent } from '../../lib/user-agent.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import type { PasskeyManagerProps } from './passkey-manager.js';

const MAC_CHROME =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

const withPasskeys = (extra: Record<string, unknown> = {}) => ({
  users: [
    {
      ...demoUserSeed(),
      mfa: {
        webAuthn: [{ name: 'Work laptop', agent: MAC_CHROME }, { agent: IPHONE_SAFARI }],
      },
    },
  ],
  ...extra,
});

const meta = {
  title: 'Components/MFA/PasskeyManager',
  component: PasskeyManager,
  render: (args: PasskeyManagerProps) => (
    <>
      <PasskeyManager {...args} />
      <VerificationDialog />
    </>
  ),
} satisfies Meta<PasskeyManagerProps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two passkeys: a named one and one named from its user agent ("Safari on iOS"). */
export const Default: Story = {
  ...simulatedAccountStory({ seed: withPasskeys() }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const list = await canvas.findByRole('list', { name: t('passkey.listLabel') });
    await expect(within(list).getByText('Work laptop')).toBeVisible();
    await expect(
      within(list).getByText(t('passkey.deviceName', { browser: 'Safari', os: 'iOS' })),
    ).toBeVisible();
    await expect(within(list).getAllByText(t('passkey.neverUsed'))).toHaveLength(2);
  },
};

/** No passkeys yet; Add is ready once the options have loaded. */
export const Empty: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('passkey.none'))).toBeVisible();
    const add = canvas.getByRole('button', { name: t('passkey.add') });
    await waitFor(() => expect(add).not.toHaveAttribute('aria-busy'));
  },
};

/** The factors are still loading. */
export const Loading: Story = loadingStory(
  'GET /api/my-account/mfa-verifications',
  'passkey-manager',
);

/** The list failed to load (500): an error with Retry. */
export const ServerError: Story = {
  ...simulatedAccountStory({
    prepare: (simulator) =>
      simulator.faults.inject({ route: 'GET /api/my-account/mfa-verifications', status: 500 }),
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('common.loadFailed'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('common.retry') })).toBeVisible();
  },
};

/** The admin made passkeys read-only: the list without actions, and why. */
export const ReadOnly: Story = {
  ...simulatedAccountStory({
    seed: withPasskeys({ accountCenter: { fields: { mfa: 'ReadOnly', passkey: 'ReadOnly' } } }),
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('common.managedByAdmin'))).toBeVisible();
    await expect(canvas.queryAllByRole('button')).toHaveLength(0);
  },
};

/** The registration options failed to load: the error with Retry, Add disabled meanwhile. */
export const OptionsFailed: Story = {
  ...simulatedAccountStory({
    prepare: (simulator) =>
      simulator.faults.inject({
        route: 'POST /api/verifications/web-authn/registration',
        status: 500,
      }),
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('errors.http_error'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('common.retry') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('passkey.add') })).toBeDisabled();
  },
};

/** `mfa` Off, `passkey` Edit: the server refuses the list but accepts a new passkey. */
export const ListUnavailable: Story = {
  ...simulatedAccountStory({
    seed: { accountCenter: { fields: { mfa: 'Off', passkey: 'Edit' } } },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('passkey.listUnavailable'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('passkey.add') })).toBeVisible();
  },
};

/** A browser without WebAuthn: Add is disabled and says why. */
export const NotSupported: Story = {
  ...simulatedAccountStory(),
  beforeEach: () => {
    const saved = window.PublicKeyCredential;
    // @ts-expect-error simulating a browser without WebAuthn
    delete window.PublicKeyCredential;
    return () => {
      window.PublicKeyCredential = saved;
    };
  },
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const add = await canvas.findByRole('button', { name: t('passkey.add') });
    await expect(add).toBeDisabled();
    await expect(add).toHaveAccessibleDescription(t('passkey.notSupported'));
  },
};

/** Two-step verification is mandatory and this passkey is the only factor: it can't be removed. */
export const LastMandatoryFactor: Story = {
  ...simulatedAccountStory({
    seed: {
      signInExperience: {
        mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'Mandatory' },
      },
      users: [{ ...demoUserSeed(), mfa: { webAuthn: [{ name: 'Work laptop' }] } }],
    },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const remove = await canvas.findByRole('button', {
      name: t('passkey.removeLabel', { name: 'Work laptop' }),
    });
    await expect(remove).toBeDisabled();
    await expect(remove).toHaveAccessibleDescription(t('totp.lastFactor'));
  },
};

/** Inline rename: the field takes focus; a blank name is rejected under it. */
export const RenameBlank: Story = {
  ...simulatedAccountStory({ seed: withPasskeys() }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(
      await canvas.findByRole('button', {
        name: t('passkey.renameLabel', { name: 'Work laptop' }),
      }),
    );
    const input = canvas.getByRole('textbox', { name: t('passkey.renameTitle') });
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.clear(input);
    await userEvent.click(canvas.getByRole('button', { name: t('common.save') }));
    await expect(input).toHaveAccessibleDescription(t('passkey.nameRequired'));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Remove asks first, naming the passkey and the consequence. */
export const RemoveConfirmation: Story = {
  ...simulatedAccountStory({ seed: withPasskeys() }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(
      await canvas.findByRole('button', {
        name: t('passkey.removeLabel', { name: 'Work laptop' }),
      }),
    );
    const dialog = await screen.findByRole('alertdialog', {
      name: t('passkey.removeTitle', { name: 'Work laptop' }),
    });
    await expect(dialog).toHaveAccessibleDescription(t('passkey.removeDescription'));
  },
};

/** Add: step-up comes first, then Create opens the OS prompt from its own click. */
export const AddAfterStepUp: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const add = await canvas.findByRole('button', { name: t('passkey.add') });
    await waitFor(() => expect(add).not.toHaveAttribute('aria-busy'));
    await userEvent.click(add);
    await userEvent.type(
      await screen.findByLabelText(t('verification.passwordLabel'), { exact: true }),
      DEMO_PASSWORD,
    );
    await userEvent.click(screen.getByRole('button', { name: t('verification.verify') }));
    await expect(await canvas.findByRole('button', { name: t('passkey.create') })).toBeVisible();
    await expect(canvas.getByText(t('passkey.continueDescription'))).toBeVisible();
  },
};

/**
 * After the OS prompt: the name step, prefilled with this browser and OS (the part on its own,
 * driven by a `usePasskeyRegistration()`-shaped value).
 */
export const Naming: Story = {
  render: () => (
    <PasskeyNameForm registration={{ state: 'naming', error: null, bind: fn(async () => {}) }} />
  ),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const { browser, os } = parseUserAgent(navigator.userAgent);
    const input = canvas.getByRole('textbox', { name: t('passkey.name') });
    await expect(input).toHaveValue(t('passkey.deviceName', { browser: browser!, os: os! }));
    await userEvent.clear(input);
    await userEvent.click(canvas.getByRole('button', { name: t('common.save') }));
    await expect(input).toHaveAccessibleDescription(
      `${t('passkey.nameDescription')} ${t('passkey.nameRequired')}`,
    );
  },
};

/** Saving the name failed: the message shows and the typed name stays. */
export const NamingFailed: Story = {
  render: () => (
    <PasskeyNameForm
      registration={{
        state: 'naming',
        error: new AccountApiError({ status: 500, code: 'http_error', message: 'Internal' }),
        bind: fn(async () => {}),
      }}
    />
  ),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(canvas.getByText(t('errors.http_error'))).toBeVisible();
  },
};

/**
 * Built from the parts (`Passkeys.Root`, `.Header`, `.Content`, `.Add`, `.List`, `.Item`): Add
 * above the list, and each row's body the app's own (the name in bold, then when it was last used).
 */
export const Composed: Story = {
  ...simulatedAccountStory({ seed: withPasskeys() }),
  render: () => (
    <>
      <Passkeys.Root>
        <Passkeys.Header />
        <Passkeys.Content>
          <Passkeys.Add />
          <Passkeys.List>
            {(passkey) => (
              <Passkeys.Item passkey={passkey}>
                {({ name, lastUsed }) => (
                  <p>
                    <strong>{name}</strong> <span>{lastUsed}</span>
                  </p>
                )}
              </Passkeys.Item>
            )}
          </Passkeys.List>
          <Passkeys.ReadOnlyNote />
        </Passkeys.Content>
      </Passkeys.Root>
      <VerificationDialog />
    </>
  ),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const list = await canvas.findByRole('list', { name: t('passkey.listLabel') });
    const title = within(list).getByText('Work laptop');
    await expect(title.tagName).toBe('STRONG');
    await expect(within(list).getAllByText(t('passkey.neverUsed'))).toHaveLength(2);
    const add = canvas.getByRole('button', { name: t('passkey.addAnother') });
    await expect(add.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await expect(
      within(list).getByRole('button', { name: t('passkey.renameLabel', { name: 'Work laptop' }) }),
    ).toBeVisible();
  },
};
