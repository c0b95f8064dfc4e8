import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { useFullTranslate as useTranslate } from '../i18n/area-i18n.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import { Button } from './button.js';
import type { ButtonProps } from './button.js';
import { CopyIcon } from './icons.js';
import { VisuallyHidden } from './visually-hidden.js';

function SaveButton(props: ButtonProps) {
  const t = useTranslate();
  return <Button {...props}>{t('common.saveChanges')}</Button>;
}

const meta = {
  title: 'Primitives/Button',
  component: Button,
  args: { onClick: fn() },
  render: (args) => <SaveButton {...args} />,
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  args: { variant: 'primary' },
  play: async ({ canvas, userEvent, args, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(canvas.getByRole('button', { name: t('common.saveChanges') }));
    await expect(args.onClick).toHaveBeenCalledOnce();
  },
};

export const Secondary: Story = { args: { variant: 'secondary' } };

export const Ghost: Story = { args: { variant: 'ghost' } };

export const Danger: Story = { args: { variant: 'danger' } };

export const Small: Story = { args: { size: 'sm' } };

export const Pending: Story = {
  args: { variant: 'primary', pending: true },
  play: async ({ canvas, userEvent, args, globals }) => {
    const { t } = await storyI18n(globals);
    const button = canvas.getByRole('button', { name: t('common.saveChanges') });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const Disabled: Story = { args: { variant: 'primary', disabled: true } };

function IconButtonDemo(props: ButtonProps) {
  const t = useTranslate();
  return (
    <Button size="icon" {...props}>
      <CopyIcon />
      <VisuallyHidden>{t('common.copyValue', { label: t('totp.secretKey') })}</VisuallyHidden>
    </Button>
  );
}

export const IconOnly: Story = { render: (args) => <IconButtonDemo {...args} /> };

function LinkDemo(props: ButtonProps) {
  const t = useTranslate();
  return (
    <Button asChild {...props}>
      <a href="https://example.com/delete-account">{t('deleteAccount.externalLink')}</a>
    </Button>
  );
}

export const AsLink: Story = {
  render: (args) => <LinkDemo {...args} />,
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(
      canvas.getByRole('link', { name: t('deleteAccount.externalLink') }),
    ).toHaveAttribute('data-slot', 'button');
  },
};
