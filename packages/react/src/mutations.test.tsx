import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  DEMO_USER_ID,
  demoUserSeed,
  mfaUserSeed,
  totpCode,
} from '@account-center/mock';
import {
  useLogtoConfigs,
  useMfaFactors,
  useMfaSettings,
  useMyAccount,
  useSessions,
} from './hooks.js';
import {
  useAddMfaFactor,
  useChangePassword,
  useEndSession,
  useRemoveMfaFactor,
  useRemovePrimaryEmail,
  useRemovePrimaryPhone,
  useRenamePasskey,
  useReplaceTotp,
  useRevokeAppGrants,
  useRevokeGrant,
  useSetPrimaryPhone,
  useSignOutOtherSessions,
  useUnlinkSocialIdentity,
  useUpdateAccount,
  useUpdateLogtoConfigs,
  useUpdateMfaSettings,
  useUpdateProfile,
  useUploadAvatar,
} from './mutation-hooks.js';
import { toPhoneDigits } from '@account-center/client/helpers';
import { setup } from './test-utils/setup.js';
import { useVerification } from './verification.js';

/** A verified user and one mutation, next to the account query the cache effects touch. */
function renderMutation<T>(t: ReturnType<typeof setup>, useTarget: () => T) {
  return renderHook(
    () => ({ mutation: useTarget(), account: useMyAccount(), verification: useVerification() }),
    { wrapper: t.wrapper },
  );
}

async function verified<T>(t: ReturnType<typeof setup>, useTarget: () => T) {
  const rendered = renderMutation(t, useTarget);
  await waitFor(() => expect(rendered.result.current.account.isSuccess).toBe(true));
  await act(async () => {
    await rendered.result.current.verification.verifyWithPassword(DEMO_PASSWORD);
  });
  return rendered;
}

const accountReads = (t: ReturnType<typeof setup>) => t.requests('GET', '/api/my-account').length;

describe('account writes', () => {
  it('updateAccount writes the returned account into the cache without a refetch', async () => {
    const t = setup();
    const { result } = await verified(t, () => useUpdateAccount());
    const reads = accountReads(t);
    await act(async () => {
      await result.current.mutation.mutateAsync({ name: 'Augusta Ada King' });
    });
    expect(result.current.account.data?.name).toBe('Augusta Ada King');
    expect(accountReads(t)).toBe(reads);
  });

  it('updateAccount with a username needs step-up; without one it does not', async () => {
    const t = setup();
    const { result } = renderMutation(t, () => useUpdateAccount());
    await act(async () => {
      await result.current.mutation.mutateAsync({ name: 'Ada' });
    });
    expect(t.requests('PATCH', '/api/my-account')[0]!.verificationId).toBeNull();
    const error = await result.current.mutation
      .mutateAsync({ username: 'countess' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'verification_prompt_missing' });
    expect(t.requests('PATCH', '/api/my-account')).toHaveLength(1);
  });

  it('updateProfile merges the returned profile into the cached account', async () => {
    const t = setup();
    const { result } = await verified(t, () => useUpdateProfile());
    await act(async () => {
      await result.current.mutation.mutateAsync({ nickname: 'Enchantress of Numbers' });
    });
    expect(result.current.account.data?.profile).toMatchObject({
      givenName: 'Ada',
      nickname: 'Enchantress of Numbers',
    });
  });

  it('uploadAvatar returns a URL that updateAccount then saves', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({
        upload: useUploadAvatar(),
        update: useUpdateAccount(),
        account: useMyAccount(),
      }),
      {
        wrapper: t.wrapper,
      },
    );
    // A 1×1 PNG.
    const png = Uint8Array.from(
      atob(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      ),
      (c) => c.charCodeAt(0),
    );
    let url = '';
    await act(async () => {
      url = (
        await result.current.upload.mutateAsync({
          file: new Blob([png], { type: 'image/png' }),
          fileName: 'a.png',
        })
      ).url;
      await result.current.update.mutateAsync({ avatar: url });
    });
    expect(url).toMatch(/^http/);
    expect(result.current.account.data?.avatar).toBe(url);
  });

  it('updatePassword (step-up) refreshes the account; a policy rejection keeps its issues', async () => {
    const t = setup();
    const { result } = await verified(t, () => useChangePassword());
    const error = await result.current.mutation
      .mutateAsync({ password: 'short' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      status: 422,
      code: 'password.rejected',
      data: expect.arrayContaining([
        expect.objectContaining({ code: 'password_rejected.too_short' }),
      ]),
    });
    const reads = accountReads(t);
    await act(async () => {
      await result.current.mutation.mutateAsync({ password: 'A-much-Better-Passw0rd' });
    });
    expect(accountReads(t)).toBe(reads + 1);
  });

  it('deletePrimaryEmail removes it and refreshes the account', async () => {
    const t = setup();
    const { result } = await verified(t, () => useRemovePrimaryEmail());
    await act(async () => {
      await result.current.mutation.mutateAsync();
    });
    expect(result.current.account.data?.primaryEmail).toBeNull();
  });

  it('updatePrimaryPhone sends the number as digits only', async () => {
    const t = setup();
    const { result } = await verified(t, () => useSetPrimaryPhone());
    const send = await t.fetch('http://localhost:3001/api/verifications/verification-code', {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: { type: 'phone', value: '16502530000' } }),
    });
    const { verificationRecordId } = (await send.json()) as { verificationRecordId: string };
    await t.fetch('http://localhost:3001/api/verifications/verification-code/verify', {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        identifier: { type: 'phone', value: '16502530000' },
        verificationId: verificationRecordId,
        code: t.simulator.inbox.latestCode('16502530000'),
      }),
    });
    await act(async () => {
      await result.current.mutation.mutateAsync({
        phone: '+1 (650) 253-0000',
        newIdentifierVerificationRecordId: verificationRecordId,
      });
    });
    expect(result.current.account.data?.primaryPhone).toBe('16502530000');
    expect(toPhoneDigits('+44 20 7946 0958')).toBe('442079460958');
  });

  it('deletePrimaryPhone answers the last-identifier rule when nothing else is left', async () => {
    const t = setup({
      seed: {
        users: [
          {
            id: 'phoneonly001',
            username: null,
            password: 'Phone-Only-Passw0rd',
            primaryEmail: null,
            primaryPhone: '15555550999',
            identities: {},
          },
        ],
      },
    });
    const { result } = renderHook(
      () => ({
        mutation: useRemovePrimaryPhone(),
        verification: useVerification(),
      }),
      { wrapper: t.wrapper },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword('Phone-Only-Passw0rd');
    });
    const error = await result.current.mutation.mutateAsync().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'user.last_sign_in_method_required' });
  });

  it('deleteIdentity unlinks and refreshes the account', async () => {
    const t = setup();
    const { result } = await verified(t, () => useUnlinkSocialIdentity());
    await act(async () => {
      await result.current.mutation.mutateAsync('google');
    });
    expect(result.current.account.data?.identities).toEqual({});
  });
});

describe('MFA writes', () => {
  it('addMfaVerification (TOTP) and deleteMfaVerification refresh the factor list', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({
        add: useAddMfaFactor(),
        remove: useRemoveMfaFactor(),
        factors: useMfaFactors(),
        verification: useVerification(),
      }),
      { wrapper: t.wrapper },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await act(async () => {
      await result.current.add.mutateAsync({
        type: 'Totp',
        secret: DEMO_TOTP_SECRET,
        code: await totpCode(DEMO_TOTP_SECRET, t.simulator.clock.now()),
      });
    });
    expect(result.current.factors.data?.map((factor) => factor.type)).toEqual(['Totp']);
    await act(async () => {
      await result.current.remove.mutateAsync(result.current.factors.data![0]!);
    });
    expect(result.current.factors.data).toEqual([]);
  });

  it('replaceTotp replaces the factor (new id)', async () => {
    const t = setup({ seed: { users: [mfaUserSeed()] } });
    const { result } = renderHook(
      () => ({
        replace: useReplaceTotp(),
        factors: useMfaFactors(),
        verification: useVerification(),
      }),
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.factors.isSuccess).toBe(true));
    const before = result.current.factors.data!.find((factor) => factor.type === 'Totp')!.id;
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    const secret = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    await act(async () => {
      await result.current.replace.mutateAsync({
        secret,
        code: await totpCode(secret, t.simulator.clock.now()),
      });
    });
    const after = result.current.factors.data!.find((factor) => factor.type === 'Totp')!.id;
    expect(after).not.toBe(before);
  });

  it('renameMfaVerification renames a passkey and refreshes the list', async () => {
    const t = setup({
      seed: { users: [{ ...mfaUserSeed(), mfa: { webAuthn: [{ name: 'Old laptop' }] } }] },
    });
    const { result } = renderHook(
      () => ({
        rename: useRenamePasskey(),
        factors: useMfaFactors(),
        verification: useVerification(),
      }),
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.factors.isSuccess).toBe(true));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await act(async () => {
      await result.current.rename.mutateAsync({
        id: result.current.factors.data![0]!.id,
        name: 'Work laptop',
      });
    });
    expect(result.current.factors.data![0]).toMatchObject({
      type: 'WebAuthn',
      name: 'Work laptop',
    });
  });

  it('updateMfaSettings writes its answer and refreshes logto configs; updateLogtoConfigs the other way round', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({
        settings: useMfaSettings(),
        configs: useLogtoConfigs(),
        update: useUpdateMfaSettings(),
        updateConfigs: useUpdateLogtoConfigs(),
        verification: useVerification(),
      }),
      { wrapper: t.wrapper },
    );
    await waitFor(() =>
      expect(result.current.configs.isSuccess && result.current.settings.isSuccess).toBe(true),
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await act(async () => {
      await result.current.update.mutateAsync({ skipMfaOnSignIn: true });
    });
    expect(result.current.settings.data).toEqual({ skipMfaOnSignIn: true });
    expect(result.current.configs.data?.mfa.skipMfaOnSignIn).toBe(true);
    await act(async () => {
      await result.current.updateConfigs.mutateAsync({
        mfa: { skipMfaOnSignIn: false },
        passkeySignIn: { skipped: true },
      });
    });
    expect(result.current.configs.data?.passkeySignIn.skipped).toBe(true);
    expect(result.current.settings.data).toEqual({ skipMfaOnSignIn: false });
  });
});

describe('session writes', () => {
  it('deleteSession and deleteGrant refresh the lists', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({
        sessions: useSessions(),
        deleteSession: useEndSession(),
        deleteGrant: useRevokeGrant(),
        verification: useVerification(),
      }),
      { wrapper: t.wrapper },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await waitFor(() => expect(result.current.sessions.data?.sessions).toHaveLength(2));
    await act(async () => {
      await result.current.deleteSession.mutateAsync({
        sessionId: 'session-phone-ada',
        revokeGrantsTarget: 'all',
      });
    });
    expect(result.current.sessions.data?.sessions.map((session) => session.payload.uid)).toEqual([
      'session-current-ada',
    ]);
    await act(async () => {
      await result.current.deleteGrant.mutateAsync('grant-acme-notes');
    });
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.grants).toEqual([]);
    const missing = await result.current.deleteSession
      .mutateAsync({ sessionId: 'nope' })
      .catch((caught: unknown) => caught);
    expect(missing).toMatchObject({ status: 400, code: 'oidc.session_not_found' });
  });

  it('deleteOtherSessions signs out every other session and reports a partial failure', async () => {
    const seed = demoUserSeed();
    const tablet = { ...seed.sessions![1]!, uid: 'session-tablet-ada' };
    const t = setup({ seed: { users: [{ ...seed, sessions: [...seed.sessions!, tablet] }] } });
    const { result } = renderHook(
      () => ({
        sessions: useSessions(),
        signOutOthers: useSignOutOtherSessions(),
        verification: useVerification(),
      }),
      { wrapper: t.wrapper },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await waitFor(() => expect(result.current.sessions.data?.sessions).toHaveLength(3));
    t.simulator.faults.inject({
      route: 'DELETE /api/my-account/sessions/session-phone-ada',
      status: 500,
      once: true,
    });
    const partial = await result.current.signOutOthers
      .mutateAsync()
      .catch((caught: unknown) => caught);
    expect(partial).toMatchObject({ code: 'partial_failure', data: { failed: 1, total: 2 } });
    // The cache effect runs after a partial failure too.
    await waitFor(() =>
      expect(result.current.sessions.data?.sessions.map((session) => session.payload.uid)).toEqual([
        'session-current-ada',
        'session-phone-ada',
      ]),
    );
    await act(async () => {
      expect(await result.current.signOutOthers.mutateAsync({ revokeGrantsTarget: 'all' })).toBe(1);
    });
    expect(result.current.sessions.data?.sessions.map((session) => session.payload.uid)).toEqual([
      'session-current-ada',
    ]);
  });

  it('revokeAppGrants revokes every grant of one application', async () => {
    const seed = demoUserSeed();
    const second = { ...seed.grants![0]!, id: 'grant-acme-notes-2' };
    const other = { id: 'grant-other', clientId: 'other-app', applicationName: 'Other' };
    const t = setup({
      seed: { users: [{ ...seed, grants: [...seed.grants!, second, other] }] },
    });
    const { result } = renderHook(
      () => ({
        revoke: useRevokeAppGrants(),
        verification: useVerification(),
      }),
      { wrapper: t.wrapper },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await act(async () => {
      expect(await result.current.revoke.mutateAsync('acme-notes')).toBe(2);
    });
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.grants.map((grant) => grant.id)).toEqual([
      'grant-other',
    ]);
  });
});
