/**
 * A ready-made custom-profile-field catalog: the 17 fields recorded on a real Logto 1.42 server
 * (`fixtures/logto-1.42/recorded-tenant-config.json`), one of each of the 9 types plus the
 * built-in names the Console offers, with their recorded labels, descriptions and configs.
 */

import type { CustomProfileField } from '@account-center/client';
import type { CustomProfileFieldSeed } from './management/state.js';

/**
 * The recorded catalog, in creation order (`sieOrder` 1..17 once seeded). Pass it as
 * `seed.management.customProfileFields`, or add fields one by one with
 * `admin.upsertCustomProfileField`.
 */
export function recordedCustomProfileFields(): CustomProfileFieldSeed[] {
  return [
    {
      name: 'bio',
      type: 'Text',
      label: 'Short bio',
      description: 'Tell us about yourself',
      required: true,
      config: {
        placeholder: 'Say hi',
        minLength: 2,
        maxLength: 10,
      },
    },
    {
      name: 'age',
      type: 'Number',
      label: 'Age',
      description: 'Whole years',
      required: false,
      config: {
        placeholder: '18-99',
        minValue: 18,
        maxValue: 99,
      },
    },
    {
      name: 'joinDate',
      type: 'Date',
      label: 'Join date',
      description: null,
      required: false,
      config: {
        placeholder: 'yyyy-MM-dd',
        format: 'yyyy-MM-dd',
      },
    },
    {
      name: 'anniversary',
      type: 'Date',
      label: 'Anniversary',
      description: null,
      required: false,
      config: {
        placeholder: 'dd.MM.yyyy',
        format: 'custom',
        customFormat: 'dd.MM.yyyy',
      },
    },
    {
      name: 'newsletter',
      type: 'Checkbox',
      label: 'Subscribe to the newsletter',
      description: null,
      required: false,
      config: {
        defaultValue: 'true',
      },
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
          {
            label: 'Free',
            value: 'free',
          },
          {
            label: 'Pro',
            value: 'pro',
          },
          {
            value: 'team',
          },
        ],
      },
    },
    {
      name: 'portfolio',
      type: 'Url',
      label: 'Portfolio',
      description: null,
      required: false,
      config: {
        placeholder: 'https://',
      },
    },
    {
      name: 'employeeId',
      type: 'Regex',
      label: 'Employee ID',
      description: null,
      required: false,
      config: {
        placeholder: 'EMP-0000',
        format: '^EMP-\\d{4}$',
      },
    },
    {
      name: 'name',
      type: 'Text',
      label: '',
      description: null,
      required: false,
      config: {
        minLength: 1,
        maxLength: 100,
      },
    },
    {
      name: 'avatar',
      type: 'Url',
      label: '',
      description: null,
      required: false,
      config: {},
    },
    {
      name: 'nickname',
      type: 'Text',
      label: '',
      description: null,
      required: false,
      config: {
        minLength: 1,
        maxLength: 100,
      },
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
            config: {
              minLength: 1,
              maxLength: 100,
            },
          },
          {
            enabled: false,
            name: 'middleName',
            type: 'Text',
            required: true,
            config: {
              minLength: 1,
              maxLength: 100,
            },
          },
          {
            enabled: true,
            name: 'familyName',
            type: 'Text',
            required: true,
            config: {
              minLength: 1,
              maxLength: 100,
            },
          },
        ],
      },
    },
    {
      name: 'birthdate',
      type: 'Date',
      label: '',
      description: null,
      required: false,
      config: {
        placeholder: 'MM/dd/yyyy',
        format: 'MM/dd/yyyy',
      },
    },
    {
      name: 'gender',
      type: 'Select',
      label: '',
      description: null,
      required: false,
      config: {
        options: [
          {
            value: 'female',
          },
          {
            value: 'male',
          },
          {
            value: 'prefer_not_to_say',
          },
        ],
      },
    },
    {
      name: 'website',
      type: 'Url',
      label: '',
      description: null,
      required: false,
      config: {},
    },
    {
      name: 'profile',
      type: 'Url',
      label: '',
      description: null,
      required: false,
      config: {},
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
            name: 'formatted',
            type: 'Text',
            required: false,
            config: {
              minLength: 1,
              maxLength: 100,
            },
          },
          {
            enabled: true,
            name: 'streetAddress',
            type: 'Text',
            label: 'Street',
            required: true,
            config: {
              placeholder: '1 Main St',
              minLength: 1,
              maxLength: 100,
            },
          },
          {
            enabled: true,
            name: 'locality',
            type: 'Text',
            required: true,
            config: {
              minLength: 1,
              maxLength: 100,
            },
          },
          {
            enabled: false,
            name: 'region',
            type: 'Text',
            required: false,
            config: {
              minLength: 1,
              maxLength: 100,
            },
          },
          {
            enabled: true,
            name: 'postalCode',
            type: 'Regex',
            required: false,
            config: {
              format: '^[0-9A-Z ]{3,10}$',
            },
          },
          {
            enabled: true,
            name: 'country',
            type: 'Select',
            required: true,
            config: {
              options: [
                {
                  label: 'United Kingdom',
                  value: 'GB',
                },
                {
                  label: 'France',
                  value: 'FR',
                },
              ],
            },
          },
        ],
      },
    },
  ];
}

/**
 * One custom field of each of the 9 types (Text, Number, Date, Checkbox, Select, Url, Regex,
 * Fullname, Address) plus the built-in `name`, shaped as Logto 1.42 lists them in
 * `customProfileFieldCatalog` (recorded-tenant-config.json), for tests and stories of custom
 * profile fields. A fresh copy on each call: the recorded fields of {@link recordedCustomProfileFields}
 * (each carries every key the catalogue lists), and an address whose parts are configured.
 */
export function customFieldOfEachType(): CustomProfileField[] {
  const recorded = new Map(recordedCustomProfileFields().map((field) => [field.name, field]));
  const pick = (name: string) => recorded.get(name) as CustomProfileField;
  return [
    ...[
      'bio',
      'age',
      'anniversary',
      'newsletter',
      'plan',
      'portfolio',
      'employeeId',
      'fullname',
    ].map(pick),
    structuredClone(ADDRESS_WITH_PARTS),
    pick('name'),
  ];
}

/**
 * Unlike the recorded address, its parts are configured the ways the Console allows: a labelled,
 * required street, a Regex postal code and a Select country (tests of each part's kind use them).
 */
const ADDRESS_WITH_PARTS: CustomProfileField = {
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
};
