import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor } from 'storybook/test';
import { useFullTranslate as useTranslate } from '../i18n/area-i18n.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import { Button } from './button.js';
import {
  Dialog,
  DialogBody,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from './dialog.js';
import { Field, FieldError, FieldLabel } from './field.js';
import { Input } from './input.js';

function RenamePasskeyDialog({ defaultOpen }: { defaultOpen?: boolean }) {
  const t = useTranslate();
  return (
    <Dialog defaultOpen={defaultOpen}>
      <DialogTrigger asChild>
        <Button>{t('passkey.rename')}</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t('passkey.renameTitle')}</DialogTitle>
          <DialogDescription>{t('passkey.nameDescription')}</DialogDescription>
        </DialogHeader>
        <DialogBody>
          <Field>
            <FieldLabel>{t('passkey.name')}</FieldLabel>
            <Input defaultValue="MacBook Pro" />
            <FieldError />
          </Field>
        </DialogBody>
        <DialogFooter>
          <DialogClose asChild>
            <Button>{t('common.cancel')}</Button>
          </DialogClose>
          <Button variant="primary">{t('common.save')}</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

const meta = {
  title: 'Primitives/Dialog',
  component: Dialog,
  render: () => <RenamePasskeyDialog />,
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

export const Open: Story = {
  render: () => <RenamePasskeyDialog defaultOpen />,
  play: async ({ globals }) => {
    const { t } = await storyI18n(globals);
    const dialog = await screen.findByRole('dialog', { name: t('passkey.renameTitle') });
    await expect(dialog).toHaveAccessibleDescription(t('passkey.nameDescription'));
    await waitFor(() => expect(screen.getByLabelText(t('passkey.name'))).toHaveFocus());
  },
};

export const KeyboardRoundTrip: Story = {
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const trigger = canvas.getByRole('button', { name: t('passkey.rename') });
    await userEvent.click(trigger);
    await screen.findByRole('dialog', { name: t('passkey.renameTitle') });
    await waitFor(() => expect(screen.getByLabelText(t('passkey.name'))).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(trigger).toHaveFocus();
  },
};
