import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { useFullI18n as useI18n } from '../i18n/area-i18n.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import { Alert, AlertDescription, AlertTitle } from './alert.js';
import type { AlertProps } from './alert.js';

function Demo(props: AlertProps) {
  const { t, formatError } = useI18n();
  const text = {
    info: t('common.managedByAdmin'),
    success: t('password.savedAndSignedOut'),
    warning: t('mfa.noFactorWarning'),
    danger: formatError({ code: 'request.message_rate_limited' }),
  }[props.variant ?? 'info'];
  return (
    <Alert {...props}>
      {props.variant === 'danger' && <AlertTitle>{t('errors.unknown')}</AlertTitle>}
      <AlertDescription>{text}</AlertDescription>
    </Alert>
  );
}

const meta = {
  title: 'Primitives/Alert',
  component: Alert,
  render: (args) => <Demo {...args} />,
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = { args: { variant: 'info' } };

export const Success: Story = {
  args: { variant: 'success' },
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const statuses = canvas
      .getAllByRole('status')
      .filter((element) => element.dataset.slot === 'alert');
    await expect(statuses).toHaveLength(1);
    await expect(statuses[0]).toHaveTextContent(t('password.savedAndSignedOut'));
  },
};

export const Warning: Story = { args: { variant: 'warning' } };

export const Danger: Story = {
  args: { variant: 'danger' },
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      t('errors.request.message_rate_limited'),
    );
  },
};

export const Dismissible: Story = {
  args: { variant: 'success', onDismiss: fn() },
  play: async ({ canvas, userEvent, args, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(canvas.getByRole('button', { name: t('common.dismiss') }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
  },
};
