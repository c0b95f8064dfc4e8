import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { storyI18n } from '../test-utils/story-i18n.js';
import { LoadFailed } from './load-failed.js';

const meta = {
  title: 'Primitives/LoadFailed',
  component: LoadFailed,
  args: { onRetry: fn() },
} satisfies Meta<typeof LoadFailed>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A section's read failed: the message and Try again, which reads again. */
export const Default: Story = {
  play: async ({ canvas, userEvent, args, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(canvas.getByText(t('common.loadFailed'))).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('common.retry') }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};
