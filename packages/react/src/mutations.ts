import { mutationOptions } from '@tanstack/react-query';
import { verificationRequirement } from '@account-center/client/operations';
import type {
  Account,
  AccountApiError,
  AccountClient,
  AccountOperation,
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
import { loadSteps } from './internal.js';
import { accountKeys } from './keys.js';
import type { AccountCenterKit, AccountField } from './kit.js';

const invalidate = (kit: AccountCenterKit, queryKey: readonly unknown[]) =>
  kit.queryClient.invalidateQueries({ queryKey });

/** Phones go over the wire as digits only (§12): `+1 (555) 555-0123` → `15555550123`. */
export const toPhoneDigits = (phone: string) => phone.replace(/\D/g, '');

/**
 * One mutation. The call goes through the kit's step-up gate (the client knows which routes
 * need the header, §5); its cache effect is declared here, once, and returned so `mutateAsync`
 * settles after the refetch it started.
 */
function define<TData, TVariables>(
  name: AccountOperation & keyof AccountClient,
  field: AccountField | ((variables: TVariables, kit: AccountCenterKit) => AccountField),
  effect?: (kit: AccountCenterKit, data: TData, variables: TVariables) => unknown,
  run: (client: AccountClient, variables: TVariables) => Promise<TData> = (client, variables) =>
    (client[name] as (input: TVariables) => Promise<TData>)(variables),
) {
  return (kit: AccountCenterKit) =>
    mutationOptions<TData, AccountApiError, TVariables>({
      mutationKey: [...accountKeys.all, name],
      mutationFn: (variables) =>
        kit.call(
          verificationRequirement(name, variables as { username?: unknown }),
          () => run(kit.client, variables),
          typeof field === 'function' ? field(variables, kit) : field,
          (variables as { type?: string } | undefined)?.type,
        ),
      onSuccess: (data, variables) => effect?.(kit, data, variables),
    });
}

const refreshAccount = (kit: AccountCenterKit) => invalidate(kit, accountKeys.account());
const refreshMfa = (kit: AccountCenterKit) => invalidate(kit, accountKeys.mfa());
const refreshSessions = (kit: AccountCenterKit) => invalidate(kit, accountKeys.sessionsRoot());
/** A write over many items (its steps load lazily); refreshes sessions even after a partial failure. */
const bulk =
  <TVariables>(name: 'deleteOtherSessions' | 'revokeAppGrants') =>
  (kit: AccountCenterKit) =>
    mutationOptions<number, AccountApiError, TVariables>({
      mutationKey: [...accountKeys.all, name],
      mutationFn: async (variables) => (await loadSteps())[name](kit, variables as never),
      onSettled: () => refreshSessions(kit),
    });
const passkeyOrMfa = (type?: string): AccountField => (type === 'WebAuthn' ? 'passkey' : 'mfa');

/**
 * Options factories for every write in the contract, each declaring its cache effect. Pass the
 * kit from `useAccountCenter()`. Writes that need the verification header ask for step-up first.
 *
 * @example
 * const kit = useAccountCenter();
 * const update = useMutation(accountMutations.updateAccount(kit));
 * update.mutate({ name: 'Ada' });
 */
export const accountMutations = {
  /** `PATCH /api/my-account` (header only with `username`); writes the returned account. */
  updateAccount: define<Account, UpdateAccountInput>(
    'updateAccount',
    (body) => (body.username === undefined ? (Object.keys(body)[0] as AccountField) : 'username'),
    (kit, account) => kit.queryClient.setQueryData(accountKeys.account(), account),
  ),
  /** `PATCH /api/my-account/profile` (shallow merge); writes the returned profile into the account. */
  updateProfile: define<UserProfile, UpdateProfileInput>(
    'updateProfile',
    'profile',
    (kit, profile) =>
      kit.queryClient.setQueryData<Account>(
        accountKeys.account(),
        (account) => account && { ...account, profile },
      ),
  ),
  /** `POST /api/my-account/password`; header only when the user has a password, email or phone (§6.4). */
  updatePassword: define<void, { password: string }>('updatePassword', 'password', refreshAccount),
  /** `POST …/user-assets/avatar` → `{ url }`; save it with `updateAccount({ avatar: url })` (§6.5). */
  uploadAvatar: define<AvatarUpload, { file: Blob; fileName?: string }>(
    'uploadAvatar',
    'avatar',
    undefined,
    (client, { file, fileName }) => client.uploadAvatar(file, fileName),
  ),
  /** `POST /api/my-account/primary-email` with a verified code record for the new address. */
  updatePrimaryEmail: define<void, { email: string; newIdentifierVerificationRecordId: string }>(
    'updatePrimaryEmail',
    'email',
    refreshAccount,
  ),
  /** `DELETE /api/my-account/primary-email`. */
  deletePrimaryEmail: define<void, void>('deletePrimaryEmail', 'email', refreshAccount),
  /** `POST /api/my-account/primary-phone`; the phone is sent as digits only (§12). */
  updatePrimaryPhone: define<void, { phone: string; newIdentifierVerificationRecordId: string }>(
    'updatePrimaryPhone',
    'phone',
    refreshAccount,
    (client, body) => client.updatePrimaryPhone({ ...body, phone: toPhoneDigits(body.phone) }),
  ),
  /** `DELETE /api/my-account/primary-phone`. */
  deletePrimaryPhone: define<void, void>('deletePrimaryPhone', 'phone', refreshAccount),
  /** `POST /api/my-account/identities` with a verified social record (§6.7). */
  addIdentity: define<void, { newIdentifierVerificationRecordId: string }>(
    'addIdentity',
    'social',
    refreshAccount,
  ),
  /** `PUT /api/my-account/identities`: replace the identity of the same target. */
  replaceIdentity: define<void, { newIdentifierVerificationRecordId: string }>(
    'replaceIdentity',
    'social',
    refreshAccount,
  ),
  /** `DELETE /api/my-account/identities/:target` (unlink). */
  deleteIdentity: define<void, string>('deleteIdentity', 'social', refreshAccount),
  /** `PUT /api/my-account/identities/:target/access-token`: store a fresh provider token set. */
  updateIdentityAccessToken: define<
    ProviderAccessToken,
    { target: string; verificationRecordId: string }
  >('updateIdentityAccessToken', 'social', undefined, (client, { target, verificationRecordId }) =>
    client.updateIdentityAccessToken(target, { verificationRecordId }),
  ),
  /** `POST /api/my-account/mfa-verifications` (`WebAuthn` | `Totp` | `BackupCode`, §6.8). */
  addMfaVerification: define<void, AddMfaVerificationInput>(
    'addMfaVerification',
    (body) => passkeyOrMfa(body.type),
    refreshMfa,
  ),
  /** `PUT /api/my-account/mfa-verifications/totp`: create or replace the TOTP factor. */
  replaceTotp: define<void, { secret: string; code: string }>('replaceTotp', 'mfa', refreshMfa),
  /** `PATCH …/mfa-verifications/:id/name` (passkeys; answers text `OK`, §1.5). */
  renameMfaVerification: define<void, { id: string; name: string }>(
    'renameMfaVerification',
    'passkey',
    refreshMfa,
    (client, { id, name }) => client.renameMfaVerification(id, { name }),
  ),
  /** `DELETE /api/my-account/mfa-verifications/:id`; pass the factor (its type decides the field, §5). */
  deleteMfaVerification: define<void, Pick<MfaVerification, 'id' | 'type'>>(
    'deleteMfaVerification',
    (factor) => passkeyOrMfa(factor.type),
    refreshMfa,
    (client, factor) => client.deleteMfaVerification(factor.id),
  ),
  /** `PATCH /api/my-account/mfa-settings`; writes the answer, refreshes logto configs. */
  updateMfaSettings: define<MfaSettings, MfaSettings>(
    'updateMfaSettings',
    'mfa',
    (kit, settings) => {
      kit.queryClient.setQueryData(accountKeys.mfaSettings(), settings);
      return invalidate(kit, accountKeys.logtoConfigs());
    },
  ),
  /** `PATCH /api/my-account/logto-configs`; writes the answer, refreshes MFA settings. */
  updateLogtoConfigs: define<LogtoConfigs, UpdateLogtoConfigsInput>(
    'updateLogtoConfigs',
    'passkey',
    (kit, configs) => {
      kit.queryClient.setQueryData(accountKeys.logtoConfigs(), configs);
      return invalidate(kit, accountKeys.mfaSettings());
    },
  ),
  /** `DELETE /api/my-account/sessions/:id` (`id` = `payload.uid`), optionally revoking grants. */
  deleteSession: define<void, { sessionId: string; revokeGrantsTarget?: 'all' | 'firstParty' }>(
    'deleteSession',
    'session',
    refreshSessions,
    (client, { sessionId, revokeGrantsTarget }) =>
      client.deleteSession(sessionId, { revokeGrantsTarget }),
  ),
  /** `DELETE /api/my-account/grants/:id`. */
  deleteGrant: define<void, string>('deleteGrant', 'session', refreshSessions),
  /**
   * Sign out of every other session (after step-up, from a fresh list), optionally revoking their
   * grants; resolves to the count. Some failed: rejects with `partial_failure`, `data: { failed,
   * total }`; all failed: with the first error. Refreshes sessions and grants either way.
   */
  deleteOtherSessions: bulk<{ revokeGrantsTarget?: 'all' | 'firstParty' } | void>(
    'deleteOtherSessions',
  ),
  /**
   * Revoke every grant of one application (pass its id; after step-up, from a fresh list);
   * resolves to the count, reports failures as `deleteOtherSessions` does.
   */
  revokeAppGrants: bulk<string>('revokeAppGrants'),
};

/** Names of the write operations, for `useAccountMutation(name)`. */
export type AccountMutationName = keyof typeof accountMutations;
