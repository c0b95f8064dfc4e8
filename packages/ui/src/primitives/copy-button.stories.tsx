import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, waitFor } from 'storybook/test';
import { useFullTranslate as useTranslate } from '../i18n/area-i18n.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import { CopyButton } from './copy-button.js';
import type { CopyButtonProps } from './copy-button.js';

const secret = 'JBSWY3DPEHPK3PXP';

function SecretKey(props: Partial<CopyButtonProps>) {
  const t = useTranslate();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
      <code>{secret}</code>
      <CopyButton value={secret} label={t('totp.secretKey')} {...props} />
    </div>
  );
}

const meta = {
  title: 'Primitives/CopyButton',
  component: CopyButton,
  args: { value: secret },
  render: (args) => <SecretKey {...args} />,
} satisfies Meta<typeof CopyButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const IconOnly: Story = {
  beforeEach: () => {
    const spy = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    return () => spy.mockRestore();
  },
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const button = canvas.getByRole('button', {
      name: t('common.copyValue', { label: t('totp.secretKey') }),
    });
    await userEvent.click(button);
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(secret);
    await expect(button).toHaveAttribute('data-state', 'copied');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(t('common.copied')));
  },
};

function WithTextDemo() {
  const t = useTranslate();
  return <SecretKey>{t('backupCodes.copyAll')}</SecretKey>;
}

export const WithText: Story = { render: () => <WithTextDemo /> };

export const ClipboardBlocked: Story = {
  beforeEach: () => {
    const spy = spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Denied', 'NotAllowedError'),
    );
    return () => spy.mockRestore();
  },
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const button = canvas.getByRole('button', {
      name: t('common.copyValue', { label: t('totp.secretKey') }),
    });
    await userEvent.click(button);
    await expect(button).toHaveAttribute('data-state', 'failed');
  },
};
