import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { useFullTranslate as useTranslate } from '../i18n/area-i18n.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import { Button } from './button.js';
import { LiveRegion, useAnnounce } from './live-region.js';

function SaveWithAnnouncement() {
  const t = useTranslate();
  const announce = useAnnounce();
  return <Button onClick={() => announce(t('profile.saved'))}>{t('common.save')}</Button>;
}

const meta = {
  title: 'Primitives/LiveRegion',
  component: LiveRegion,
  // The kit root already has a LiveRegion; this story's useAnnounce uses that one.
  render: () => <SaveWithAnnouncement />,
} satisfies Meta<typeof LiveRegion>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Announce: Story = {
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const button = canvas.getByRole('button', { name: t('common.save') });
    await userEvent.click(button);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(t('profile.saved')));
    // Announcing never moves focus.
    await expect(button).toHaveFocus();
  },
};
