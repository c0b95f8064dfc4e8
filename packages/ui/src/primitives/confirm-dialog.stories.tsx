import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, waitFor } from 'storybook/test';
import { useFullTranslate as useTranslate } from '../i18n/area-i18n.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import { Button } from './button.js';
import { ConfirmDialog } from './confirm-dialog.js';
import type { ConfirmDialogProps } from './confirm-dialog.js';

const email = 'jane@example.com';

function RemoveEmail(props: Partial<ConfirmDialogProps>) {
  const t = useTranslate();
  return (
    <ConfirmDialog
      trigger={<Button variant="danger">{t('email.remove')}</Button>}
      title={t('email.removeTitle', { email })}
      description={t('email.removeDescription')}
      confirmLabel={t('common.remove')}
      onConfirm={() => undefined}
      {...props}
    />
  );
}

const meta = {
  title: 'Primitives/ConfirmDialog',
  component: ConfirmDialog,
  args: { title: '', onConfirm: fn() },
  render: (args) => (
    <RemoveEmail onConfirm={args.onConfirm} defaultOpen={args.defaultOpen} pending={args.pending} />
  ),
} satisfies Meta<typeof ConfirmDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

export const Open: Story = {
  args: { defaultOpen: true },
  play: async ({ globals }) => {
    const { t } = await storyI18n(globals);
    const dialog = await screen.findByRole('alertdialog', {
      name: t('email.removeTitle', { email }),
    });
    await expect(dialog).toHaveAccessibleDescription(t('email.removeDescription'));
    // The safe choice has focus first.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: t('common.cancel') })).toHaveFocus(),
    );
  },
};

export const Confirmed: Story = {
  play: async ({ canvas, userEvent, args, globals }) => {
    const { t } = await storyI18n(globals);
    const trigger = canvas.getByRole('button', { name: t('email.remove') });
    await userEvent.click(trigger);
    await userEvent.click(await screen.findByRole('button', { name: t('common.remove') }));
    await expect(args.onConfirm).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await expect(trigger).toHaveFocus();
  },
};

export const Pending: Story = {
  args: { defaultOpen: true, pending: true },
  play: async ({ userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const confirm = await screen.findByRole('button', { name: t('common.remove') });
    await expect(confirm).toHaveAttribute('aria-busy', 'true');
    await userEvent.keyboard('{Escape}');
    await expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  },
};

export const ServerError: Story = {
  args: {
    defaultOpen: true,
    onConfirm: fn(() =>
      Promise.reject({
        code: 'user.last_sign_in_method_required',
        message: 'You need to keep at least one identifier.',
      }),
    ),
  },
  play: async ({ userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await screen.findByRole('button', { name: t('common.remove') }));
    await expect(await screen.findByRole('alert')).toHaveTextContent(
      t('errors.user.last_sign_in_method_required'),
    );
    await expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  },
};

export const CancelledStepUp: Story = {
  args: {
    defaultOpen: true,
    onConfirm: fn(() => Promise.reject({ code: 'verification_cancelled' })),
  },
  play: async ({ userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const confirm = await screen.findByRole('button', { name: t('common.remove') });
    await userEvent.click(confirm);
    await waitFor(() => expect(confirm).not.toHaveAttribute('aria-busy'));
    await expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  },
};
