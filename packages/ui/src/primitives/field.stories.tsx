import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { useFullTranslate as useTranslate } from '../i18n/area-i18n.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import { Field, FieldControl, FieldDescription, FieldError, FieldLabel } from './field.js';
import { Input } from './input.js';

const meta = {
  title: 'Primitives/Field',
  component: Field,
} satisfies Meta<typeof Field>;

export default meta;
type Story = StoryObj<typeof meta>;

function EmailField() {
  const t = useTranslate();
  return (
    <Field>
      <FieldLabel>{t('email.label')}</FieldLabel>
      <Input type="email" autoComplete="email" placeholder={t('email.placeholder')} />
      <FieldDescription>{t('email.description')}</FieldDescription>
      <FieldError />
    </Field>
  );
}

export const Default: Story = {
  render: () => <EmailField />,
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const input = canvas.getByLabelText(t('email.label'));
    await expect(input).toHaveAccessibleDescription(t('email.description'));
    await expect(input).not.toHaveAttribute('aria-invalid');
  },
};

function UsernameField() {
  const t = useTranslate();
  return (
    <Field>
      <FieldLabel>{t('profile.username')}</FieldLabel>
      <Input defaultValue="jane" autoComplete="username" />
      <FieldDescription>{t('profile.usernameDescription')}</FieldDescription>
      <FieldError>{t('errors.user.username_already_in_use')}</FieldError>
    </Field>
  );
}

export const WithError: Story = {
  render: () => <UsernameField />,
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const input = canvas.getByLabelText(t('profile.username'));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(
      `${t('profile.usernameDescription')} ${t('errors.user.username_already_in_use')}`,
    );
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      t('errors.user.username_already_in_use'),
    );
  },
};

function ReadOnlyField() {
  const t = useTranslate();
  return (
    <Field>
      <FieldLabel>{t('profile.name')}</FieldLabel>
      <Input defaultValue="Jane Doe" readOnly />
      <FieldDescription>{t('common.managedByAdmin')}</FieldDescription>
    </Field>
  );
}

export const ReadOnly: Story = { render: () => <ReadOnlyField /> };

function GenderField() {
  const t = useTranslate();
  return (
    <Field>
      <FieldLabel>{t('profile.gender')}</FieldLabel>
      <FieldControl>
        <select className="ac-input" defaultValue="">
          <option value="">{t('common.notSet')}</option>
          <option value="female">♀</option>
          <option value="male">♂</option>
        </select>
      </FieldControl>
    </Field>
  );
}

export const CustomControl: Story = {
  render: () => <GenderField />,
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(canvas.getByLabelText(t('profile.gender'))).toHaveAttribute(
      'data-slot',
      'field-control',
    );
  },
};
