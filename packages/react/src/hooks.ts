'use client';
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { UseQueryOptions, UseQueryResult } from '@tanstack/react-query';
import type {
  Account,
  AccountApiError,
  AccountClient,
  BackupCodes,
  GrantList,
  LogtoConfigs,
  MfaSettings,
  MfaVerification,
  SessionList,
} from '@account-center/client';
import { isQuietError } from './errors.js';
import { accountKeys } from './keys.js';
import { useAccountKit } from './kit.js';
import { accountQueries } from './queries.js';
import type { SocialIdentities } from './types.js';
import { useReverification } from './reverification.js';
import { useVerificationRecord } from './verification.js';

/** Caller options for a query hook: everything but the key and the function (`select` may reshape). */
export type QueryHookOptions<TQueryFnData, TData = TQueryFnData> = Omit<
  UseQueryOptions<TQueryFnData, AccountApiError, TData, readonly unknown[]>,
  'queryKey' | 'queryFn'
>;

type QueryFactory<TQueryFnData> = (
  client: AccountClient,
) => UseQueryOptions<TQueryFnData, AccountApiError, TQueryFnData, readonly unknown[]>;

function useKitQuery<TQueryFnData, TData>(
  factory: QueryFactory<TQueryFnData>,
  options?: QueryHookOptions<TQueryFnData, TData>,
): UseQueryResult<TData, AccountApiError> {
  return useQuery({ ...factory(useAccountKit().client), ...options } as UseQueryOptions<
    TQueryFnData,
    AccountApiError,
    TData,
    readonly unknown[]
  >);
}

/**
 * The signed-in user (`GET /api/my-account`).
 *
 * @example
 * const { data: account } = useMyAccount();
 */
export const useMyAccount = <TData = Account>(options?: QueryHookOptions<Account, TData>) =>
  useKitQuery(accountQueries.myAccount, options);

/**
 * Linked social identities plus the connectors available for linking (when known).
 *
 * @example
 * const { data } = useSocialIdentities();
 * data?.linked.map((identity) => identity.target);
 */
export const useSocialIdentities = <TData = SocialIdentities>(
  options?: QueryHookOptions<SocialIdentities, TData>,
) => useKitQuery(accountQueries.socialIdentities, options);

/**
 * The user's MFA factors; `data === null` means the `mfa` field is Off.
 *
 * @example
 * const { data: factors } = useMfaFactors();
 */
export const useMfaFactors = <TData = MfaVerification[] | null>(
  options?: QueryHookOptions<MfaVerification[] | null, TData>,
) => useKitQuery(accountQueries.mfaFactors, options);

/**
 * `skipMfaOnSignIn`; `data === null` means the `mfa` field is Off.
 *
 * @example
 * const { data } = useMfaSettings();
 */
export const useMfaSettings = <TData = MfaSettings | null>(
  options?: QueryHookOptions<MfaSettings | null, TData>,
) => useKitQuery(accountQueries.mfaSettings, options);

/**
 * MFA and passkey prompts' flags; `data === null` means `passkey ?? mfa` is Off.
 *
 * @example
 * const { data } = useLogtoConfigs();
 */
export const useLogtoConfigs = <TData = LogtoConfigs | null>(
  options?: QueryHookOptions<LogtoConfigs | null, TData>,
) => useKitQuery(accountQueries.logtoConfigs, options);

/** A read that needs the verification header: disabled until a fresh record exists. */
export type VerifiedQueryResult<TData> = UseQueryResult<TData, AccountApiError> & {
  /** No fresh record yet: show the section's "verify to view" action. */
  locked: boolean;
  /** Ask for step-up (through `useReverification`); the read starts once verified. Resolves `false` when cancelled. */
  unlock(): Promise<boolean>;
};

const verified = () => Promise.resolve(true);

function useVerifiedQuery<TQueryFnData, TData>(
  factory: QueryFactory<TQueryFnData>,
  options?: QueryHookOptions<TQueryFnData, TData>,
): VerifiedQueryResult<TData> {
  const kit = useAccountKit();
  const locked = useVerificationRecord().status !== 'verified';
  const query = useQuery({
    ...factory(kit.client),
    ...options,
    enabled: !locked && options?.enabled !== false,
  } as UseQueryOptions<TQueryFnData, AccountApiError, TData, readonly unknown[]>);
  const stepUp = useReverification(verified);
  return Object.assign(query, {
    locked,
    unlock: () =>
      stepUp().then(
        () => true,
        (error: unknown) => {
          if (isQuietError(error)) return false;
          throw error;
        },
      ),
  });
}

/**
 * Active sessions; loads after step-up (`locked` / `unlock()`); `null` when `session` is Off.
 *
 * @example
 * const sessions = useSessions();
 * if (sessions.locked) return <button onClick={sessions.unlock}>Show sessions</button>;
 */
export const useSessions = <TData = SessionList | null>(
  options?: QueryHookOptions<SessionList | null, TData>,
) => useVerifiedQuery(accountQueries.sessions, options);

/**
 * Authorized apps (grants); loads after step-up; `null` when `session` is Off.
 *
 * @example
 * const grants = useGrants('thirdParty');
 */
export const useGrants = <TData = GrantList | null>(
  appType?: 'firstParty' | 'thirdParty',
  options?: QueryHookOptions<GrantList | null, TData>,
) => useVerifiedQuery((client) => accountQueries.grants(client, appType), options);

/**
 * The stored backup codes with their use times; loads after step-up, never cached after unmount.
 *
 * @example
 * const codes = useBackupCodes();
 */
export function useBackupCodes<TData = BackupCodes>(
  options?: QueryHookOptions<BackupCodes, TData>,
) {
  const { queryClient } = useAccountKit();
  const shown = options?.enabled !== false;
  const query = useVerifiedQuery(accountQueries.backupCodes, options);
  // Codes are secrets: once nothing shows them (hidden, even with the panel still mounted), the
  // cache keeps none; `gcTime: 0` covers the unmount. After `useQuery`, so its observer is
  // already disabled here and the reset does not fetch the codes again.
  useEffect(() => {
    if (!shown) void queryClient.resetQueries({ queryKey: accountKeys.backupCodes(), exact: true });
  }, [shown, queryClient]);
  return query;
}
