'use client';
import { useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { PasswordPolicy, UsernamePolicy } from '@account-center/client';
import { isMfaMandatory } from '@account-center/client';
import { useAccountKit } from './kit.js';
import { accountQueries } from './queries.js';
import type { AccountField, SocialConnector } from './types.js';

/** A discovered fact: from the settings (`known`), deduced from answers (`inferred`), or `unknown`. */
export type Fact<T> =
  { source: 'known' | 'inferred'; value: T } | { source: 'unknown'; value?: undefined };

/** Field level (`AccountCenterControlValue`). */
export type FieldLevel = 'Off' | 'ReadOnly' | 'Edit';

/** MFA factors the Account API can bind. */
export const MFA_FACTORS = ['Totp', 'WebAuthn', 'BackupCode'] as const;

/** What `useTenantConfig` knows about the tenant, fact by fact. */
export interface TenantConfig {
  /** Field levels; `passkey` falls back to `mfa` when unset (§3.1). A readable field is inferred `Edit` until a write answers `field_not_editable`. */
  fields: Record<AccountField, Fact<FieldLevel>>;
  /** Unknown → show no delete link. */
  deleteAccountUrl: Fact<string | null>;
  webauthnRelatedOrigins: Fact<string[]>;
  /** Unknown → check against Logto's defaults and show the server's `password.rejected` answer. */
  passwordPolicy: Fact<PasswordPolicy>;
  /** Unknown → only the API's hard floor is checked before sending; the server's 422s still land on the field. */
  usernamePolicy: Fact<UsernamePolicy>;
  /** MFA factors enabled in the sign-in experience, its MFA policy, and whether that makes a second factor mandatory (`isMfaMandatory`). */
  mfa: Fact<{ factors: string[]; policy?: string; passkeySignIn?: boolean; mandatory: boolean }>;
  /** Factors to offer: the enabled ones when known, else all minus those answered `mfa_factor_not_enabled`. */
  offeredMfaFactors: string[];
  /** Unknown → linked identities stay visible and unlinkable; linking new ones needs `settings`. */
  socialConnectors: Fact<SocialConnector[]>;
  isLoading: boolean;
}

// The account key each field gates (§3.2); fields not listed gate a key of the same name.
const accountKeyOf: Partial<Record<AccountField, string>> = {
  email: 'primaryEmail',
  phone: 'primaryPhone',
  password: 'hasPassword',
  social: 'identities',
};
const ACCOUNT_FIELDS = [
  'name',
  'avatar',
  'profile',
  'username',
  'customData',
  'email',
  'phone',
  'password',
  'social',
];
const FIELDS = [...ACCOUNT_FIELDS, 'mfa', 'passkey', 'session'] as AccountField[];

const known = <T>(value: T): Fact<T> => ({ source: 'known', value });
const inferred = <T>(value: T): Fact<T> => ({ source: 'inferred', value });
const fact = <T>(value: T | undefined): Fact<T> =>
  value === undefined ? { source: 'unknown' } : known(value);

/**
 * Settings discovery: the provider's `settings`, else the anonymous `/.well-known` documents,
 * else inference from the account's keys and from `field_not_enabled` / `field_not_editable` /
 * `mfa_factor_not_enabled` answers (§2).
 *
 * @example
 * const { fields, deleteAccountUrl } = useTenantConfig();
 * if (fields.email.value === 'Edit') showChangeEmail();
 */
export function useTenantConfig(): TenantConfig {
  const kit = useAccountKit();
  const settings = useQuery(accountQueries.settings(kit.client));
  const account = useQuery(accountQueries.myAccount(kit.client));
  const observed = useSyncExternalStore(
    kit.observations.subscribe,
    kit.observations.get,
    kit.observations.get,
  );
  const center = settings.data?.accountCenter;
  const experience = settings.data?.signInExperience;
  const fields = {} as Record<AccountField, Fact<FieldLevel>>;

  for (const field of FIELDS) {
    const seen = observed[field];
    const key = ACCOUNT_FIELDS.includes(field) ? (accountKeyOf[field] ?? field) : undefined;
    fields[field] = center
      ? known(
          center.fields[field] ?? (field === 'passkey' ? center.fields.mfa : undefined) ?? 'Off',
        )
      : seen && seen !== 'disabled'
        ? inferred(seen === 'readable' ? 'Edit' : seen)
        : key && account.data
          ? inferred(key in account.data ? 'Edit' : 'Off')
          : field === 'passkey'
            ? fields.mfa
            : { source: 'unknown' };
  }

  const mfa: TenantConfig['mfa'] = experience?.mfa
    ? known({
        factors: experience.mfa.factors,
        policy: experience.mfa.policy,
        passkeySignIn: experience.passkeySignIn?.enabled,
        mandatory: isMfaMandatory(experience),
      })
    : { source: 'unknown' };

  return {
    fields,
    deleteAccountUrl: fact(center?.deleteAccountUrl ?? (center ? null : undefined)),
    webauthnRelatedOrigins: fact(center?.webauthnRelatedOrigins),
    passwordPolicy: fact(experience?.passwordPolicy as PasswordPolicy | undefined),
    // As sent (unparsed): read it with `resolveUsernamePolicy` from `@account-center/client/helpers`.
    usernamePolicy: fact(experience?.usernamePolicy as UsernamePolicy | undefined),
    mfa,
    offeredMfaFactors: MFA_FACTORS.filter((factor) =>
      mfa.value
        ? mfa.value.factors.includes(factor) || (factor === 'WebAuthn' && mfa.value.passkeySignIn)
        : observed[factor] !== 'disabled',
    ),
    socialConnectors: fact(experience?.socialConnectors),
    isLoading: settings.isPending || account.isPending,
  };
}
