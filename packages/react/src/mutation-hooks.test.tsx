import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MutationObserver, QueryClient, useMutation } from '@tanstack/react-query';
import { createAccountClient } from '@account-center/client';
import type { Account } from '@account-center/client';
import {
  DEMO_PASSWORD,
  DEMO_USER_ID,
  createAccountApiSimulator,
  createSimulatorFetch,
  mfaUserSeed,
} from '@account-center/mock';
import { useMfaFactors, useMyAccount } from './hooks.js';
import { useAccountKit } from './kit.js';
import { accountKeys } from './keys.js';
import {
  useChangePassword,
  useRenamePasskey,
  useUpdateMfaSettings,
  useUpdateProfile,
} from './mutation-hooks.js';
import { accountMutations } from './mutations.js';
import { accountQueries } from './queries.js';
import { ENDPOINT, setup } from './test-utils/setup.js';
import { useVerification, useVerificationPrompt } from './verification.js';

/** A plain client on the simulator: no provider, no React. */
function plainClient() {
  const simulator = createAccountApiSimulator();
  simulator.clock.set(Date.UTC(2026, 10, 26, 12));
  const token = simulator.mintToken();
  const client = createAccountClient({
    endpoint: ENDPOINT,
    getAccessToken: async () => token,
    fetch: createSimulatorFetch(simulator),
    now: () => simulator.clock.now(),
  });
  return { simulator, client, queryClient: new QueryClient() };
}

describe('options factories take the client', () => {
  it('ensureQueryData reads the account with a plain client, outside any provider', async () => {
    const { client, queryClient } = plainClient();
    const account = await queryClient.ensureQueryData(accountQueries.myAccount(client));
    expect(account.id).toBe(DEMO_USER_ID);
    // A second call is served from the cache (a router loader running again, say).
    await queryClient.ensureQueryData(accountQueries.myAccount(client));
    expect(queryClient.getQueryData(accountKeys.account())).toBe(account);
  });

  it('a write outside any provider runs and applies its cache effect', async () => {
    const { client, queryClient } = plainClient();
    await queryClient.ensureQueryData(accountQueries.myAccount(client));
    const observer = new MutationObserver(queryClient, accountMutations.updateAccount(client));
    await observer.mutate({ name: 'Augusta Ada King' });
    expect(queryClient.getQueryData(accountQueries.myAccount(client).queryKey)?.name).toBe(
      'Augusta Ada King',
    );
  });
});

describe('named write hooks compose the caller’s callbacks with the kit’s effect', () => {
  it('spreading a factory and adding onSuccess keeps the cache effect', async () => {
    const t = setup();
    const onSuccess = vi.fn();
    const { result } = renderHook(
      () => {
        const { client } = useAccountKit();
        return {
          account: useMyAccount(),
          update: useMutation({ ...accountMutations.updateAccount(client), onSuccess }),
        };
      },
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.account.isSuccess).toBe(true));
    const reads = t.requests('GET', '/api/my-account').length;
    await act(async () => {
      await result.current.update.mutateAsync({ name: 'Countess of Lovelace' });
    });
    expect(onSuccess).toHaveBeenCalledOnce();
    // The returned account was written into the cache (no refetch needed, none made).
    expect(result.current.account.data?.name).toBe('Countess of Lovelace');
    expect(t.requests('GET', '/api/my-account')).toHaveLength(reads);
  });

  it('useUpdateProfile runs the caller’s onMutate/onSuccess/onSettled after the kit’s effect', async () => {
    const t = setup();
    const seen: string[] = [];
    const { result } = renderHook(
      () => {
        const { queryClient } = useAccountKit();
        return {
          account: useMyAccount(),
          update: useUpdateProfile({
            onMutate: () => ({ label: 'mine' }),
            onSuccess: (_profile, _variables, result) => {
              const cached = queryClient.getQueryData<Account>(accountKeys.account());
              seen.push(`success ${result.label} ${cached?.profile?.nickname}`);
            },
            onSettled: () => void seen.push('settled'),
          }),
        };
      },
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.account.isSuccess).toBe(true));
    await act(async () => {
      await result.current.update.mutateAsync({ nickname: 'Enchantress' });
    });
    expect(seen).toEqual(['success mine Enchantress', 'settled']);
    expect(result.current.account.data?.profile?.nickname).toBe('Enchantress');
  });

  it('a secret write is dropped from the mutation cache even with the caller’s onSettled', async () => {
    const t = setup();
    const onSettled = vi.fn();
    const { result } = renderHook(
      () => ({
        account: useMyAccount(),
        verification: useVerification(),
        change: useChangePassword({ onSettled, gcTime: 60_000 }),
      }),
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.account.isSuccess).toBe(true));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await act(async () => {
      await result.current.change.mutateAsync({ password: 'A-new-Passw0rd-for-Ada' });
    });
    expect(onSettled).toHaveBeenCalledOnce();
    const kept = t.queryClient
      .getMutationCache()
      .getAll()
      .filter((mutation) => JSON.stringify(mutation.state.variables).includes('A-new-Passw0rd'));
    expect(kept).toEqual([]);
  });
});

describe('useRenamePasskey({ optimistic: true })', () => {
  /** A signed-in user with one passkey, and a gate holding the rename request until released. */
  function renderRename() {
    const t = setup({
      seed: { users: [{ ...mfaUserSeed(), mfa: { webAuthn: [{ name: 'Old laptop' }] } }] },
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'PATCH' && new URL(request.url).pathname.endsWith('/name')) await held;
      return t.fetch(request);
    };
    const onError = vi.fn();
    const rendered = renderHook(
      () => ({
        rename: useRenamePasskey({ optimistic: true, onError }),
        factors: useMfaFactors(),
        verification: useVerification(),
      }),
      { wrapper: setup.withProvider(t, { fetch }) },
    );
    const passkeyName = () =>
      rendered.result.current.factors.data?.find((factor) => factor.type === 'WebAuthn')?.name;
    return { t, release, onError, passkeyName, ...rendered };
  }

  it('shows the new name before the server answers, and keeps it', async () => {
    const { result, release, passkeyName } = renderRename();
    await waitFor(() => expect(result.current.factors.isSuccess).toBe(true));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    const id = result.current.factors.data!.find((factor) => factor.type === 'WebAuthn')!.id;
    let renaming!: Promise<unknown>;
    act(() => {
      renaming = result.current.rename.mutateAsync({ id, name: 'Work laptop' });
    });
    await waitFor(() => expect(passkeyName()).toBe('Work laptop'));
    expect(result.current.rename.isPending).toBe(true);
    release();
    await act(() => renaming);
    expect(passkeyName()).toBe('Work laptop');
  });

  it('puts the old name back when the rename fails', async () => {
    const { t, result, release, onError, passkeyName } = renderRename();
    await waitFor(() => expect(result.current.factors.isSuccess).toBe(true));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    const id = result.current.factors.data!.find((factor) => factor.type === 'WebAuthn')!.id;
    t.simulator.faults.inject({
      route: 'PATCH /api/my-account/mfa-verifications/:id/name',
      status: 400,
      code: 'guard.invalid_input',
    });
    const reads = t.requests('GET', '/api/my-account/mfa-verifications').length;
    let renaming!: Promise<unknown>;
    act(() => {
      renaming = result.current.rename.mutateAsync({ id, name: 'Work laptop' });
    });
    await waitFor(() => expect(passkeyName()).toBe('Work laptop'));
    release();
    await act(() => renaming.catch(() => undefined));
    expect(onError).toHaveBeenCalledOnce();
    expect(passkeyName()).toBe('Old laptop');
    // Restored from the snapshot, not by reading the list again.
    expect(t.requests('GET', '/api/my-account/mfa-verifications')).toHaveLength(reads);
  });

  it('without optimistic, the list changes only once the server answered', async () => {
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
    const id = result.current.factors.data!.find((factor) => factor.type === 'WebAuthn')!.id;
    t.simulator.faults.inject({
      route: 'PATCH /api/my-account/mfa-verifications/:id/name',
      status: 400,
      code: 'guard.invalid_input',
    });
    await act(async () => {
      await result.current.rename.mutateAsync({ id, name: 'Work laptop' }).catch(() => undefined);
    });
    const passkey = result.current.factors.data?.find((factor) => factor.type === 'WebAuthn');
    expect(passkey?.name).toBe('Old laptop');
  });
});

describe('the kit a factory finds for its client', () => {
  it('is the provider’s, also in StrictMode with a client of the app: a write asks its prompt', async () => {
    const t = setup();
    const client = createAccountClient({
      endpoint: ENDPOINT,
      getAccessToken: async () => t.token,
      fetch: t.fetch,
      now: () => t.simulator.clock.now(),
    });
    const Provider = setup.withProvider(t, { client });
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <StrictMode>
        <Provider>{children}</Provider>
      </StrictMode>
    );
    const { result } = renderHook(
      () => ({ prompt: useVerificationPrompt(), update: useUpdateMfaSettings() }),
      { wrapper },
    );
    let mutation!: Promise<unknown>;
    act(() => {
      mutation = result.current.update.mutateAsync({ skipMfaOnSignIn: true });
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    act(() => result.current.prompt.reject());
    await expect(mutation).rejects.toMatchObject({ code: 'verification_cancelled' });
  });
});
