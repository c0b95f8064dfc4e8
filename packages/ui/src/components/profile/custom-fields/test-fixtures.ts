/**
 * Tests and stories only: a tenant whose account center selected one custom profile field of
 * each of the 9 types, shaped as a real Logto 1.42 lists them in `customProfileFieldCatalog`
 * (recorded-tenant-config.json), fed through the provider's `settings` prop as
 * `fetchAccountCenterSettings` hands the documents over.
 */
import { allFields, customFieldOfEachType, demoUserSeed } from '@account-center/mock';
import type { CustomProfileField } from '@account-center/client';
import type { FieldLevel } from '@account-center/react';
import type { SimulatedAccountOptions } from '../../../test-utils/simulated-account.js';

export const catalogue: CustomProfileField[] = customFieldOfEachType();

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
