import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor, within } from 'storybook/test';
import { DEMO_PASSWORD, allFields, socialOnlyUserSeed } from '@account-center/mock';
import type { SimulatedAccount } from '../../test-utils/simulated-account.js';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { loadingStory } from '../../test-utils/state-stories.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { PasswordChange } from './password-change.js';
import { Password } from './password.js';

const STRONG = 'Violet-Harbor-Lantern-58';

const meta = {
  title: 'Components/Password/PasswordChange',
  component: PasswordChange,
  render: (args) => (
    <>
      <VerificationDialog />
      <PasswordChange {...args} />
    </>
  ),
} satisfies Meta<typeof PasswordChange>;

export default meta;
type Story = StoryObj<typeof meta>;

type Loaded = { account: SimulatedAccount };

/** The step-up dialog: confirm with the demo password. */
async function passStepUp(
  t: Awaited<ReturnType<typeof storyI18n>>['t'],
  userEvent: {
    type: (element: Element, text: string) => Promise<void>;
    click: (element: Element) => Promise<void>;
  },
) {
  const dialog = await screen.findByRole('dialog', { name: t('verification.title') });
  await userEvent.type(
    within(dialog).getByLabelText(t('verification.passwordLabel'), { exact: true }),
    DEMO_PASSWORD,
  );
  await userEvent.click(within(dialog).getByRole('button', { name: t('verification.verify') }));
}

/** A user with a password: "Change password". */
export const Default: Story = { ...simulatedAccountStory() };

/** A social-only user: "Set password", no step-up and no sessions option. */
export const SetFirstPassword: Story = {
  ...simulatedAccountStory({ seed: { users: [socialOnlyUserSeed()] } }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('password.set') }));
    const input = canvas.getByLabelText(t('password.new'), { exact: true });
    await expect(input).toHaveFocus();
    await userEvent.type(input, STRONG);
    await userEvent.type(canvas.getByLabelText(t('password.confirm'), { exact: true }), STRONG);
    await userEvent.click(canvas.getByRole('button', { name: t('common.save') }));
    await expect(await canvas.findByText(t('password.setSaved'))).toBeVisible();
  },
};

/** Built from the `Password` parts: the action in the header, no status row, the notice last. */
export const Composed: Story = {
  ...simulatedAccountStory({ seed: { users: [socialOnlyUserSeed()] } }),
  render: () => (
    <>
      <VerificationDialog />
      <Password.Root>
        <Password.Header>
          <Password.Title />
          <Password.Trigger variant="primary" />
        </Password.Header>
        <Password.Content>
          <Password.Form />
          <Password.ReadOnlyNote />
          <Password.Notice />
        </Password.Content>
      </Password.Root>
    </>
  ),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('password.set') }));
    const input = canvas.getByLabelText(t('password.new'), { exact: true });
    await expect(input).toHaveFocus();
    await expect(canvas.getByRole('list', { name: t('password.requirements') })).toBeVisible();
    await userEvent.type(input, STRONG);
    await userEvent.type(canvas.getByLabelText(t('password.confirm'), { exact: true }), STRONG);
    await userEvent.click(canvas.getByRole('button', { name: t('common.save') }));
    await expect(await canvas.findByText(t('password.setSaved'))).toBeVisible();
    await expect(canvas.queryByText(t('password.isSet'))).toBeNull();
  },
};

/** The form open, the rules listed before typing. */
export const Open: Story = {
  ...simulatedAccountStory(),
  args: { defaultOpen: true },
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(
      await canvas.findByRole('list', { name: t('password.requirements') }),
    ).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: t('password.signOutOthers') })).toBeChecked();
  },
};

/** Typing checks the rules live. */
export const LiveChecklist: Story = {
  ...simulatedAccountStory(),
  args: { defaultOpen: true },
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const input = await canvas.findByLabelText(t('password.new'), { exact: true });
    await userEvent.type(input, 'aaaa1111');
    const list = canvas.getByRole('list', { name: t('password.requirements') });
    await waitFor(() =>
      expect(list.querySelector('[data-rule="too_short"]')).toHaveAttribute('data-state', 'met'),
    );
    await expect(list.querySelector('[data-rule="restricted.repetition"]')).toHaveAttribute(
      'data-state',
      'unmet',
    );
  },
};

/** `123`: after step-up the server's issues mark the checklist. */
export const PolicyRejected: Story = {
  ...simulatedAccountStory(),
  args: { defaultOpen: true },
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const input = await canvas.findByLabelText(t('password.new'), { exact: true });
    await userEvent.type(input, '123');
    await userEvent.type(canvas.getByLabelText(t('password.confirm'), { exact: true }), '123');
    await userEvent.click(canvas.getByRole('button', { name: t('common.save') }));
    await passStepUp(t, userEvent);
    await expect(await canvas.findByText(t('errors.password.rejected'))).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    const list = canvas.getByRole('list', { name: t('password.requirements') });
    await expect(list.querySelector('[data-rule="too_short"]')).toHaveAttribute(
      'data-state',
      'rejected',
    );
  },
};

/** The current password again: `user.same_password` under the field. */
export const SamePassword: Story = {
  ...simulatedAccountStory(),
  args: { defaultOpen: true },
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const input = await canvas.findByLabelText(t('password.new'), { exact: true });
    await userEvent.type(input, DEMO_PASSWORD);
    await userEvent.type(
      canvas.getByLabelText(t('password.confirm'), { exact: true }),
      DEMO_PASSWORD,
    );
    await userEvent.click(canvas.getByRole('button', { name: t('common.save') }));
    await passStepUp(t, userEvent);
    await expect(await canvas.findByText(t('errors.user.same_password'))).toBeVisible();
  },
};

/** The confirmation differs. */
export const Mismatch: Story = {
  ...simulatedAccountStory(),
  args: { defaultOpen: true },
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.type(await canvas.findByLabelText(t('password.new'), { exact: true }), STRONG);
    await userEvent.type(canvas.getByLabelText(t('password.confirm'), { exact: true }), 'nope');
    await userEvent.click(canvas.getByRole('button', { name: t('common.save') }));
    await expect(await canvas.findByText(t('password.mismatch'))).toBeVisible();
  },
};

/** Saved, other devices signed out. */
export const Success: Story = {
  ...simulatedAccountStory(),
  args: { defaultOpen: true },
  play: async ({ canvas, userEvent, globals, loaded }) => {
    const { t } = await storyI18n(globals);
    await userEvent.type(await canvas.findByLabelText(t('password.new'), { exact: true }), STRONG);
    await userEvent.type(canvas.getByLabelText(t('password.confirm'), { exact: true }), STRONG);
    await userEvent.click(canvas.getByRole('button', { name: t('common.save') }));
    await passStepUp(t, userEvent);
    await expect(await canvas.findByText(t('password.savedAndSignedOut'))).toBeVisible();
    const sessions = (loaded as Loaded).account.simulator.getState().users[0]?.sessions ?? [];
    await expect(sessions).toHaveLength(1);
  },
};

/** The breached-password service is unreachable (500, §12): input kept, retry offered. */
export const ServerError: Story = {
  ...simulatedAccountStory({
    seed: { users: [socialOnlyUserSeed()], pwnedServiceUnreachable: true },
  }),
  args: { defaultOpen: true },
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const input = await canvas.findByLabelText(t('password.new'), { exact: true });
    await userEvent.type(input, STRONG);
    await userEvent.type(canvas.getByLabelText(t('password.confirm'), { exact: true }), STRONG);
    await userEvent.click(canvas.getByRole('button', { name: t('common.save') }));
    await expect(await canvas.findByText(t('password.saveFailed'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('common.retry') })).toBeVisible();
    await expect(input).toHaveValue(STRONG);
  },
};

/** The admin made the password read-only: state and hint, no action. */
export const ReadOnly: Story = {
  ...simulatedAccountStory({
    seed: {
      accountCenter: { enabled: true, fields: { ...allFields('Edit'), password: 'ReadOnly' } },
    },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('common.managedByAdmin'))).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('password.change') })).toBeNull();
  },
};

/** The account is still loading. */
export const Loading: Story = loadingStory('GET /api/my-account', 'password-change');

/** The `password` field is Off: nothing is rendered. */
export const Off: Story = {
  ...simulatedAccountStory({
    seed: { accountCenter: { enabled: true, fields: { ...allFields('Edit'), password: 'Off' } } },
  }),
  play: async ({ canvasElement, loaded }) => {
    const { account } = loaded as Loaded;
    await waitFor(() => expect(account.queryClient.isFetching()).toBe(0));
    await expect(canvasElement.querySelector('[data-slot="password-change"]')).toBeNull();
  },
};
