import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, waitFor, within } from 'storybook/test';
import { DEMO_PASSWORD } from '@account-center/mock';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { AccountDeletion, DeleteAccount } from './delete-account.js';

const meta = {
  title: 'Components/DeleteAccount',
  component: DeleteAccount,
  render: (args) => (
    <>
      <VerificationDialog />
      <DeleteAccount {...args} />
    </>
  ),
} satisfies Meta<typeof DeleteAccount>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The admin configured `deleteAccountUrl`: a link. */
export const Link: Story = {
  ...simulatedAccountStory({
    seed: { accountCenter: { deleteAccountUrl: 'https://example.com/delete-account' } },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(
      await canvas.findByRole('link', { name: t('deleteAccount.externalLink') }),
    ).toHaveAttribute('href', 'https://example.com/delete-account');
  },
};

/** Neither a handler nor a valid http(s) URL: nothing is rendered. */
export const NotConfigured: Story = {
  ...simulatedAccountStory(),
  args: { deleteAccountUrl: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="delete-account"]')).toBeNull();
  },
};

/** The app deletes through its backend: the trigger. */
export const Handler: Story = {
  ...simulatedAccountStory(),
  args: { onDeleteAccount: fn() },
};

/** The type-to-confirm dialog; Delete stays disabled until the phrase matches. */
export const ConfirmPhrase: Story = {
  ...simulatedAccountStory(),
  args: { onDeleteAccount: fn() },
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('deleteAccount.action') }));
    const dialog = await screen.findByRole('alertdialog', {
      name: t('deleteAccount.confirmTitle'),
    });
    const confirm = within(dialog).getByRole('button', { name: t('deleteAccount.action') });
    await expect(confirm).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox'),
      `${t('deleteAccount.confirmPhrase')}!`,
    );
    await expect(await within(dialog).findByText(t('deleteAccount.phraseMismatch'))).toBeVisible();
  },
};

/** Phrase, step-up, then the app's handler. */
export const Deleted: Story = {
  ...simulatedAccountStory(),
  args: { onDeleteAccount: fn() },
  play: async ({ canvas, userEvent, globals, args }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('deleteAccount.action') }));
    const dialog = await screen.findByRole('alertdialog', {
      name: t('deleteAccount.confirmTitle'),
    });
    await userEvent.type(within(dialog).getByRole('textbox'), t('deleteAccount.confirmPhrase'));
    await userEvent.click(within(dialog).getByRole('button', { name: t('deleteAccount.action') }));
    const stepUp = await screen.findByRole('dialog', { name: t('verification.title') });
    await userEvent.type(
      within(stepUp).getByLabelText(t('verification.passwordLabel'), { exact: true }),
      DEMO_PASSWORD,
    );
    await userEvent.click(within(stepUp).getByRole('button', { name: t('verification.verify') }));
    await waitFor(() => expect(args.onDeleteAccount).toHaveBeenCalledOnce());
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  },
};

/** The handler failed: the error shows in the dialog, the phrase is kept. */
export const ServerError: Story = {
  ...simulatedAccountStory(),
  args: {
    onDeleteAccount: fn(() =>
      Promise.reject(Object.assign(new Error('down'), { code: 'network' })),
    ),
  },
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('deleteAccount.action') }));
    const dialog = await screen.findByRole('alertdialog', {
      name: t('deleteAccount.confirmTitle'),
    });
    await userEvent.type(within(dialog).getByRole('textbox'), t('deleteAccount.confirmPhrase'));
    await userEvent.click(within(dialog).getByRole('button', { name: t('deleteAccount.action') }));
    const stepUp = await screen.findByRole('dialog', { name: t('verification.title') });
    await userEvent.type(
      within(stepUp).getByLabelText(t('verification.passwordLabel'), { exact: true }),
      DEMO_PASSWORD,
    );
    await userEvent.click(within(stepUp).getByRole('button', { name: t('verification.verify') }));
    await expect(await within(dialog).findByText(t('errors.network'))).toBeVisible();
  },
};

/**
 * Built from the `AccountDeletion` parts: the Delete button above the app's own heading and
 * warning; the phrase, step-up and the handler behave as in `DeleteAccount`.
 */
export const Composed: Story = {
  ...simulatedAccountStory(),
  args: { onDeleteAccount: fn() },
  render: (args) => (
    <>
      <AccountDeletion.Root {...args}>
        <AccountDeletion.Content>
          <AccountDeletion.Confirm />
        </AccountDeletion.Content>
        <AccountDeletion.Header>
          <AccountDeletion.Title />
          <p>Your invoices stay available for 30 days.</p>
        </AccountDeletion.Header>
      </AccountDeletion.Root>
      <VerificationDialog />
    </>
  ),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const section = await canvas.findByRole('region', { name: t('deleteAccount.title') });
    await expect(
      within(section).getByText('Your invoices stay available for 30 days.'),
    ).toBeVisible();
    await userEvent.click(within(section).getByRole('button', { name: t('deleteAccount.action') }));
    const dialog = await screen.findByRole('alertdialog', {
      name: t('deleteAccount.confirmTitle'),
    });
    await waitFor(() => expect(dialog).toBeVisible());
  },
};
