import { describe, expectTypeOf, it } from 'vitest';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { QueryClient, UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type {
  Account,
  AccountApiError,
  AccountClient,
  MfaSettings,
  MfaVerification,
  SessionList,
  UpdateAccountInput,
  UpdateProfileInput,
  UserProfile,
} from '@account-center/client';
import {
  accountMutations,
  accountQueries,
  useTenantConfig,
  useChangePassword,
  useEmailChange,
  useFeature,
  useMfaFactors,
  useMyAccount,
  usePasskeyRegistration,
  useRemovePrimaryEmail,
  useRenamePasskey,
  useRevokeAppGrants,
  useSessions,
  useSignOutOtherSessions,
  useSocialLinkCallback,
  useUnlinkSocialIdentity,
  useUpdateAccount,
  useUpdateProfile,
  useVerificationPrompt,
} from './index.js';
import type {
  Fact,
  Feature,
  FeatureStatus,
  FieldLevel,
  IdentifierChangeState,
  PasskeyRegistrationState,
  VerificationRequest,
} from './index.js';

declare const client: AccountClient;
declare const queryClient: QueryClient;

describe('query factories and hooks', () => {
  it('carry the data type and AccountApiError', () => {
    expectTypeOf(useMyAccount()).toEqualTypeOf<UseQueryResult<Account, AccountApiError>>();
    expectTypeOf(useQuery(accountQueries.myAccount(client))).toEqualTypeOf<
      UseQueryResult<Account, AccountApiError>
    >();
    expectTypeOf(useMfaFactors().data).toEqualTypeOf<MfaVerification[] | null | undefined>();
    expectTypeOf(useQuery(accountQueries.mfaSettings(client)).data).toEqualTypeOf<
      MfaSettings | null | undefined
    >();
  });

  it('tag their keys so the cache is typed', () => {
    expectTypeOf(queryClient.getQueryData(accountQueries.myAccount(client).queryKey)).toEqualTypeOf<
      Account | undefined
    >();
    expectTypeOf(
      queryClient.getQueryData(accountQueries.mfaFactors(client).queryKey),
    ).toEqualTypeOf<MfaVerification[] | null | undefined>();
  });

  it('let callers pass select and other options', () => {
    expectTypeOf(useMyAccount({ select: (account) => account.name })).toEqualTypeOf<
      UseQueryResult<string | null | undefined, AccountApiError>
    >();
    expectTypeOf(useMfaFactors({ select: (factors) => factors?.length ?? 0 }).data).toEqualTypeOf<
      number | undefined
    >();
  });

  it('mark reads that need step-up', () => {
    const sessions = useSessions();
    expectTypeOf(sessions.data).toEqualTypeOf<SessionList | null | undefined>();
    expectTypeOf(sessions.locked).toEqualTypeOf<boolean>();
    expectTypeOf(sessions.unlock).toEqualTypeOf<() => Promise<boolean>>();
  });
});

describe('named write hooks', () => {
  it('are typed per write, with AccountApiError', () => {
    expectTypeOf(useUpdateAccount()).toEqualTypeOf<
      UseMutationResult<Account, AccountApiError, UpdateAccountInput, unknown>
    >();
    expectTypeOf(useUnlinkSocialIdentity().mutate).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(useRemovePrimaryEmail().mutateAsync).toBeCallableWith();
    expectTypeOf(useChangePassword().mutate).parameter(0).toEqualTypeOf<{ password: string }>();
    expectTypeOf(useMutation(accountMutations.updatePrimaryPhone(client)).mutate)
      .parameter(0)
      .toEqualTypeOf<{
        phone: string;
        newIdentifierVerificationRecordId: string;
      }>();
  });

  it('take TanStack lifecycle callbacks, typed by the write and by onMutate', () => {
    const update = useUpdateProfile({
      onMutate: () => ({ startedAt: 1 }),
      onSuccess: (profile, variables, result) => {
        expectTypeOf(profile).toEqualTypeOf<UserProfile>();
        expectTypeOf(variables).toEqualTypeOf<UpdateProfileInput>();
        expectTypeOf(result).toEqualTypeOf<{ startedAt: number }>();
      },
      onError: (error, _variables, result) => {
        expectTypeOf(error).toEqualTypeOf<AccountApiError>();
        expectTypeOf(result).toEqualTypeOf<{ startedAt: number } | undefined>();
      },
      onSettled: () => undefined,
      retry: 1,
    });
    expectTypeOf(update.context).toEqualTypeOf<{ startedAt: number } | undefined>();
    useRenamePasskey({ optimistic: true, onError: (error) => error.code });
    // @ts-expect-error the hook owns the request
    useUpdateAccount({ mutationFn: () => Promise.resolve({} as Account) });
    // @ts-expect-error optimistic updates are offered where a user expects them (renaming a passkey)
    useUpdateAccount({ optimistic: true });
  });
});

describe('state machines and settings', () => {
  it('expose their states as string unions', () => {
    expectTypeOf(useEmailChange().state).toEqualTypeOf<IdentifierChangeState>();
    expectTypeOf(usePasskeyRegistration().state).toEqualTypeOf<PasskeyRegistrationState>();
    expectTypeOf<IdentifierChangeState>().toEqualTypeOf<
      'idle' | 'sending' | 'code-sent' | 'verifying' | 'binding' | 'done' | 'error'
    >();
    expectTypeOf(useEmailChange().error).toEqualTypeOf<AccountApiError | null>();
  });

  it('useFeature answers one of four statuses, for fields and MFA factors only', () => {
    expectTypeOf(useFeature('passkey')).toEqualTypeOf<Feature>();
    expectTypeOf(useFeature('totp').status).toEqualTypeOf<FeatureStatus>();
    expectTypeOf<FeatureStatus>().toEqualTypeOf<'hidden' | 'readonly' | 'editable' | 'loading'>();
    useFeature('backupCodes');
    useFeature('session');
    // @ts-expect-error not a field or a factor
    useFeature('trustedDevice');
    // @ts-expect-error factor names are the hook's, not the API's
    useFeature('Totp');
  });

  it('mark settings facts as known, inferred or unknown', () => {
    const fact = useTenantConfig().fields.email;
    expectTypeOf(fact).toEqualTypeOf<Fact<FieldLevel>>();
    if (fact.source === 'unknown') expectTypeOf(fact.value).toEqualTypeOf<undefined>();
    else expectTypeOf(fact.value).toEqualTypeOf<FieldLevel>();
  });

  it('give bulk writes a count and keep the social record id inside', () => {
    const signOutOthers = useSignOutOtherSessions().mutateAsync;
    expectTypeOf(signOutOthers).returns.resolves.toEqualTypeOf<number>();
    expectTypeOf(signOutOthers).toBeCallableWith();
    expectTypeOf(signOutOthers).toBeCallableWith({ revokeGrantsTarget: 'all' });
    expectTypeOf(useRevokeAppGrants().mutateAsync).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(useSocialLinkCallback().canRetry).toEqualTypeOf<boolean>();
    expectTypeOf(useSocialLinkCallback()).not.toHaveProperty('recordId');
    expectTypeOf(usePasskeyRegistration().verify).returns.resolves.toEqualTypeOf<boolean>();
  });

  it('hand the dialog a typed request', () => {
    expectTypeOf(useVerificationPrompt().request).toEqualTypeOf<VerificationRequest | null>();
  });
});
