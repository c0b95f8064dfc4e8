import type { Meta, StoryObj } from '@storybook/react-vite';
import { useFullTranslate as useTranslate } from '../i18n/area-i18n.js';
import { Badge } from './badge.js';

function AllBadges() {
  const t = useTranslate();
  return (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      <Badge>{t('sessions.thisDevice')}</Badge>
      <Badge variant="primary">{t('mfa.required')}</Badge>
      <Badge variant="success">{t('common.on')}</Badge>
      <Badge variant="warning">{t('backupCodes.remaining', { count: 2 })}</Badge>
      <Badge variant="danger">{t('common.off')}</Badge>
    </div>
  );
}

const meta = {
  title: 'Primitives/Badge',
  component: Badge,
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Variants: Story = { render: () => <AllBadges /> };
