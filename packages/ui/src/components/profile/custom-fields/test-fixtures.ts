/**
 * Tests and stories only: a tenant whose account center selected one custom profile field of
 * each of the 9 types, shaped as a real Logto 1.42 lists them in `customProfileFieldCatalog`
 * (recorded-tenant-config.json), fed through the provider's `settings` prop as
 * `fetchAccountCenterSettings` hands the documents over.
 */
import { allFields, demoUserSeed } from '@account-center/mock';
import type { CustomProfileField } from '@account-center/client';
import type { FieldLevel } from '@account-center/react';
import type { SimulatedAccountOptions } from '../../../test-utils/simulated-account.js';

export const catalogue: CustomProfileField[] = [
  {
    name: 'bio',
    type: 'Text',
    label: 'Short bio',
    description: 'Tell us about yourself',
    required: true,
    config: { placeholder: 'Say hi', minLength: 2, maxLength: 10 },
  },
  {
    name: 'age',
    type: 'Number',
    label: 'Age',
    description: 'Whole years',
    required: false,
    config: { placeholder: '18-99', minValue: 18, maxValue: 99 },
  },
  {
    name: 'anniversary',
    type: 'Date',
    label: 'Anniversary',
    description: null,
    required: false,
    config: { placeholder: 'dd.MM.yyyy', format: 'custom', customFormat: 'dd.MM.yyyy' },
  },
  {
    name: 'newsletter',
    type: 'Checkbox',
    label: 'Subscribe to the newsletter',
    description: null,
    required: false,
    config: { defaultValue: 'true' },
  },
  {
    name: 'plan',
    type: 'Select',
    label: 'Plan',
    description: 'Your subscription plan',
    required: true,
    config: {
      placeholder: 'Pick one',
      options: [
        { label: 'Free', value: 'free' },
        { label: 'Pro', value: 'pro' },
        { value: 'team' },
      ],
    },
  },
  {
    name: 'portfolio',
    type: 'Url',
    label: 'Portfolio',
    description: null,
    required: false,
    config: { placeholder: 'https://' },
  },
  {
    name: 'employeeId',
    type: 'Regex',
    label: 'Employee ID',
    description: null,
    required: false,
    config: { placeholder: 'EMP-0000', format: '^EMP-\\d{4}$' },
  },
  {
    name: 'fullname',
    type: 'Fullname',
    label: '',
    description: null,
    required: true,
    config: {
      parts: [
        {
          enabled: true,
          name: 'givenName',
          type: 'Text',
          required: true,
          config: { minLength: 1, maxLength: 100 },
        },
        {
          enabled: false,
          name: 'middleName',
          type: 'Text',
          required: true,
          config: { minLength: 1, maxLength: 100 },
        },
        {
          enabled: true,
          name: 'familyName',
          type: 'Text',
          required: true,
          config: { minLength: 1, maxLength: 100 },
        },
      ],
    },
  },
  {
    name: 'address',
    type: 'Address',
    label: '',
    description: null,
    required: false,
    config: {
      parts: [
        {
          enabled: true,
          name: 'streetAddress',
          type: 'Text',
          label: 'Street',
          required: true,
          config: { minLength: 1, maxLength: 100 },
        },
        {
          enabled: true,
          name: 'locality',
          type: 'Text',
          required: true,
          config: { minLength: 1, maxLength: 100 },
        },
        {
          enabled: true,
          name: 'postalCode',
          type: 'Regex',
          required: false,
          config: { format: '^[0-9A-Z ]{3,10}$' },
        },
        {
          enabled: true,
          name: 'country',
          type: 'Select',
          required: true,
          config: {
            options: [
              { label: 'United Kingdom', value: 'GB' },
              { label: 'France', value: 'FR' },
            ],
          },
        },
      ],
    },
  },
  {
    name: 'name',
    type: 'Text',
    label: '',
    description: null,
    required: false,
    config: { minLength: 1, maxLength: 100 },
  },
];

/** The account center's own order, not the catalogue's. */
export const selection = [
  'plan',
  'fullname',
  'bio',
  'newsletter',
  'age',
  'address',
  'employeeId',
  'portfolio',
  'anniversary',
];

/** Keys the app stored in `customData` itself: every save must keep them. */
export const APP_OWNED = { theme: 'dark', onboarding: { step: 3 } };

export interface CustomFieldsTenantOptions extends SimulatedAccountOptions {
  /** The account-center field levels (default: every field Edit). */
  levels?: Partial<Record<string, FieldLevel>>;
  /** The selected names (default: {@link selection}); `null` = nothing selected. */
  names?: string[] | null;
  /** Stored values: `customData` and `profile` of the demo user. */
  customData?: Record<string, unknown>;
  profile?: Record<string, unknown>;
}

/** Options for `createSimulatedAccount` / `simulatedAccountStory`: the demo user on that tenant. */
export function customFieldsTenant(
  options: CustomFieldsTenantOptions = {},
): SimulatedAccountOptions {
  const { levels, names = selection, customData, profile, prepare, provider, ...rest } = options;
  // Filled once the simulator exists (`prepare` runs before the first render).
  const settings: Record<string, unknown> = {};
  return {
    ...rest,
    seed: {
      ...rest.seed,
      users: [
        {
          ...demoUserSeed(),
          customData: { ...APP_OWNED, bio: 'hello', ...customData },
          profile: { givenName: 'Ada', familyName: 'Lovelace', ...profile },
        },
      ],
    },
    prepare: (simulator) => {
      Object.assign(settings, {
        accountCenter: {
          ...simulator.admin.getAccountCenter(),
          fields: { ...allFields('Edit'), ...levels },
          profileFields: names && names.map((name) => ({ name })),
        },
        signInExperience: {
          ...simulator.admin.getSignInExperience(),
          customProfileFieldCatalog: catalogue,
        },
      });
      prepare?.(simulator);
    },
    provider: { ...provider, settings: settings as never },
  };
}
