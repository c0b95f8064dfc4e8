/**
 * Writes after failures that leave it unknown whether the server applied them, secrets in
 * TanStack's caches, a refetch racing a saved update, and double calls of the flow hooks.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dehydrate } from '@tanstack/react-query';
import {
  DEMO_PASSWORD,
  DEMO_USER_ID,
  defaultBackupCodes,
  mfaUserSeed,
  totpCode,
} from '@account-center/mock';
import type { AccountApiSimulator } from '@account-center/mock';
import { createRegistrationResponse } from '../../mock/src/test-utils/webauthn-fixture.js';
import { useTotpSetup } from './flows/totp-setup/hook.js';
import { useBackupCodes, useMfaFactors, useMyAccount, useSessions } from './hooks.js';
import {
  useAddMfaFactor,
  useChangePassword,
  useEndSession,
  useReplaceTotp,
  useSetPrimaryEmail,
  useUnlinkSocialIdentity,
  useUpdateAccount,
} from './mutation-hooks.js';
import { useAccountKit } from './kit.js';
import { setup } from './test-utils/setup.js';
import { useVerification } from './verification.js';

const user = (simulator: AccountApiSimulator) =>
  simulator.getState().users.find((candidate) => candidate.id === DEMO_USER_ID)!;

/** A verified user, a write, and the reads it changes. */
async function verified<T>(t: ReturnType<typeof setup>, useTarget: () => T) {
  const rendered = renderHook(
    () => ({
      target: useTarget(),
      account: useMyAccount(),
      factors: useMfaFactors(),
      verification: useVerification(),
      kit: useAccountKit(),
    }),
    { wrapper: t.wrapper },
  );
  await waitFor(() => expect(rendered.result.current.factors.isSuccess).toBe(true));
  await act(async () => {
    await rendered.result.current.verification.verifyWithPassword(DEMO_PASSWORD);
  });
  return rendered;
}

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'done',
    (error: { code?: string }) => error.code,
  );

describe('after a failure that may have been applied', () => {
  it('a 5xx after the server unlinked: the page shows it unlinked, and the retry is done, not identity_not_exist', async () => {
    const t = setup();
    const { result } = await verified(t, () => useUnlinkSocialIdentity());
    t.simulator.faults.inject({
      route: 'DELETE /api/my-account/identities/:target',
      when: 'after',
      status: 500,
      once: true,
    });
    await act(async () => {
      expect(await outcome(result.current.target.mutateAsync('google'))).toBe('http_error');
    });
    // Re-read after the ambiguous failure: the old state is not left on the page.
    await waitFor(() => expect(result.current.account.data?.identities?.google).toBeUndefined());
    await act(async () => {
      expect(await outcome(result.current.target.mutateAsync('google'))).toBe('done');
    });
  });

  it('a network error after the password changed: the retry is done, not same_password', async () => {
    const t = setup();
    const { result } = await verified(t, () => useChangePassword());
    t.simulator.faults.inject({
      route: 'POST /api/my-account/password',
      when: 'after',
      networkError: true,
      once: true,
    });
    const input = { password: 'Difference-Engine-1822' };
    await act(async () => {
      expect(await outcome(result.current.target.mutateAsync(input))).toBe('network');
    });
    await act(async () => {
      expect(await outcome(result.current.target.mutateAsync(input))).toBe('done');
    });
    expect(t.requests('POST', '/api/my-account/password')).toHaveLength(2);
  });

  it('a 5xx after a session was revoked: the list drops it, and the retry is done, not session_not_found', async () => {
    const t = setup();
    const { result } = await verified(t, () => ({
      revoke: useEndSession(),
      sessions: useSessions(),
    }));
    await waitFor(() => expect(result.current.target.sessions.data?.sessions).toHaveLength(2));
    t.simulator.faults.inject({
      route: 'DELETE /api/my-account/sessions/:id',
      when: 'after',
      status: 503,
      once: true,
    });
    const input = { sessionId: 'session-phone-ada' };
    await act(async () => {
      expect(await outcome(result.current.target.revoke.mutateAsync(input))).toBe('http_error');
    });
    await waitFor(() => expect(result.current.target.sessions.data?.sessions).toHaveLength(1));
    await act(async () => {
      expect(await outcome(result.current.target.revoke.mutateAsync(input))).toBe('done');
    });
  });

  it('a TOTP bind answered by a network error after apply: the retry finds the factor, sends nothing, and the flow is done', async () => {
    const t = setup();
    const { result } = await verified(t, () => useTotpSetup());
    await act(async () => {
      await result.current.target.start();
    });
    const code = await totpCode(result.current.target.secret!, t.simulator.clock.now());
    t.simulator.faults.inject({
      route: 'POST /api/my-account/mfa-verifications',
      when: 'after',
      networkError: true,
      once: true,
    });
    await act(async () => {
      await result.current.target.confirm(code);
    });
    expect(result.current.target.state).toBe('ready');
    expect(result.current.target.error?.code).toBe('network');
    await act(async () => {
      await result.current.target.confirm(code);
    });
    expect(result.current.target.error).toBeNull();
    expect(result.current.target.state).toBe('done');
    expect(t.requests('POST', '/api/my-account/mfa-verifications')).toHaveLength(1);
    expect(user(t.simulator).mfaVerifications.filter((f) => f.type === 'Totp')).toHaveLength(1);
  });

  it('a passkey bind answered by a 5xx after apply: the retry leaves one entry, not two', async () => {
    const t = setup();
    const { result } = await verified(t, () => useAddMfaFactor());
    const { client } = result.current.kit;
    const registration = await client.createWebAuthnRegistration();
    const options = registration.registrationOptions;
    const payload = await createRegistrationResponse(
      { challenge: options.challenge, rp: { id: options.rp.id ?? 'localhost' } },
      location.origin,
    );
    const { verificationRecordId } = await client.verifyWebAuthnRegistration({
      verificationRecordId: registration.verificationRecordId,
      payload: payload as never,
    });
    t.simulator.faults.inject({
      route: 'POST /api/my-account/mfa-verifications',
      when: 'after',
      status: 502,
      once: true,
    });
    const input = {
      type: 'WebAuthn' as const,
      newIdentifierVerificationRecordId: verificationRecordId,
      name: 'Laptop',
    };
    await act(async () => {
      expect(await outcome(result.current.target.mutateAsync(input))).toBe('http_error');
    });
    await act(async () => {
      expect(await outcome(result.current.target.mutateAsync(input))).toBe('done');
    });
    expect(user(t.simulator).mfaVerifications.filter((f) => f.type === 'WebAuthn')).toHaveLength(1);
    await waitFor(() =>
      expect(result.current.factors.data?.filter((f) => f.type === 'WebAuthn')).toHaveLength(1),
    );
  });
});

/** A verified WebAuthn registration record (a genuine `none` attestation made in this page). */
async function passkeyRecord(client: ReturnType<typeof useAccountKit>['client']) {
  const registration = await client.createWebAuthnRegistration();
  const options = registration.registrationOptions;
  const payload = await createRegistrationResponse(
    { challenge: options.challenge, rp: { id: options.rp.id ?? 'localhost' } },
    location.origin,
  );
  const verified = await client.verifyWebAuthnRegistration({
    verificationRecordId: registration.verificationRecordId,
    payload: payload as never,
  });
  return verified.verificationRecordId;
}

describe('the registration guard', () => {
  it('a passkey retried after a 500 before apply is sent again: one added just before is not taken for it', async () => {
    const t = setup();
    const { result } = await verified(t, () => useAddMfaFactor());
    const { client } = result.current.kit;
    // A passkey added a moment ago (same clock), already listed when the next attempt starts.
    await client.addMfaVerification({
      type: 'WebAuthn',
      newIdentifierVerificationRecordId: await passkeyRecord(client),
    });
    expect(user(t.simulator).mfaVerifications.filter((f) => f.type === 'WebAuthn')).toHaveLength(1);
    void result.current.kit.queryClient.invalidateQueries({ queryKey: ['account-center', 'mfa'] });
    await waitFor(() =>
      expect(result.current.factors.data?.filter((f) => f.type === 'WebAuthn')).toHaveLength(1),
    );
    const input = {
      type: 'WebAuthn' as const,
      newIdentifierVerificationRecordId: await passkeyRecord(client),
    };
    t.simulator.faults.inject({
      route: 'POST /api/my-account/mfa-verifications',
      status: 500,
      once: true,
    });
    await act(async () => {
      expect(await outcome(result.current.target.mutateAsync(input))).toBe('http_error');
    });
    await act(async () => {
      expect(await outcome(result.current.target.mutateAsync(input))).toBe('done');
    });
    expect(user(t.simulator).mfaVerifications.filter((f) => f.type === 'WebAuthn')).toHaveLength(2);
  });
});

describe('secrets leave no trace in the caches once settled', () => {
  it('password, TOTP secret, backup codes, a verification record id and the step-up password are not dehydrated', async () => {
    const t = setup();
    const { result, unmount } = await verified(t, () => ({
      password: useChangePassword(),
      add: useAddMfaFactor(),
      replace: useReplaceTotp(),
      email: useSetPrimaryEmail(),
    }));
    const { client } = result.current.kit;
    const newEmail = { type: 'email' as const, value: 'countess@example.com' };
    const sent = await client.sendVerificationCode({ identifier: newEmail });
    await client.verifyVerificationCode({
      identifier: newEmail,
      verificationId: sent.verificationRecordId,
      code: t.simulator.inbox.latestCode(newEmail.value)!,
    });
    const recordId = sent.verificationRecordId;
    await act(async () => {
      await result.current.target.email.mutateAsync({
        email: newEmail.value,
        newIdentifierVerificationRecordId: recordId,
      });
    });
    const secret = (await result.current.kit.client.generateTotpSecret()).secret;
    const codes = defaultBackupCodes();
    await act(async () => {
      await result.current.target.password.mutateAsync({ password: 'Difference-Engine-1822' });
      await result.current.target.add.mutateAsync({
        type: 'Totp',
        secret,
        code: await totpCode(secret, t.simulator.clock.now()),
      });
      await result.current.target.add.mutateAsync({ type: 'BackupCode', codes });
      await result.current.target.add
        .mutateAsync({ type: 'BackupCode', codes })
        .catch(() => undefined);
    });
    const everything = () =>
      JSON.stringify(
        dehydrate(t.queryClient, {
          shouldDehydrateMutation: () => true,
          shouldDehydrateQuery: () => true,
        }),
      );
    // While the screen is still open, as well as after it closed.
    for (const value of [DEMO_PASSWORD, 'Difference-Engine-1822', secret, codes[0]!, recordId])
      expect(everything()).not.toContain(value);
    unmount();
    for (const value of [DEMO_PASSWORD, 'Difference-Engine-1822', secret, codes[0]!, recordId])
      expect(everything()).not.toContain(value);
  });

  it('the backup codes read is gone once its screen closes', async () => {
    const t = setup({ seed: { users: [mfaUserSeed()] } });
    const { result, unmount } = await verified(t, () => useBackupCodes());
    await waitFor(() => expect(result.current.target.data?.codes).toHaveLength(10));
    unmount();
    await waitFor(() =>
      expect(
        JSON.stringify(
          dehydrate(t.queryClient, {
            shouldDehydrateMutation: () => true,
            shouldDehydrateQuery: () => true,
          }),
        ),
      ).not.toContain(defaultBackupCodes()[0]!),
    );
  });
  it('the backup codes read is gone once they are hidden, even while the panel stays mounted', async () => {
    const t = setup({ seed: { users: [mfaUserSeed()] } });
    const shown = { value: true };
    const { result, rerender } = await verified(t, () => useBackupCodes({ enabled: shown.value }));
    await waitFor(() => expect(result.current.target.data?.codes).toHaveLength(10));
    shown.value = false;
    rerender();
    await waitFor(() =>
      expect(
        JSON.stringify(
          dehydrate(t.queryClient, {
            shouldDehydrateMutation: () => true,
            shouldDehydrateQuery: () => true,
          }),
        ),
      ).not.toContain(defaultBackupCodes()[0]!),
    );
    expect(result.current.target.data).toBeUndefined();
    // Hidden means not read again either.
    expect(t.requests('GET', '/api/my-account/mfa-verifications/backup-codes')).toHaveLength(1);
  });
});

describe('a refetch in flight does not overwrite a saved update', () => {
  it('the account read started before the save lands after it: the saved name stays', async () => {
    const t = setup();
    let release: () => void = () => undefined;
    const gate: { held?: Promise<void> } = {};
    // Holds the next account read's answer (computed by the server before the save) until released.
    const gated: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await t.fetch(request);
      if (request.method === 'GET' && new URL(request.url).pathname === '/api/my-account') {
        if (!gate.held) return response;
        await gate.held;
      }
      return response;
    };
    const { result } = renderHook(() => ({ save: useUpdateAccount(), account: useMyAccount() }), {
      wrapper: setup.withProvider(t, { fetch: gated }),
    });
    await waitFor(() => expect(result.current.account.isSuccess).toBe(true));
    gate.held = new Promise<void>((resolve) => (release = resolve));
    const stale = t.requests('GET', '/api/my-account').length;
    void act(() => void result.current.account.refetch());
    await waitFor(() => expect(t.requests('GET', '/api/my-account').length).toBe(stale + 1));
    await act(async () => {
      await result.current.save.mutateAsync({ name: 'Augusta Ada King' });
    });
    await act(async () => {
      release();
      await gate.held;
    });
    await waitFor(() => expect(result.current.account.isFetching).toBe(false));
    expect(result.current.account.data?.name).toBe('Augusta Ada King');
  });
});

describe('flow hooks run a step once on a double call', () => {
  it('TOTP confirm called twice binds once', async () => {
    const t = setup();
    const { result } = await verified(t, () => useTotpSetup());
    await act(async () => {
      await result.current.target.start();
    });
    const code = await totpCode(result.current.target.secret!, t.simulator.clock.now());
    await act(async () => {
      await Promise.all([result.current.target.confirm(code), result.current.target.confirm(code)]);
    });
    expect(result.current.target.state).toBe('done');
    expect(result.current.target.error).toBeNull();
    expect(t.requests('POST', '/api/my-account/mfa-verifications')).toHaveLength(1);
  });

  it('TOTP start called twice generates one secret', async () => {
    const t = setup();
    const { result } = await verified(t, () => useTotpSetup());
    await act(async () => {
      await Promise.all([result.current.target.start(), result.current.target.start()]);
    });
    expect(result.current.target.state).toBe('ready');
    expect(
      t.requests('POST', '/api/my-account/mfa-verifications/totp-secret/generate'),
    ).toHaveLength(1);
  });
});
