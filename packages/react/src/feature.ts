'use client';
import { useQuery } from '@tanstack/react-query';
import { useAccountKit } from './kit.js';
import { accountQueries } from './queries.js';
import { useTenantConfig } from './settings.js';
import type { AccountField } from './types.js';

/** What `useFeature` answers about: an account-center field, or one MFA factor kind. */
export type FeatureName = AccountField | 'totp' | 'backupCodes';

/** Whether to show a feature, and how. */
export type FeatureStatus = 'hidden' | 'readonly' | 'editable' | 'loading';

export interface Feature {
  /**
   * `hidden`: Off for this tenant, not offered (an MFA factor the sign-in experience does not
   * enable) or its route missing (an older Logto); `readonly`: shown, not changeable;
   * `editable`: shown with its actions (also when the level is not known: the server's answer
   * then refines it); `loading`: not decided yet, show a placeholder.
   */
  status: FeatureStatus;
}

const FACTOR = { totp: 'Totp', backupCodes: 'BackupCode', passkey: 'WebAuthn' } as const;

/**
 * Whether and how to show a feature, worked out from the field level (given, discovered or
 * inferred from answers), the factors the server offers and whether its route exists.
 *
 * @example
 * const { status } = useFeature('passkey');
 * if (status === 'hidden') return null;
 * if (status === 'loading') return <Skeleton />;
 * return <Passkeys readOnly={status === 'readonly'} />;
 */
export function useFeature(name: FeatureName): Feature {
  const { client } = useAccountKit();
  const settings = useTenantConfig();
  const factor = name in FACTOR ? FACTOR[name as keyof typeof FACTOR] : undefined;
  const usesFactors = factor !== undefined || name === 'mfa';
  const factors = useQuery({ ...accountQueries.mfaFactors(client), enabled: usesFactors });
  // Sessions load only after step-up: read what the cache holds, never start the read here.
  const sessions = useQuery({ ...accountQueries.sessions(client), enabled: false });
  const field: AccountField = name === 'totp' || name === 'backupCodes' ? 'mfa' : name;
  const level = settings.fields[field].value;
  const offered = !factor || settings.offeredMfaFactors.includes(factor);

  if (usesFactors) {
    // Passkeys are decided by the settings alone (their level may differ from `mfa`'s); the
    // other factors also by the factor list (`null`: the `mfa` field is Off or has no route).
    const loading = settings.isLoading || factors.isPending;
    const decided = name === 'passkey' ? !settings.isLoading : !loading;
    if (
      decided &&
      (!offered ||
        level === undefined ||
        level === 'Off' ||
        (name !== 'passkey' && factors.data === null))
    )
      return { status: 'hidden' };
    if (loading) return { status: 'loading' };
  } else {
    if (level === 'Off' || (name === 'session' && sessions.data === null))
      return { status: 'hidden' };
    if (level === undefined && settings.isLoading) return { status: 'loading' };
  }
  return { status: level === 'ReadOnly' ? 'readonly' : 'editable' };
}
