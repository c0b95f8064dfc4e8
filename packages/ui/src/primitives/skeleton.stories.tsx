import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { useFullTranslate as useTranslate } from '../i18n/area-i18n.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import { Section, SectionContent, SectionHeader, SectionTitle } from './card.js';
import { Skeleton } from './skeleton.js';
import { VisuallyHidden } from './visually-hidden.js';

function LoadingSection() {
  const t = useTranslate();
  return (
    <Section aria-busy="true">
      <SectionHeader>
        <SectionTitle>{t('sessions.title')}</SectionTitle>
      </SectionHeader>
      <SectionContent style={{ display: 'grid', gap: '0.75rem' }}>
        <p role="status" style={{ margin: 0 }}>
          <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        </p>
        <Skeleton style={{ inlineSize: '60%' }} />
        <Skeleton style={{ inlineSize: '40%' }} />
        <Skeleton style={{ inlineSize: '50%' }} />
      </SectionContent>
    </Section>
  );
}

const meta = {
  title: 'Primitives/Skeleton',
  component: Skeleton,
} satisfies Meta<typeof Skeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  render: () => <LoadingSection />,
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const region = canvas.getByRole('region', { name: t('sessions.title') });
    await expect(region).toHaveAttribute('aria-busy', 'true');
    await expect(within(region).getByRole('status')).toHaveTextContent(t('common.loading'));
  },
};
