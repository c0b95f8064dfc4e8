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
import { toPhoneDigits } from '@account-center/client/helpers';
import type { QueryClient } from '@tanstack/react-query';
import { loadSteps } from './steps/load.js';
import { accountKeys } from './keys.js';
import { kitFor } from './kit.js';
import { accountQueries } from './queries.js';
import type { AccountKit, AccountField } from './types.js';

const invalidate = (kit: AccountKit, queryKey: readonly unknown[]) =>
  kit.queryClient.invalidateQueries({ queryKey });

/**
 * Write an answer into the cache after cancelling reads of that key in flight: a refetch started
 * before the write would otherwise land after it with the old state.
 */
async function write<T>(
  kit: AccountKit,
  queryKey: readonly unknown[],
  update: T | ((current: T | undefined) => T | undefined),
) {
  await kit.queryClient.cancelQueries({ queryKey });
  kit.queryClient.setQueryData<T>(queryKey, update);
}

/**
 * How one write behaves beyond its cache effect. The guard that uses it (`guardWrite`) lives in
 * the lazy steps chunk.
 */
interface WriteSpec<TData, TVariables> {
  /** The cache effect of a success (default: the refresh); returned so `mutateAsync` settles after it. */
  effect?: (kit: AccountKit, data: TData, variables: TVariables) => unknown;
  /** The client call (default: `client[name](variables)`). */
  run?: (client: AccountClient, variables: TVariables) => Promise<TData>;
  /**
   * Carries a password, a TOTP secret, backup codes or a verification record id: kept in no
   * cache once settled (devtools, persisters).
   */
  secret?: boolean;
}

/**
 * One mutation, for a client. The call goes through the step-up gate of the kit built for that
 * client (the client knows which routes need the header, §5). Its cache effect is declared here,
 * once, and runs inside `mutationFn` after the write: `mutateAsync` settles after the refetch it
 * started, and options spread over these (your own `onSuccess`…) add to the effect instead of
 * replacing it. `refresh` re-reads what the write touches: the default
 * effect, and also run after an ambiguous failure (the write may have been applied, see
 * `isAmbiguousFailure` in the steps chunk); a retry of the same write is checked against the
 * server first or accepts "already done" answers (see `guardWrite` there).
 */
function define<TData, TVariables>(
  name: AccountOperation & keyof AccountClient,
  field: AccountField | ((variables: TVariables, kit: AccountKit) => AccountField),
  refresh?: (kit: AccountKit) => unknown,
  spec: WriteSpec<TData, TVariables> = {},
) {
  const {
    effect = refresh,
    secret,
    run = (client, variables) => (client[name] as (input: TVariables) => Promise<TData>)(variables),
  } = spec;
  return (client: AccountClient) =>
    mutationOptions<TData, AccountApiError, TVariables>({
      mutationKey: [...accountKeys.all, name],
      ...(secret ? { gcTime: 0 } : {}),
      mutationFn: async (variables, { client: queryClient }) => {
        const kit = kitFor(client, queryClient);
        const data = await (
          await loadSteps()
        ).guardWrite(
          kit,
          name,
          variables,
          spec.secret,
          () =>
            kit.call(
              verificationRequirement(name, variables as { username?: unknown }),
              () => run(client, variables),
              typeof field === 'function' ? field(variables, kit) : field,
              (variables as { type?: string } | undefined)?.type,
            ),
          accountQueries.mfaFactors(client),
          refresh,
        );
        await effect?.(kit, data, variables);
        return data;
      },
      onSettled: secret
        ? (_data, _error, variables, _result, { client: queryClient }) =>
            forget(queryClient, variables)
        : undefined,
    });
}

/** Drop a settled write carrying a secret from the mutation cache (devtools, persisters). */
function forget(queryClient: QueryClient, variables: unknown) {
  const cache = queryClient.getMutationCache();
  for (const mutation of cache.findAll({ predicate: (m) => m.state.variables === variables }))
    cache.remove(mutation);
}

const refreshAccount = (kit: AccountKit) => invalidate(kit, accountKeys.account());
const refreshMfa = (kit: AccountKit) => invalidate(kit, accountKeys.mfa());
const refreshSessions = (kit: AccountKit) => invalidate(kit, accountKeys.sessionsRoot());
/** A write over many items (its steps load lazily); refreshes sessions even after a partial failure. */
const bulk =
  <TVariables>(name: 'deleteOtherSessions' | 'revokeAppGrants') =>
  (client: AccountClient) =>
    mutationOptions<number, AccountApiError, TVariables>({
      mutationKey: [...accountKeys.all, name],
      mutationFn: async (variables, { client: queryClient }) => {
        const kit = kitFor(client, queryClient);
        try {
          return await (await loadSteps())[name](kit, variables as never);
        } finally {
          // Partial failures too: the list changed either way.
          await refreshSessions(kit);
        }
      },
    });
const renamePasskey = /* @__PURE__ */ define<void, { id: string; name: string }>(
  'renameMfaVerification',
  'passkey',
  refreshMfa,
  { run: (client, { id, name }) => client.renameMfaVerification(id, { name }) },
);

/** The factor list before an optimistic rename, per call (its variables), for the rollback. */
const beforeRename = /* @__PURE__ */ new WeakMap<object, MfaVerification[] | null | undefined>();

/**
 * Show the new name at once; a failed rename puts the list back as it was (the refetch after a
 * success brings the server's answer either way).
 */
const optimisticRename = {
  onMutate: async (
    variables: { id: string; name: string },
    { client: queryClient }: { client: QueryClient },
  ) => {
    const queryKey = accountKeys.mfaFactors();
    await queryClient.cancelQueries({ queryKey });
    beforeRename.set(variables, queryClient.getQueryData<MfaVerification[] | null>(queryKey));
    queryClient.setQueryData<MfaVerification[] | null>(queryKey, (factors) =>
      factors?.map((factor) =>
        factor.id === variables.id ? { ...factor, name: variables.name } : factor,
      ),
    );
  },
  onError: (
    _error: AccountApiError,
    variables: { id: string; name: string },
    _result: unknown,
    { client: queryClient }: { client: QueryClient },
  ) => {
    if (beforeRename.has(variables))
      queryClient.setQueryData(accountKeys.mfaFactors(), beforeRename.get(variables));
  },
  onSettled: (_data: unknown, _error: unknown, variables: { id: string; name: string }) =>
    void beforeRename.delete(variables),
};

const passkeyOrMfa = (type?: string): AccountField => (type === 'WebAuthn' ? 'passkey' : 'mfa');

export const updateAccountMutation = /* @__PURE__ */ define<Account, UpdateAccountInput>(
  'updateAccount',
  (body) => (body.username === undefined ? (Object.keys(body)[0] as AccountField) : 'username'),
  refreshAccount,
  { effect: (kit, account) => write(kit, accountKeys.account(), account) },
);

export const updateProfileMutation = /* @__PURE__ */ define<UserProfile, UpdateProfileInput>(
  'updateProfile',
  'profile',
  refreshAccount,
  {
    // The answer is the profile only: shown at once, then the account re-read for the rest
    // (`updatedAt`), so the cache ends equal to the server.
    effect: async (kit, profile) => {
      await write<Account>(
        kit,
        accountKeys.account(),
        (account) => account && { ...account, profile },
      );
      return refreshAccount(kit);
    },
  },
);

export const updatePasswordMutation = /* @__PURE__ */ define<void, { password: string }>(
  'updatePassword',
  'password',
  refreshAccount,
  {
    secret: true,
  },
);

export const uploadAvatarMutation = /* @__PURE__ */ define<
  AvatarUpload,
  { file: Blob; fileName?: string }
>('uploadAvatar', 'avatar', undefined, {
  run: (client, { file, fileName }) => client.uploadAvatar(file, fileName),
});

export const updatePrimaryEmailMutation = /* @__PURE__ */ define<
  void,
  { email: string; newIdentifierVerificationRecordId: string }
>('updatePrimaryEmail', 'email', refreshAccount, {
  secret: true,
});

export const deletePrimaryEmailMutation = /* @__PURE__ */ define<void, void>(
  'deletePrimaryEmail',
  'email',
  refreshAccount,
);

export const updatePrimaryPhoneMutation = /* @__PURE__ */ define<
  void,
  { phone: string; newIdentifierVerificationRecordId: string }
>('updatePrimaryPhone', 'phone', refreshAccount, {
  run: (client, body) => client.updatePrimaryPhone({ ...body, phone: toPhoneDigits(body.phone) }),
  secret: true,
});

export const deletePrimaryPhoneMutation = /* @__PURE__ */ define<void, void>(
  'deletePrimaryPhone',
  'phone',
  refreshAccount,
);

export const addIdentityMutation = /* @__PURE__ */ define<
  void,
  { newIdentifierVerificationRecordId: string }
>('addIdentity', 'social', refreshAccount, {
  secret: true,
});

export const replaceIdentityMutation = /* @__PURE__ */ define<
  void,
  { newIdentifierVerificationRecordId: string }
>('replaceIdentity', 'social', refreshAccount, {
  secret: true,
});

export const deleteIdentityMutation = /* @__PURE__ */ define<void, string>(
  'deleteIdentity',
  'social',
  refreshAccount,
);

export const updateIdentityAccessTokenMutation = /* @__PURE__ */ define<
  ProviderAccessToken,
  { target: string; verificationRecordId: string }
>('updateIdentityAccessToken', 'social', undefined, {
  secret: true,
  run: (client, { target, verificationRecordId }) =>
    client.updateIdentityAccessToken(target, { verificationRecordId }),
});

export const addMfaVerificationMutation = /* @__PURE__ */ define<void, AddMfaVerificationInput>(
  'addMfaVerification',
  (body) => passkeyOrMfa(body.type),
  refreshMfa,
  {
    secret: true,
  },
);

export const replaceTotpMutation = /* @__PURE__ */ define<void, { secret: string; code: string }>(
  'replaceTotp',
  'mfa',
  refreshMfa,
  {
    secret: true,
  },
);

export const renameMfaVerificationMutation = (
  client: AccountClient,
  options: { optimistic?: boolean } = {},
) => {
  const rename = renamePasskey(client);
  return options.optimistic ? { ...rename, ...optimisticRename } : rename;
};

export const deleteMfaVerificationMutation = /* @__PURE__ */ define<
  void,
  Pick<MfaVerification, 'id' | 'type'>
>('deleteMfaVerification', (factor) => passkeyOrMfa(factor.type), refreshMfa, {
  run: (client, factor) => client.deleteMfaVerification(factor.id),
});

export const updateMfaSettingsMutation = /* @__PURE__ */ define<MfaSettings, MfaSettings>(
  'updateMfaSettings',
  'mfa',
  refreshMfa,
  {
    effect: async (kit, settings) => {
      await write(kit, accountKeys.mfaSettings(), settings);
      return invalidate(kit, accountKeys.logtoConfigs());
    },
  },
);

export const updateLogtoConfigsMutation = /* @__PURE__ */ define<
  LogtoConfigs,
  UpdateLogtoConfigsInput
>('updateLogtoConfigs', 'passkey', refreshMfa, {
  effect: async (kit, configs) => {
    await write(kit, accountKeys.logtoConfigs(), configs);
    return invalidate(kit, accountKeys.mfaSettings());
  },
});

export const deleteSessionMutation = /* @__PURE__ */ define<
  void,
  { sessionId: string; revokeGrantsTarget?: 'all' | 'firstParty' }
>('deleteSession', 'session', refreshSessions, {
  run: (client, { sessionId, revokeGrantsTarget }) =>
    client.deleteSession(sessionId, { revokeGrantsTarget }),
});

export const deleteGrantMutation = /* @__PURE__ */ define<void, string>(
  'deleteGrant',
  'session',
  refreshSessions,
);

export const deleteOtherSessionsMutation = /* @__PURE__ */ bulk<{
  revokeGrantsTarget?: 'all' | 'firstParty';
} | void>('deleteOtherSessions');

export const revokeAppGrantsMutation = /* @__PURE__ */ bulk<string>('revokeAppGrants');

/**
 * Options factories for every write in the contract, each declaring its cache effect. Pass the
 * account client. Writes that need the verification header ask for step-up first, through the
 * prompt of the provider built for that client. In components, prefer the named hooks
 * (`useUpdateProfile`, `useChangePassword`…), which also compose your callbacks.
 *
 * @example
 * const { client } = useAccountKit();
 * const update = useMutation({ ...accountMutations.updateAccount(client), onSuccess: toast });
 * update.mutate({ name: 'Ada' });
 */
export const accountMutations = {
  /** `PATCH /api/my-account` (header only with `username`); writes the returned account. */
  updateAccount: updateAccountMutation,
  /** `PATCH /api/my-account/profile` (shallow merge); writes the returned profile into the account, then re-reads it. */
  updateProfile: updateProfileMutation,
  /**
   * `POST /api/my-account/password`; header only when the user has a password, email or phone
   * (§6.4). A retry answered `same_password` after an ambiguous failure was applied: done.
   */
  updatePassword: updatePasswordMutation,
  /** `POST …/user-assets/avatar` → `{ url }`; save it with `updateAccount({ avatar: url })` (§6.5). */
  uploadAvatar: uploadAvatarMutation,
  /** `POST /api/my-account/primary-email` with a verified code record for the new address. */
  updatePrimaryEmail: updatePrimaryEmailMutation,
  /** `DELETE /api/my-account/primary-email`. */
  deletePrimaryEmail: deletePrimaryEmailMutation,
  /** `POST /api/my-account/primary-phone`; the phone is sent as digits only (§12). */
  updatePrimaryPhone: updatePrimaryPhoneMutation,
  /** `DELETE /api/my-account/primary-phone`. */
  deletePrimaryPhone: deletePrimaryPhoneMutation,
  /**
   * `POST /api/my-account/identities` with a verified social record (§6.7). A retry answered
   * 400 `identity_already_in_use` (linked to this user; another user's is a 422) is done.
   */
  addIdentity: addIdentityMutation,
  /** `PUT /api/my-account/identities`: replace the identity of the same target. */
  replaceIdentity: replaceIdentityMutation,
  /** `DELETE /api/my-account/identities/:target` (unlink); already gone on a retry: done. */
  deleteIdentity: deleteIdentityMutation,
  /** `PUT /api/my-account/identities/:target/access-token`: store a fresh provider token set. */
  updateIdentityAccessToken: updateIdentityAccessTokenMutation,
  /**
   * `POST /api/my-account/mfa-verifications` (`WebAuthn` | `Totp` | `BackupCode`, §6.8). A TOTP
   * or passkey retried after an ambiguous failure re-reads the factors first (the server keeps
   * no credential id and does not deduplicate); backup codes answered `already_in_use` are done.
   */
  addMfaVerification: addMfaVerificationMutation,
  /** `PUT /api/my-account/mfa-verifications/totp`: create or replace the TOTP factor. */
  replaceTotp: replaceTotpMutation,
  /** `PATCH …/mfa-verifications/:id/name` (passkeys; answers text `OK`, §1.5). */
  renameMfaVerification: renameMfaVerificationMutation,
  /**
   * `DELETE /api/my-account/mfa-verifications/:id`; pass the factor (its type decides the field,
   * §5). Already gone on a retry: done.
   */
  deleteMfaVerification: deleteMfaVerificationMutation,
  /** `PATCH /api/my-account/mfa-settings`; writes the answer, refreshes logto configs. */
  updateMfaSettings: updateMfaSettingsMutation,
  /** `PATCH /api/my-account/logto-configs`; writes the answer, refreshes MFA settings. */
  updateLogtoConfigs: updateLogtoConfigsMutation,
  /**
   * `DELETE /api/my-account/sessions/:id` (`id` = `payload.uid`), optionally revoking grants.
   * Already ended on a retry: done.
   */
  deleteSession: deleteSessionMutation,
  /** `DELETE /api/my-account/grants/:id`; already gone on a retry: done. */
  deleteGrant: deleteGrantMutation,
  /**
   * Sign out of every other session (after step-up, from a fresh list), optionally revoking their
   * grants; resolves to the count. Some failed: rejects with `partial_failure`, `data: { failed,
   * total }`; all failed: with the first error. Refreshes sessions and grants either way.
   */
  deleteOtherSessions: deleteOtherSessionsMutation,
  /**
   * Revoke every grant of one application (pass its id; after step-up, from a fresh list);
   * resolves to the count, reports failures as `deleteOtherSessions` does.
   */
  revokeAppGrants: revokeAppGrantsMutation,
};

/** Names of the write operations (keys of `accountMutations`). */
export type AccountMutationName = keyof typeof accountMutations;
