import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { useFullTranslate as useTranslate } from '../i18n/area-i18n.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import { Field, FieldDescription, FieldLabel } from './field.js';
import { Switch } from './switch.js';
import type { SwitchProps } from './switch.js';

function MfaSwitch(props: SwitchProps) {
  const t = useTranslate();
  return (
    <Field
      style={{
        flexDirection: 'row',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: '1rem',
      }}
    >
      <div style={{ display: 'grid', gap: '0.25rem' }}>
        <FieldLabel>{t('mfa.askOnSignIn')}</FieldLabel>
        <FieldDescription>{t('mfa.description')}</FieldDescription>
      </div>
      <Switch {...props} />
    </Field>
  );
}

const meta = {
  title: 'Primitives/Switch',
  component: Switch,
  args: { onCheckedChange: fn() },
  render: (args) => <MfaSwitch {...args} />,
} satisfies Meta<typeof Switch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {
  play: async ({ canvas, userEvent, args, globals }) => {
    const { t } = await storyI18n(globals);
    const control = canvas.getByRole('switch', { name: t('mfa.askOnSignIn') });
    await expect(control).not.toBeChecked();
    await userEvent.click(control);
    await expect(control).toBeChecked();
    await expect(args.onCheckedChange).toHaveBeenCalledWith(true);
  },
};

export const On: Story = {
  args: { defaultChecked: true },
  play: async ({ canvas, userEvent, args, globals }) => {
    const { t } = await storyI18n(globals);
    const control = canvas.getByRole('switch', { name: t('mfa.askOnSignIn') });
    control.focus();
    await userEvent.keyboard(' ');
    await expect(control).not.toBeChecked();
    await expect(args.onCheckedChange).toHaveBeenCalledWith(false);
  },
};

export const Pending: Story = {
  args: { checked: true, pending: true },
  play: async ({ canvas, userEvent, args, globals }) => {
    const { t } = await storyI18n(globals);
    const control = canvas.getByRole('switch', { name: t('mfa.askOnSignIn') });
    await userEvent.click(control);
    await expect(control).toBeChecked();
    await expect(args.onCheckedChange).not.toHaveBeenCalled();
  },
};

export const Disabled: Story = { args: { disabled: true } };
