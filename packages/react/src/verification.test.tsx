import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD, socialOnlyUserSeed } from '@account-center/mock';
import { isQuietError, VerificationCancelledError } from './errors.js';
import { useMyAccount } from './hooks.js';
import {
  useChangePassword,
  useRemovePrimaryEmail,
  useUpdateMfaSettings,
} from './mutation-hooks.js';
import { useAccountKit } from './kit.js';
import { setup } from './test-utils/setup.js';
import { useVerification, useVerificationPrompt } from './verification.js';

afterEach(() => {
  vi.useRealTimers();
});

/** A dialog stand-in: the prompt registry plus the step-up actions, next to the hook under test. */
function useDialogAnd<T>(useTarget: () => T) {
  return { prompt: useVerificationPrompt(), verification: useVerification(), target: useTarget() };
}

describe('useVerification', () => {
  it('lists the methods this user has and verifies with the password', async () => {
    const t = setup();
    const { result } = renderHook(() => useVerification(), { wrapper: t.wrapper });
    await waitFor(() =>
      expect(result.current.methods).toEqual([
        { type: 'password' },
        { type: 'email', value: DEMO_EMAIL },
      ]),
    );
    expect(result.current.status).toBe('none');

    let ok = true;
    await act(async () => {
      ok = await result.current.verifyWithPassword('wrong password');
    });
    expect(ok).toBe(false);
    expect(result.current.error?.code).toBe('session.invalid_credentials');
    expect(result.current.status).toBe('none');

    await act(async () => {
      ok = await result.current.verifyWithPassword(DEMO_PASSWORD);
    });
    expect(ok).toBe(true);
    expect(result.current.error).toBeNull();
    expect(result.current.status).toBe('verified');
    expect(result.current.record?.expiresAt.getTime()).toBe(t.simulator.clock.now() + 10 * 60_000);
  });

  it('offers password when the profile hides it (no profile scope), and it works', async () => {
    const t = setup({ token: { scopes: ['openid'] } });
    const { result } = renderHook(
      () => ({ verification: useVerification(), account: useMyAccount() }),
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.account.isSuccess).toBe(true));
    expect(Object.keys(result.current.account.data!).sort()).toEqual([
      'hasSecurityVerificationMethod',
      'id',
    ]);
    expect(result.current.verification.methods).toEqual([{ type: 'password' }]);
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    expect(result.current.verification.status).toBe('verified');
  });

  it('turns to expired 30 s before the record expires, without another render trigger', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const t = setup();
    const { result } = renderHook(() => useVerification(), { wrapper: t.wrapper });
    await act(async () => {
      await result.current.verifyWithPassword(DEMO_PASSWORD);
    });
    expect(result.current.status).toBe('verified');
    await act(async () => {
      await t.advance(9 * 60_000);
    });
    expect(result.current.status).toBe('verified');
    await act(async () => {
      await t.advance(30_000);
    });
    expect(result.current.status).toBe('expired');
  });

  it('sends a code to the current email, honours the resend cooldown, and verifies the code', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const t = setup();
    const { result } = renderHook(() => useVerification(), { wrapper: t.wrapper });
    await act(async () => {
      await result.current.sendCode('email');
    });
    expect(result.current.state).toBe('code-sent');
    expect(result.current.codeTarget).toMatchObject({ type: 'email', value: DEMO_EMAIL });
    expect(result.current.resendIn).toBe(60);
    await act(async () => {
      await result.current.sendCode('email');
    });
    expect(t.simulator.inbox.to(DEMO_EMAIL)).toHaveLength(1);

    await act(async () => {
      await t.advance(30_000);
    });
    expect(result.current.resendIn).toBe(30);

    let ok = true;
    await act(async () => {
      ok = await result.current.verifyCode('000000');
    });
    expect(ok).toBe(false);
    expect(result.current.error?.code).toBe('verification_code.code_mismatch');
    expect(result.current.state).toBe('code-sent');

    await act(async () => {
      ok = await result.current.verifyCode(t.simulator.inbox.latestCode(DEMO_EMAIL)!);
    });
    expect(ok).toBe(true);
    expect(result.current.status).toBe('verified');
    expect(result.current.record?.method).toBe('email');

    await act(async () => {
      await t.advance(31_000);
    });
    expect(result.current.resendIn).toBe(0);
  });
});

describe('step-up with a skewed device clock (expiry from the local send time, §4.1)', () => {
  const FIFTEEN_MINUTES = 15 * 60_000;

  it.each([
    ['15 minutes fast', FIFTEEN_MINUTES],
    ['15 minutes slow', -FIFTEEN_MINUTES],
  ])(
    'closes the prompt and runs the action with a clock %s, then asks again after 9.5 minutes',
    async (_label, skew) => {
      const t = setup();
      // Only the device clock is skewed; the simulator keeps the server's time.
      const wrapper = setup.withProvider(t, { now: () => t.simulator.clock.now() + skew });
      const { result } = renderHook(() => useDialogAnd(() => useUpdateMfaSettings()), { wrapper });
      let mutation!: Promise<unknown>;
      act(() => {
        mutation = result.current.target.mutateAsync({ skipMfaOnSignIn: true });
      });
      await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
      await act(async () => {
        await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      });
      // The prompt closes and the waiting action runs with the record, once.
      await waitFor(() => expect(result.current.prompt.request).toBeNull());
      expect(result.current.verification.status).toBe('verified');
      await act(async () => {
        await mutation;
      });
      const sent = t.requests('PATCH', '/api/my-account/mfa-settings');
      expect(sent).toHaveLength(1);
      expect(sent[0]!.verificationId).toBe(result.current.verification.record?.id);
      expect(result.current.target.data).toEqual({ skipMfaOnSignIn: true });

      // 9.5 minutes later (30 s margin) the record is stale on both clocks: the kit asks again
      // up front instead of sending a record the server is about to drop.
      t.simulator.clock.advance(9.5 * 60_000);
      act(() => {
        mutation = result.current.target.mutateAsync({ skipMfaOnSignIn: false });
      });
      await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
      expect(t.requests('PATCH', '/api/my-account/mfa-settings')).toHaveLength(1);
      act(() => result.current.prompt.reject());
      await act(async () => {
        await mutation.catch(() => undefined);
      });
    },
  );
});

describe('useVerification after a refused send with Retry-After', () => {
  it('does not send to that address again before the wait is over, and says how long', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const t = setup();
    const path = '/api/verifications/verification-code';
    t.simulator.faults.inject({
      route: `POST ${path}`,
      status: 429,
      code: 'request.message_rate_limited',
      once: true,
    });
    // The simulator's 429, with the header a rate limiter in front of Logto adds.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await t.fetch(input, init);
      if (response.status !== 429) return response;
      const headers = new Headers(response.headers);
      headers.set('retry-after', '90');
      return new Response(await response.text(), { status: 429, headers });
    };
    const { result } = renderHook(() => useVerification(), {
      wrapper: setup.withProvider(t, { fetch }),
    });
    let ok = true;
    await act(async () => {
      ok = await result.current.sendCode('email');
    });
    expect(ok).toBe(false);
    expect(result.current.error).toMatchObject({ status: 429, retryAfter: 90 });
    expect(result.current.resendIn).toBe(90);

    await act(async () => {
      ok = await result.current.sendCode('email');
    });
    expect(ok).toBe(false);
    expect(t.requests('POST', path)).toHaveLength(1);

    await act(async () => {
      await t.advance(90_000);
    });
    expect(result.current.resendIn).toBe(0);
    await act(async () => {
      ok = await result.current.sendCode('email');
    });
    expect(ok).toBe(true);
    expect(t.requests('POST', path)).toHaveLength(2);
    expect(t.simulator.inbox.to(DEMO_EMAIL)).toHaveLength(1);
  });
});

describe('step-up prompt', () => {
  it('asks the registered dialog, then resumes the action without another call from the UI', async () => {
    const t = setup();
    const { result } = renderHook(() => useDialogAnd(() => useUpdateMfaSettings()), {
      wrapper: t.wrapper,
    });
    let mutation!: Promise<unknown>;
    act(() => {
      mutation = result.current.target.mutateAsync({ skipMfaOnSignIn: true });
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    expect(result.current.prompt.request).toMatchObject({
      reason: 'required',
      requirement: 'always',
    });
    expect(t.requests('PATCH', '/api/my-account/mfa-settings')).toHaveLength(0);

    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await act(async () => {
      await mutation;
    });
    expect(result.current.prompt.request).toBeNull();
    expect(result.current.target.data).toEqual({ skipMfaOnSignIn: true });
    const sent = t.requests('PATCH', '/api/my-account/mfa-settings');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.verificationId).toBe(result.current.verification.record?.id);
  });

  it('reuses a fresh record for later actions without prompting again', async () => {
    const t = setup();
    const { result } = renderHook(() => useDialogAnd(() => useUpdateMfaSettings()), {
      wrapper: t.wrapper,
    });
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await act(async () => {
      await result.current.target.mutateAsync({ skipMfaOnSignIn: true });
      await result.current.target.mutateAsync({ skipMfaOnSignIn: false });
    });
    expect(t.requests('POST', '/api/verifications/password')).toHaveLength(1);
    expect(t.requests('PATCH', '/api/my-account/mfa-settings')).toHaveLength(2);
  });

  it('rejects with a quiet, typed error when the user cancels, and sends nothing', async () => {
    const t = setup();
    const { result } = renderHook(() => useDialogAnd(() => useRemovePrimaryEmail()), {
      wrapper: t.wrapper,
    });
    let mutation!: Promise<unknown>;
    act(() => {
      mutation = result.current.target.mutateAsync().catch((error: unknown) => error);
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    act(() => result.current.prompt.reject());
    const error = await mutation;
    expect(error).toBeInstanceOf(VerificationCancelledError);
    expect(isQuietError(error)).toBe(true);
    await waitFor(() => expect(result.current.target.isError).toBe(true));
    expect(t.requests('DELETE', '/api/my-account/primary-email')).toHaveLength(0);
    expect(t.simulator.admin.getUser(t.simulator.admin.listUsers()[0]!.id)?.primaryEmail).toBe(
      DEMO_EMAIL,
    );
  });

  it('cancels quietly when the dialog unmounts while an action waits on it', async () => {
    const t = setup();
    let showDialog = true;
    const requests: unknown[] = [];
    function DialogStub() {
      const { request } = useVerificationPrompt();
      useEffect(() => {
        if (request) requests.push(request);
      }, [request]);
      return null;
    }
    function Wrapper({ children }: { children?: ReactNode }) {
      return (
        <t.wrapper>
          {showDialog && <DialogStub />}
          {children}
        </t.wrapper>
      );
    }
    const { result, rerender } = renderHook(() => useRemovePrimaryEmail(), {
      wrapper: Wrapper,
    });
    let mutation!: Promise<unknown>;
    act(() => {
      mutation = result.current.mutateAsync().catch((error: unknown) => error);
    });
    await waitFor(() => expect(requests).toHaveLength(1));
    showDialog = false;
    rerender();
    expect(await mutation).toBeInstanceOf(VerificationCancelledError);
    expect(t.requests('DELETE', '/api/my-account/primary-email')).toHaveLength(0);
  });

  it('on permission_denied clears the record, prompts once more and retries with the same input', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({
        ...useDialogAnd(() => useChangePassword()),
        kit: useAccountKit(),
      }),
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.verification.methods.length).toBeGreaterThan(0));
    // The client believes this record is fresh; the server does not know it (§4.4: same 401 as expired).
    act(() =>
      result.current.kit.client.verification.set({
        id: 'unknown-record',
        expiresAt: new Date(t.simulator.clock.now() + 5 * 60_000),
        method: 'password',
      }),
    );
    let mutation!: Promise<unknown>;
    act(() => {
      mutation = result.current.target.mutateAsync({ password: 'A-new-Passw0rd-for-Ada' });
    });
    await waitFor(() => expect(result.current.prompt.request).toMatchObject({ reason: 'expired' }));
    expect(result.current.verification.status).toBe('none');
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await act(async () => {
      await mutation;
    });
    const attempts = t.requests('POST', '/api/my-account/password');
    expect(attempts.map((attempt) => attempt.verificationId)).toEqual([
      'unknown-record',
      result.current.verification.record?.id,
    ]);
    // The typed new password was kept: it is now the password.
    const check = await t.fetch('http://localhost:3001/api/verifications/password', {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'A-new-Passw0rd-for-Ada' }),
    });
    expect(check.status).toBe(201);
  });

  it('uses the app callback when no dialog is mounted, resuming once a record is stored', async () => {
    const t = setup();
    const seen: unknown[] = [];
    let verify!: () => Promise<boolean>;
    const { result } = renderHook(
      () => {
        const verification = useVerification();
        verify = () => verification.verifyWithPassword(DEMO_PASSWORD);
        return useUpdateMfaSettings();
      },
      {
        wrapper: setup.withProvider(t, {
          onVerificationRequired: async (request) => {
            seen.push(request);
            await verify();
            // Never resolves by itself: the stored record resumes the action.
            return new Promise<void>(() => {});
          },
        }),
      },
    );
    await act(async () => {
      await result.current.mutateAsync({ skipMfaOnSignIn: true });
    });
    expect(seen).toEqual([
      {
        requirement: 'always',
        reason: 'required',
        methods: [{ type: 'password' }, { type: 'email', value: DEMO_EMAIL }],
      },
    ]);
    expect(result.current.data).toEqual({ skipMfaOnSignIn: true });
  });

  it('fails loudly (not quietly) when no prompt is available', async () => {
    const t = setup();
    const { result } = renderHook(() => useRemovePrimaryEmail(), {
      wrapper: t.wrapper,
    });
    const error = await result.current.mutateAsync().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'verification_prompt_missing' });
    expect(isQuietError(error)).toBe(false);
  });

  it('does not seek the header where this user needs none (no password, email or phone)', async () => {
    const t = setup({ seed: { users: [socialOnlyUserSeed()] } });
    const { result } = renderHook(() => useDialogAnd(() => useChangePassword()), {
      wrapper: t.wrapper,
    });
    await act(async () => {
      await result.current.target.mutateAsync({ password: 'First-Passw0rd-for-Sam' });
    });
    expect(result.current.prompt.request).toBeNull();
    expect(t.requests('POST', '/api/my-account/password')[0]!.verificationId).toBeNull();
    const { result: account } = renderHook(() => useMyAccount(), { wrapper: t.wrapper });
    await waitFor(() => expect(account.current.data?.hasPassword).toBe(true));
  });
});
