import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { simulatedAccountStory } from '../../../test-utils/simulated-account.js';
import { storyI18n } from '../../../test-utils/story-i18n.js';
import { ProfileFormSwitch } from './profile-form-switch.js';
import { customFieldsTenant } from './test-fixtures.js';

/**
 * The tenant's custom profile fields: one of each of the 9 types (Select, Fullname, Text,
 * Checkbox, Number, Address, Regex, Url, Date) in every state. Each story runs as an axe test in
 * English, dark Korean and right-to-left Arabic.
 */
const meta = {
  title: 'Components/CustomProfileFields',
  component: ProfileFormSwitch,
} satisfies Meta<typeof ProfileFormSwitch>;

export default meta;
type Story = StoryObj<typeof meta>;

const FILLED = {
  customData: {
    plan: 'pro',
    bio: 'Hi there',
    newsletter: false,
    age: 36,
    employeeId: 'EMP-1815',
    portfolio: 'https://ada.example/work',
    anniversary: '14.02.2020',
  },
  profile: {
    givenName: 'Ada',
    familyName: 'King',
    address: {
      streetAddress: '1 Main St',
      locality: 'London',
      postalCode: 'NW1 6XE',
      country: 'GB',
    },
  },
};

/** What the server accepted without checking (it checks nothing): each value breaks its rule. */
const INVALID = {
  customData: {
    plan: 'gold',
    bio: 'x',
    age: 'thirty',
    employeeId: 'E-1',
    portfolio: 'ftp://ada.example',
    anniversary: '2020-02-14',
  },
  profile: { givenName: '', familyName: 'King', address: { postalCode: 'nw1' } },
};

/** Nothing stored yet: empty controls, the Checkbox at its `defaultValue`. */
export const Empty: Story = {
  ...simulatedAccountStory(
    customFieldsTenant({ customData: { bio: '' }, profile: { givenName: '', familyName: '' } }),
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('combobox', { name: 'Plan' })).toHaveValue('');
    await expect(
      canvas.getByRole('checkbox', { name: 'Subscribe to the newsletter' }),
    ).toBeChecked();
  },
};

/** Every field holds a valid value. */
export const Filled: Story = {
  ...simulatedAccountStory(customFieldsTenant(FILLED)),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('combobox', { name: 'Plan' })).toHaveValue('pro');
    await expect(canvas.getByRole('textbox', { name: 'Anniversary' })).toHaveValue('14.02.2020');
  },
};

/** Save refused in the browser: each field says what is wrong, what was typed stays. */
export const Invalid: Story = {
  ...simulatedAccountStory(customFieldsTenant(INVALID)),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const age = await canvas.findByRole('textbox', { name: 'Age' });
    await userEvent.type(age, '!');
    const form = within(canvas.getByRole('region', { name: t('profile.title') }));
    await userEvent.click(form.getByRole('button', { name: t('common.saveChanges') }));
    await waitFor(() => expect(canvas.getByRole('combobox', { name: 'Plan' })).toHaveFocus());
    await expect(age).toHaveAttribute('aria-invalid', 'true');
    await expect(age).toHaveValue('thirty!');
    await expect(canvas.getByRole('textbox', { name: 'Anniversary' })).toHaveAccessibleDescription(
      expect.stringContaining(t('profileFields.invalidDate', { format: 'dd.MM.yyyy' })),
    );
  },
};

/** The tenant lets users see but not change these fields: values, no controls. */
export const ReadOnly: Story = {
  ...simulatedAccountStory(
    customFieldsTenant({ ...FILLED, levels: { customData: 'ReadOnly', profile: 'ReadOnly' } }),
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('EMP-1815')).toBeVisible();
    await expect(canvas.queryByRole('textbox', { name: 'Short bio' })).toBeNull();
  },
};
