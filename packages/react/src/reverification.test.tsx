/**
 * `useReverification`: the one step-up wrapper, in front of the app's own calls (here the app's
 * "server" is the simulator's `GET …/backup-codes`, which confirms a record, §4.4) and the kit's.
 */
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, mfaUserSeed, socialOnlyUserSeed } from '@account-center/mock';
import { toAccountApiError } from '@account-center/client';
import { VerificationCancelledError } from './errors.js';
import { useUpdateMfaSettings } from './mutation-hooks.js';
import { useReverification } from './reverification.js';
import { ENDPOINT, setup } from './test-utils/setup.js';
import { useVerification, useVerificationPrompt } from './verification.js';

const CONFIRM_PATH = '/api/my-account/mfa-verifications/backup-codes';

/**
 * What an app's server does with the record id: ask Logto whether it is still valid. A user with
 * backup codes (the MFA seed) gets 200; an unusable record gets 401 permission_denied (§4.4).
 */
function confirmWith(t: ReturnType<typeof setup>) {
  const seen: string[] = [];
  const confirm = async (recordId: string) => {
    seen.push(recordId);
    const response = await t.fetch(ENDPOINT + CONFIRM_PATH, {
      headers: { authorization: `Bearer ${t.token}`, 'logto-verification-id': recordId },
    });
    if (response.status === 401) throw toAccountApiError(response, await response.text());
    return response.status;
  };
  return { seen, confirm };
}

function usePromptAnd<T>(useTarget: () => T) {
  return { prompt: useVerificationPrompt(), verification: useVerification(), target: useTarget() };
}

describe('useReverification', () => {
  it('asks for step-up, then hands the new record id to fn once; the server confirms it', async () => {
    const t = setup({ seed: { users: [mfaUserSeed()] } });
    const { seen, confirm } = confirmWith(t);
    const { result } = renderHook(() => usePromptAnd(() => useReverification(confirm)), {
      wrapper: t.wrapper,
    });
    let call!: Promise<number>;
    act(() => {
      call = result.current.target();
    });
    await waitFor(() =>
      expect(result.current.prompt.request).toMatchObject({
        requirement: 'always',
        reason: 'required',
      }),
    );
    expect(seen).toEqual([]);
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    expect(await call).toBe(200);
    expect(seen).toEqual([result.current.verification.record!.id]);
    await waitFor(() => expect(result.current.prompt.request).toBeNull());

    // With a fresh record, no prompt: fn runs straight away with the same id.
    await act(async () => {
      await result.current.target();
    });
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
  });

  it('on permission_denied from fn asks again (expired) and runs fn once more, only once', async () => {
    const t = setup({ seed: { users: [mfaUserSeed()] } });
    const { seen, confirm } = confirmWith(t);
    const { result } = renderHook(() => usePromptAnd(() => useReverification(confirm)), {
      wrapper: t.wrapper,
    });
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    const first = result.current.verification.record!.id;
    // The app's server refuses the record once, the way Logto does for an unusable one (§4.4).
    t.simulator.faults.inject({
      route: `GET ${CONFIRM_PATH}`,
      status: 401,
      code: 'verification_record.permission_denied',
      once: true,
    });
    let call!: Promise<number>;
    act(() => {
      call = result.current.target();
    });
    await waitFor(() => expect(result.current.prompt.request?.reason).toBe('expired'));
    expect(result.current.verification.status).toBe('none');
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    expect(await call).toBe(200);
    expect(seen).toEqual([first, result.current.verification.record!.id]);
    expect(seen[1]).not.toBe(first);

    // Refused twice: the second refusal is the caller's, with no third prompt.
    t.simulator.faults.inject({
      route: `GET ${CONFIRM_PATH}`,
      status: 401,
      code: 'verification_record.permission_denied',
    });
    act(() => {
      call = result.current.target();
    });
    await waitFor(() => expect(result.current.prompt.request?.reason).toBe('expired'));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await expect(call).rejects.toMatchObject({ code: 'verification_record.permission_denied' });
    expect(seen).toHaveLength(4);
    expect(result.current.prompt.request).toBeNull();
  });

  it('rejects with VerificationCancelledError when the prompt is cancelled, without running fn', async () => {
    const t = setup();
    const { seen, confirm } = confirmWith(t);
    const { result } = renderHook(() => usePromptAnd(() => useReverification(confirm)), {
      wrapper: t.wrapper,
    });
    let call!: Promise<number>;
    act(() => {
      call = result.current.target();
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    act(() => result.current.prompt.reject());
    const error = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VerificationCancelledError);
    expect(seen).toEqual([]);
    expect(t.requests('GET', CONFIRM_PATH)).toHaveLength(0);
  });

  it('two concurrent calls share one prompt and both resume with the same record', async () => {
    const t = setup();
    const { seen, confirm } = confirmWith(t);
    const requests: unknown[] = [];
    let verify!: () => Promise<boolean>;
    const { result } = renderHook(
      () => {
        const verification = useVerification();
        verify = () => verification.verifyWithPassword(DEMO_PASSWORD);
        return {
          reverified: useReverification(confirm),
          write: useUpdateMfaSettings(),
        };
      },
      {
        wrapper: setup.withProvider(t, {
          onVerificationRequired: async (request) => {
            requests.push(request);
            await verify();
          },
        }),
      },
    );
    await act(async () => {
      await Promise.all([
        result.current.reverified(),
        result.current.write.mutateAsync({ skipMfaOnSignIn: true }),
      ]);
    });
    expect(requests).toHaveLength(1);
    const id = seen[0];
    expect(seen).toEqual([id]);
    expect(t.requests('PATCH', '/api/my-account/mfa-settings')[0]!.verificationId).toBe(id);
  });

  it('with when-user-has-method, hands undefined to fn for a user with nothing to verify with', async () => {
    const t = setup({ seed: { users: [socialOnlyUserSeed()] } });
    const ids: (string | undefined)[] = [];
    const { result } = renderHook(
      () =>
        usePromptAnd(() =>
          useReverification(async (id) => void ids.push(id), {
            requirement: 'when-user-has-method',
          }),
        ),
      { wrapper: t.wrapper },
    );
    await act(async () => {
      await result.current.target();
    });
    expect(ids).toEqual([undefined]);
    expect(result.current.prompt.request).toBeNull();
  });
});

describe('the provider’s prompt slot', () => {
  it('a prompt given as verificationPrompt is used; a default prompt mounted too stays idle', async () => {
    const t = setup();
    const slot: { request: unknown; reject?: () => void } = { request: null };
    function CustomPrompt() {
      const prompt = useVerificationPrompt();
      useEffect(() => {
        slot.request = prompt.request;
        slot.reject = prompt.reject;
      });
      return null;
    }
    // The app adds its prompt after a default one (the hook's) already took the free slot.
    let custom = false;
    const wrapper = ({ children }: { children?: ReactNode }) =>
      setup.withProvider(t, custom ? { verificationPrompt: <CustomPrompt /> } : {})({ children });
    const { result, rerender } = renderHook(
      () => usePromptAnd(() => useReverification(async () => 1)),
      { wrapper },
    );
    await waitFor(() => expect(result.current.prompt.active).toBe(true));
    custom = true;
    rerender();
    await waitFor(() => expect(result.current.prompt.active).toBe(false));
    let call!: Promise<number>;
    act(() => {
      call = result.current.target();
    });
    await waitFor(() => expect(slot.request).toMatchObject({ reason: 'required' }));
    // The default prompt sees nothing while the provider's prompt holds the slot.
    expect(result.current.prompt.request).toBeNull();
    act(() => slot.reject!());
    await expect(call).rejects.toBeInstanceOf(VerificationCancelledError);
  });
});
