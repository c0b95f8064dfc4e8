import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { useFullTranslate as useTranslate } from '../i18n/area-i18n.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import { Field, FieldDescription, FieldError, FieldLabel } from './field.js';
import { PasswordInput } from './password-input.js';
import type { PasswordInputProps } from './password-input.js';

function NewPasswordField({ error, ...props }: PasswordInputProps & { error?: boolean }) {
  const t = useTranslate();
  return (
    <Field>
      <FieldLabel>{t('password.new')}</FieldLabel>
      <PasswordInput autoComplete="new-password" {...props} />
      <FieldDescription>{t('passwordIssues.too_short', { count: 8 })}</FieldDescription>
      <FieldError>{error ? t('errors.user.same_password') : null}</FieldError>
    </Field>
  );
}

const meta = {
  title: 'Primitives/PasswordInput',
  component: PasswordInput,
  args: { defaultValue: 'correct horse battery' },
  render: (args) => <NewPasswordField {...args} />,
} satisfies Meta<typeof PasswordInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Hidden: Story = {
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(canvas.getByLabelText(t('password.new'))).toHaveAttribute('type', 'password');
    await expect(canvas.getByRole('button', { name: t('common.showPassword') })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  },
};

export const Visible: Story = {
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const toggle = canvas.getByRole('button', { name: t('common.showPassword') });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByLabelText(t('password.new'))).toHaveAttribute('type', 'text');
  },
};

export const WithError: Story = {
  render: (args) => <NewPasswordField error {...args} />,
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(canvas.getByLabelText(t('password.new'))).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('errors.user.same_password'));
  },
};

export const Disabled: Story = { args: { disabled: true } };
