import { describe, expectTypeOf, it } from 'vitest';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { QueryClient, UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type {
  Account,
  AccountApiError,
  MfaSettings,
  MfaVerification,
  SessionList,
  UpdateAccountInput,
} from '@account-center/client';
import {
  accountMutations,
  accountQueries,
  useAccountCenterSettings,
  useAccountMutation,
  useEmailChange,
  useMfaFactors,
  useMyAccount,
  usePasskeyRegistration,
  useSessions,
  useSocialLinkCallback,
  useVerificationPrompt,
} from './index.js';
import type {
  AccountCenterKit,
  Fact,
  FieldLevel,
  IdentifierChangeState,
  PasskeyRegistrationState,
  VerificationRequest,
} from './index.js';

declare const kit: AccountCenterKit;
declare const queryClient: QueryClient;

describe('query factories and hooks', () => {
  it('carry the data type and AccountApiError', () => {
    expectTypeOf(useMyAccount()).toEqualTypeOf<UseQueryResult<Account, AccountApiError>>();
    expectTypeOf(useQuery(accountQueries.account(kit))).toEqualTypeOf<
      UseQueryResult<Account, AccountApiError>
    >();
    expectTypeOf(useMfaFactors().data).toEqualTypeOf<MfaVerification[] | null | undefined>();
    expectTypeOf(useQuery(accountQueries.mfaSettings(kit)).data).toEqualTypeOf<
      MfaSettings | null | undefined
    >();
  });

  it('tag their keys so the cache is typed', () => {
    expectTypeOf(queryClient.getQueryData(accountQueries.account(kit).queryKey)).toEqualTypeOf<
      Account | undefined
    >();
    expectTypeOf(queryClient.getQueryData(accountQueries.mfaFactors(kit).queryKey)).toEqualTypeOf<
      MfaVerification[] | null | undefined
    >();
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

describe('mutations', () => {
  it('are typed by name, with AccountApiError', () => {
    expectTypeOf(useAccountMutation('updateAccount')).toEqualTypeOf<
      UseMutationResult<Account, AccountApiError, UpdateAccountInput, unknown>
    >();
    expectTypeOf(useAccountMutation('deleteIdentity').mutate).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(useAccountMutation('deletePrimaryEmail').mutateAsync).toBeCallableWith();
    expectTypeOf(useMutation(accountMutations.updatePrimaryPhone(kit)).mutate)
      .parameter(0)
      .toEqualTypeOf<{
        phone: string;
        newIdentifierVerificationRecordId: string;
      }>();
  });

  it('keep their cache effects: lifecycle callbacks go to mutate()', () => {
    // @ts-expect-error the factory owns onSuccess (cache effects are declared once)
    useAccountMutation('updateAccount', { onSuccess: () => undefined });
    // @ts-expect-error unknown operation
    useAccountMutation('deleteAccount');
    useAccountMutation('updateAccount', { retry: 1 });
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

  it('mark settings facts as known, inferred or unknown', () => {
    const fact = useAccountCenterSettings().fields.email;
    expectTypeOf(fact).toEqualTypeOf<Fact<FieldLevel>>();
    if (fact.source === 'unknown') expectTypeOf(fact.value).toEqualTypeOf<undefined>();
    else expectTypeOf(fact.value).toEqualTypeOf<FieldLevel>();
  });

  it('give bulk writes a count and keep the social record id inside', () => {
    const signOutOthers = useAccountMutation('deleteOtherSessions').mutateAsync;
    expectTypeOf(signOutOthers).returns.resolves.toEqualTypeOf<number>();
    expectTypeOf(signOutOthers).toBeCallableWith();
    expectTypeOf(signOutOthers).toBeCallableWith({ revokeGrantsTarget: 'all' });
    expectTypeOf(useAccountMutation('revokeAppGrants').mutateAsync)
      .parameter(0)
      .toEqualTypeOf<string>();
    expectTypeOf(useSocialLinkCallback().canRetry).toEqualTypeOf<boolean>();
    expectTypeOf(useSocialLinkCallback()).not.toHaveProperty('recordId');
    expectTypeOf(usePasskeyRegistration().verify).returns.resolves.toEqualTypeOf<boolean>();
  });

  it('hand the dialog a typed request', () => {
    expectTypeOf(useVerificationPrompt().request).toEqualTypeOf<VerificationRequest | null>();
  });
});
