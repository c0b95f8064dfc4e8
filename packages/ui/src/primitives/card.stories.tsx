import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { useFullTranslate as useTranslate } from '../i18n/area-i18n.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import { Badge } from './badge.js';
import { Button } from './button.js';
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
  Section,
  SectionContent,
  SectionDescription,
  SectionHeader,
  SectionTitle,
} from './card.js';

const meta = {
  title: 'Primitives/Card',
  component: Card,
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

function PasswordSection() {
  const t = useTranslate();
  return (
    <Section>
      <SectionHeader>
        <SectionTitle>{t('password.title')}</SectionTitle>
        <SectionDescription>{t('password.description')}</SectionDescription>
      </SectionHeader>
      <SectionContent
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: '1rem',
        }}
      >
        <Badge variant="success">{t('password.isSet')}</Badge>
        <Button>{t('password.change')}</Button>
      </SectionContent>
    </Section>
  );
}

export const TitledSection: Story = {
  render: () => <PasswordSection />,
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const region = canvas.getByRole('region', { name: t('password.title') });
    await expect(region).toHaveAccessibleDescription(t('password.description'));
    await expect(
      canvas.getByRole('heading', { level: 2, name: t('password.title') }),
    ).toBeVisible();
  },
};

function PlainCard() {
  const t = useTranslate();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('backupCodes.title')}</CardTitle>
        <CardDescription>{t('backupCodes.description')}</CardDescription>
      </CardHeader>
      <CardContent>{t('backupCodes.remaining', { count: 8 })}</CardContent>
      <CardFooter>
        <Button variant="ghost">{t('common.cancel')}</Button>
        <Button variant="primary">{t('backupCodes.regenerate')}</Button>
      </CardFooter>
    </Card>
  );
}

export const Default: Story = { render: () => <PlainCard /> };
