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
const renamePasskey = define<void, { id: string; name: string }>(
  'renameMfaVerification',
  'passkey',
  refreshMfa,
  { run: (client, { id, name }) => client.renameMfaVerification(id, { name }) },
);

/** The factor list before an optimistic rename, per call (its variables), for the rollback. */
const beforeRename = new WeakMap<object, MfaVerification[] | null | undefined>();

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
  updateAccount: define<Account, UpdateAccountInput>(
    'updateAccount',
    (body) => (body.username === undefined ? (Object.keys(body)[0] as AccountField) : 'username'),
    refreshAccount,
    { effect: (kit, account) => write(kit, accountKeys.account(), account) },
  ),
  /** `PATCH /api/my-account/profile` (shallow merge); writes the returned profile into the account, then re-reads it. */
  updateProfile: define<UserProfile, UpdateProfileInput>(
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
  ),
  /**
   * `POST /api/my-account/password`; header only when the user has a password, email or phone
   * (§6.4). A retry answered `same_password` after an ambiguous failure was applied: done.
   */
  updatePassword: define<void, { password: string }>('updatePassword', 'password', refreshAccount, {
    secret: true,
  }),
  /** `POST …/user-assets/avatar` → `{ url }`; save it with `updateAccount({ avatar: url })` (§6.5). */
  uploadAvatar: define<AvatarUpload, { file: Blob; fileName?: string }>(
    'uploadAvatar',
    'avatar',
    undefined,
    {
      run: (client, { file, fileName }) => client.uploadAvatar(file, fileName),
    },
  ),
  /** `POST /api/my-account/primary-email` with a verified code record for the new address. */
  updatePrimaryEmail: define<void, { email: string; newIdentifierVerificationRecordId: string }>(
    'updatePrimaryEmail',
    'email',
    refreshAccount,
    {
      secret: true,
    },
  ),
  /** `DELETE /api/my-account/primary-email`. */
  deletePrimaryEmail: define<void, void>('deletePrimaryEmail', 'email', refreshAccount),
  /** `POST /api/my-account/primary-phone`; the phone is sent as digits only (§12). */
  updatePrimaryPhone: define<void, { phone: string; newIdentifierVerificationRecordId: string }>(
    'updatePrimaryPhone',
    'phone',
    refreshAccount,
    {
      run: (client, body) =>
        client.updatePrimaryPhone({ ...body, phone: toPhoneDigits(body.phone) }),
      secret: true,
    },
  ),
  /** `DELETE /api/my-account/primary-phone`. */
  deletePrimaryPhone: define<void, void>('deletePrimaryPhone', 'phone', refreshAccount),
  /**
   * `POST /api/my-account/identities` with a verified social record (§6.7). A retry answered
   * 400 `identity_already_in_use` (linked to this user; another user's is a 422) is done.
   */
  addIdentity: define<void, { newIdentifierVerificationRecordId: string }>(
    'addIdentity',
    'social',
    refreshAccount,
    {
      secret: true,
    },
  ),
  /** `PUT /api/my-account/identities`: replace the identity of the same target. */
  replaceIdentity: define<void, { newIdentifierVerificationRecordId: string }>(
    'replaceIdentity',
    'social',
    refreshAccount,
    {
      secret: true,
    },
  ),
  /** `DELETE /api/my-account/identities/:target` (unlink); already gone on a retry: done. */
  deleteIdentity: define<void, string>('deleteIdentity', 'social', refreshAccount),
  /** `PUT /api/my-account/identities/:target/access-token`: store a fresh provider token set. */
  updateIdentityAccessToken: define<
    ProviderAccessToken,
    { target: string; verificationRecordId: string }
  >('updateIdentityAccessToken', 'social', undefined, {
    secret: true,
    run: (client, { target, verificationRecordId }) =>
      client.updateIdentityAccessToken(target, { verificationRecordId }),
  }),
  /**
   * `POST /api/my-account/mfa-verifications` (`WebAuthn` | `Totp` | `BackupCode`, §6.8). A TOTP
   * or passkey retried after an ambiguous failure re-reads the factors first (the server keeps
   * no credential id and does not deduplicate); backup codes answered `already_in_use` are done.
   */
  addMfaVerification: define<void, AddMfaVerificationInput>(
    'addMfaVerification',
    (body) => passkeyOrMfa(body.type),
    refreshMfa,
    {
      secret: true,
    },
  ),
  /** `PUT /api/my-account/mfa-verifications/totp`: create or replace the TOTP factor. */
  replaceTotp: define<void, { secret: string; code: string }>('replaceTotp', 'mfa', refreshMfa, {
    secret: true,
  }),
  /** `PATCH …/mfa-verifications/:id/name` (passkeys; answers text `OK`, §1.5). */
  renameMfaVerification: (client: AccountClient, options: { optimistic?: boolean } = {}) => {
    const rename = renamePasskey(client);
    return options.optimistic ? { ...rename, ...optimisticRename } : rename;
  },
  /**
   * `DELETE /api/my-account/mfa-verifications/:id`; pass the factor (its type decides the field,
   * §5). Already gone on a retry: done.
   */
  deleteMfaVerification: define<void, Pick<MfaVerification, 'id' | 'type'>>(
    'deleteMfaVerification',
    (factor) => passkeyOrMfa(factor.type),
    refreshMfa,
    {
      run: (client, factor) => client.deleteMfaVerification(factor.id),
    },
  ),
  /** `PATCH /api/my-account/mfa-settings`; writes the answer, refreshes logto configs. */
  updateMfaSettings: define<MfaSettings, MfaSettings>('updateMfaSettings', 'mfa', refreshMfa, {
    effect: async (kit, settings) => {
      await write(kit, accountKeys.mfaSettings(), settings);
      return invalidate(kit, accountKeys.logtoConfigs());
    },
  }),
  /** `PATCH /api/my-account/logto-configs`; writes the answer, refreshes MFA settings. */
  updateLogtoConfigs: define<LogtoConfigs, UpdateLogtoConfigsInput>(
    'updateLogtoConfigs',
    'passkey',
    refreshMfa,
    {
      effect: async (kit, configs) => {
        await write(kit, accountKeys.logtoConfigs(), configs);
        return invalidate(kit, accountKeys.mfaSettings());
      },
    },
  ),
  /**
   * `DELETE /api/my-account/sessions/:id` (`id` = `payload.uid`), optionally revoking grants.
   * Already ended on a retry: done.
   */
  deleteSession: define<void, { sessionId: string; revokeGrantsTarget?: 'all' | 'firstParty' }>(
    'deleteSession',
    'session',
    refreshSessions,
    {
      run: (client, { sessionId, revokeGrantsTarget }) =>
        client.deleteSession(sessionId, { revokeGrantsTarget }),
    },
  ),
  /** `DELETE /api/my-account/grants/:id`; already gone on a retry: done. */
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

/** Names of the write operations (keys of `accountMutations`). */
export type AccountMutationName = keyof typeof accountMutations;
