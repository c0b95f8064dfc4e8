import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { useFullTranslate as useTranslate } from '../i18n/area-i18n.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import { CodeInput } from './code-input.js';
import type { CodeInputProps } from './code-input.js';
import { Field, FieldDescription, FieldError, FieldLabel } from './field.js';

function CodeField({ error, ...props }: CodeInputProps & { error?: boolean }) {
  const t = useTranslate();
  return (
    <Field>
      <FieldLabel>{t('verification.codeLabel')}</FieldLabel>
      <CodeInput {...props} />
      <FieldDescription>
        {t('verification.codeDescription', { destination: 'jane@example.com' })}
      </FieldDescription>
      <FieldError>{error ? t('errors.verification_code.code_mismatch') : null}</FieldError>
    </Field>
  );
}

const meta = {
  title: 'Primitives/CodeInput',
  component: CodeInput,
  args: { onComplete: fn(), onValueChange: fn() },
  render: (args) => <CodeField {...args} />,
} satisfies Meta<typeof CodeInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const input = canvas.getByLabelText(t('verification.codeLabel'));
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
  },
};

export const Typing: Story = {
  play: async ({ canvas, userEvent, args, globals }) => {
    const { t } = await storyI18n(globals);
    const input = canvas.getByLabelText(t('verification.codeLabel'));
    await userEvent.type(input, '12a3 45');
    await expect(input).toHaveValue('12345');
    await expect(args.onComplete).not.toHaveBeenCalled();
    await userEvent.type(input, '6');
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
  },
};

export const Pasted: Story = {
  play: async ({ canvas, userEvent, args, globals }) => {
    const { t } = await storyI18n(globals);
    const input = canvas.getByLabelText(t('verification.codeLabel'));
    await userEvent.click(input);
    await userEvent.paste('Your code: 482-913');
    await expect(input).toHaveValue('482913');
    await expect(args.onComplete).toHaveBeenCalledOnce();
    await expect(args.onComplete).toHaveBeenCalledWith('482913');
  },
};

export const Invalid: Story = {
  args: { defaultValue: '111111' },
  render: (args) => <CodeField error {...args} />,
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(canvas.getByLabelText(t('verification.codeLabel'))).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};

export const Disabled: Story = { args: { defaultValue: '123456', disabled: true } };
