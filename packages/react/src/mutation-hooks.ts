'use client';
import { useMutation } from '@tanstack/react-query';
import type { UseMutationOptions, UseMutationResult } from '@tanstack/react-query';
import type {
  Account,
  AccountApiError,
  AddMfaVerificationInput,
  AvatarUpload,
  LogtoConfigs,
  MfaSettings,
  MfaVerification,
  ProviderAccessToken,
  UpdateAccountInput,
  UpdateLogtoConfigsInput,
  UpdateProfileInput,
  UserProfile,
} from '@account-center/client';
import { useAccountKit } from './kit.js';
import {
  addIdentityMutation,
  addMfaVerificationMutation,
  deleteGrantMutation,
  deleteIdentityMutation,
  deleteMfaVerificationMutation,
  deleteOtherSessionsMutation,
  deletePrimaryEmailMutation,
  deletePrimaryPhoneMutation,
  deleteSessionMutation,
  renameMfaVerificationMutation,
  replaceIdentityMutation,
  replaceTotpMutation,
  revokeAppGrantsMutation,
  updateAccountMutation,
  updateIdentityAccessTokenMutation,
  updateLogtoConfigsMutation,
  updateMfaSettingsMutation,
  updatePasswordMutation,
  updatePrimaryEmailMutation,
  updatePrimaryPhoneMutation,
  updateProfileMutation,
  uploadAvatarMutation,
} from './mutations.js';

/**
 * Options of a named write hook: TanStack's mutation options but the function and the key.
 * `onMutate`, `onSuccess`, `onError` and `onSettled` run AFTER the kit's own (its cache effect,
 * an optimistic rollback, dropping a secret from the mutation cache), never instead of them.
 */
export type MutationHookOptions<TData, TVariables, TOnMutateResult = unknown> = Omit<
  UseMutationOptions<TData, AccountApiError, TVariables, TOnMutateResult>,
  'mutationFn' | 'mutationKey'
>;

/** What a named write hook returns: TanStack's `useMutation` result. */
export type AccountMutationResult<TData, TVariables, TOnMutateResult = unknown> = UseMutationResult<
  TData,
  AccountApiError,
  TVariables,
  TOnMutateResult
>;

type KitMutation<TData, TVariables> = UseMutationOptions<TData, AccountApiError, TVariables>;

/** The kit's options with the caller's: callbacks composed (the kit's first), secrets kept out of caches. */
function useKitMutation<TData, TVariables, TOnMutateResult>(
  kit: KitMutation<TData, TVariables>,
  options: MutationHookOptions<TData, TVariables, TOnMutateResult> = {},
): AccountMutationResult<TData, TVariables, TOnMutateResult> {
  const { onMutate, onSuccess, onError, onSettled, ...rest } = options;
  return useMutation<TData, AccountApiError, TVariables, TOnMutateResult>({
    ...rest,
    mutationKey: kit.mutationKey,
    mutationFn: kit.mutationFn,
    // A write carrying a secret is never kept once settled, whatever the caller asked.
    gcTime: kit.gcTime ?? rest.gcTime,
    onMutate: async (variables, context) => {
      await kit.onMutate?.(variables, context);
      return onMutate?.(variables, context) as TOnMutateResult | Promise<TOnMutateResult>;
    },
    onSuccess: async (data, variables, result, context) => {
      await kit.onSuccess?.(data, variables, undefined, context);
      await onSuccess?.(data, variables, result, context);
    },
    onError: async (error, variables, result, context) => {
      await kit.onError?.(error, variables, undefined, context);
      await onError?.(error, variables, result, context);
    },
    onSettled: async (data, error, variables, result, context) => {
      await kit.onSettled?.(data, error, variables, undefined, context);
      await onSettled?.(data, error, variables, result, context);
    },
  });
}

/**
 * Change account fields (`PATCH /api/my-account`): name, avatar, username (asks for step-up),
 * custom data. The returned account is written into the cache.
 *
 * @example
 * const update = useUpdateAccount({ onSuccess: () => toast('Saved') });
 * update.mutate({ name: 'Ada' });
 */
export function useUpdateAccount<TOnMutateResult = unknown>(
  options?: MutationHookOptions<Account, UpdateAccountInput, TOnMutateResult>,
) {
  return useKitMutation(updateAccountMutation(useAccountKit().client), options);
}

/**
 * Change profile fields (`PATCH …/profile`, shallow merge); the cached account shows them at
 * once and is re-read.
 */
export function useUpdateProfile<TOnMutateResult = unknown>(
  options?: MutationHookOptions<UserProfile, UpdateProfileInput, TOnMutateResult>,
) {
  return useKitMutation(updateProfileMutation(useAccountKit().client), options);
}

/** Set or change the password (`POST …/password`); asks for step-up when the user has a method. */
export function useChangePassword<TOnMutateResult = unknown>(
  options?: MutationHookOptions<void, { password: string }, TOnMutateResult>,
) {
  return useKitMutation(updatePasswordMutation(useAccountKit().client), options);
}

/** Upload an avatar image → `{ url }`; save it with `useUpdateAccount` (`{ avatar: url }`). */
export function useUploadAvatar<TOnMutateResult = unknown>(
  options?: MutationHookOptions<AvatarUpload, { file: Blob; fileName?: string }, TOnMutateResult>,
) {
  return useKitMutation(uploadAvatarMutation(useAccountKit().client), options);
}

/** Set the primary email from a verified code record for the new address (see `useEmailChange`). */
export function useSetPrimaryEmail<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    void,
    { email: string; newIdentifierVerificationRecordId: string },
    TOnMutateResult
  >,
) {
  return useKitMutation(updatePrimaryEmailMutation(useAccountKit().client), options);
}

/** Remove the primary email (asks for step-up). */
export function useRemovePrimaryEmail<TOnMutateResult = unknown>(
  options?: MutationHookOptions<void, void, TOnMutateResult>,
) {
  return useKitMutation(deletePrimaryEmailMutation(useAccountKit().client), options);
}

/** Set the primary phone from a verified code record (see `usePhoneChange`); sent as digits only. */
export function useSetPrimaryPhone<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    void,
    { phone: string; newIdentifierVerificationRecordId: string },
    TOnMutateResult
  >,
) {
  return useKitMutation(updatePrimaryPhoneMutation(useAccountKit().client), options);
}

/** Remove the primary phone (asks for step-up). */
export function useRemovePrimaryPhone<TOnMutateResult = unknown>(
  options?: MutationHookOptions<void, void, TOnMutateResult>,
) {
  return useKitMutation(deletePrimaryPhoneMutation(useAccountKit().client), options);
}

/** Link a social identity from a verified social record (see `useSocialLink`). */
export function useLinkSocialIdentity<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    void,
    { newIdentifierVerificationRecordId: string },
    TOnMutateResult
  >,
) {
  return useKitMutation(addIdentityMutation(useAccountKit().client), options);
}

/** Replace the linked identity of the same connector with a verified social record. */
export function useReplaceSocialIdentity<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    void,
    { newIdentifierVerificationRecordId: string },
    TOnMutateResult
  >,
) {
  return useKitMutation(replaceIdentityMutation(useAccountKit().client), options);
}

/** Unlink a social identity; pass its target (asks for step-up). */
export function useUnlinkSocialIdentity<TOnMutateResult = unknown>(
  options?: MutationHookOptions<void, string, TOnMutateResult>,
) {
  return useKitMutation(deleteIdentityMutation(useAccountKit().client), options);
}

/** Store a fresh provider token set for a linked identity. */
export function useUpdateSocialAccessToken<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    ProviderAccessToken,
    { target: string; verificationRecordId: string },
    TOnMutateResult
  >,
) {
  return useKitMutation(updateIdentityAccessTokenMutation(useAccountKit().client), options);
}

/** Bind an MFA factor (passkey, TOTP, backup codes); the flows (`useTotpSetup`…) use it. */
export function useAddMfaFactor<TOnMutateResult = unknown>(
  options?: MutationHookOptions<void, AddMfaVerificationInput, TOnMutateResult>,
) {
  return useKitMutation(addMfaVerificationMutation(useAccountKit().client), options);
}

/** Create or replace the TOTP factor. */
export function useReplaceTotp<TOnMutateResult = unknown>(
  options?: MutationHookOptions<void, { secret: string; code: string }, TOnMutateResult>,
) {
  return useKitMutation(replaceTotpMutation(useAccountKit().client), options);
}

/**
 * Rename a passkey. With `optimistic: true` the list shows the new name at once and gets its
 * old one back when the rename fails.
 *
 * @example
 * const rename = useRenamePasskey({ optimistic: true });
 * rename.mutate({ id: passkey.id, name: 'Work laptop' });
 */
export function useRenamePasskey<TOnMutateResult = unknown>(
  options: MutationHookOptions<void, { id: string; name: string }, TOnMutateResult> & {
    optimistic?: boolean;
  } = {},
) {
  const { optimistic, ...rest } = options;
  return useKitMutation(
    renameMfaVerificationMutation(useAccountKit().client, { optimistic }),
    rest,
  );
}

/** Remove an MFA factor or a passkey; pass the factor (its type decides the field). */
export function useRemoveMfaFactor<TOnMutateResult = unknown>(
  options?: MutationHookOptions<void, Pick<MfaVerification, 'id' | 'type'>, TOnMutateResult>,
) {
  return useKitMutation(deleteMfaVerificationMutation(useAccountKit().client), options);
}

/** Turn "skip MFA on sign-in" on or off. */
export function useUpdateMfaSettings<TOnMutateResult = unknown>(
  options?: MutationHookOptions<MfaSettings, MfaSettings, TOnMutateResult>,
) {
  return useKitMutation(updateMfaSettingsMutation(useAccountKit().client), options);
}

/** Change the MFA and passkey prompt flags. */
export function useUpdateLogtoConfigs<TOnMutateResult = unknown>(
  options?: MutationHookOptions<LogtoConfigs, UpdateLogtoConfigsInput, TOnMutateResult>,
) {
  return useKitMutation(updateLogtoConfigsMutation(useAccountKit().client), options);
}

/** Sign out one session (`payload.uid`), optionally revoking its grants (asks for step-up). */
export function useEndSession<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    void,
    { sessionId: string; revokeGrantsTarget?: 'all' | 'firstParty' },
    TOnMutateResult
  >,
) {
  return useKitMutation(deleteSessionMutation(useAccountKit().client), options);
}

/** Revoke one grant; pass its id (asks for step-up). */
export function useRevokeGrant<TOnMutateResult = unknown>(
  options?: MutationHookOptions<void, string, TOnMutateResult>,
) {
  return useKitMutation(deleteGrantMutation(useAccountKit().client), options);
}

/**
 * Sign out every other session; resolves to the count. Some failed: rejects with
 * `partial_failure` (`data: { failed, total }`).
 */
export function useSignOutOtherSessions<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    number,
    { revokeGrantsTarget?: 'all' | 'firstParty' } | void,
    TOnMutateResult
  >,
) {
  return useKitMutation(deleteOtherSessionsMutation(useAccountKit().client), options);
}

/** Revoke every grant of one application (pass its id); resolves to the count. */
export function useRevokeAppGrants<TOnMutateResult = unknown>(
  options?: MutationHookOptions<number, string, TOnMutateResult>,
) {
  return useKitMutation(revokeAppGrantsMutation(useAccountKit().client), options);
}
