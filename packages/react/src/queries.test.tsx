import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allFields, DEMO_PASSWORD, GITHUB_CONNECTOR_ID, mfaUserSeed } from '@account-center/mock';
import {
  useBackupCodes,
  useGrants,
  useLogtoConfigs,
  useMfaFactors,
  useMfaSettings,
  useMyAccount,
  useSessions,
  useSocialIdentities,
} from './hooks.js';
import { useTenantConfig } from './settings.js';
import { setup } from './test-utils/setup.js';
import { useVerification, useVerificationPrompt } from './verification.js';

/** Every read a full account page makes on first render. */
function useAccountPage() {
  return {
    account: useMyAccount(),
    settings: useTenantConfig(),
    social: useSocialIdentities(),
    factors: useMfaFactors(),
    mfaSettings: useMfaSettings(),
    configs: useLogtoConfigs(),
    sessions: useSessions(),
    grants: useGrants(),
    backupCodes: useBackupCodes(),
  };
}

describe('first render of a full account page', () => {
  it('starts every header-free read in the same tick, sends none twice, and leaves header reads locked', async () => {
    const t = setup({ wellKnownCors: 'development' });
    const { result } = renderHook(() => useAccountPage(), { wrapper: t.wrapper });
    await waitFor(() => {
      expect(result.current.account.isSuccess).toBe(true);
      expect(result.current.social.isSuccess).toBe(true);
      expect(result.current.factors.isSuccess).toBe(true);
      expect(result.current.mfaSettings.isSuccess).toBe(true);
      expect(result.current.configs.isSuccess).toBe(true);
      expect(result.current.settings.isLoading).toBe(false);
    });
    const sent = t.log.map((entry) => `${entry.method} ${entry.path}`);
    expect([...sent].sort()).toEqual(
      [
        'GET /api/.well-known/account-center',
        'GET /api/.well-known/sign-in-exp',
        'GET /api/my-account',
        'GET /api/my-account/logto-configs',
        'GET /api/my-account/mfa-settings',
        'GET /api/my-account/mfa-verifications',
      ].sort(),
    );
    expect(new Set(t.log.map((entry) => entry.tick))).toEqual(new Set([0]));
    expect(result.current.sessions.locked).toBe(true);
    expect(result.current.grants.locked).toBe(true);
    expect(result.current.backupCodes.locked).toBe(true);
    expect(result.current.sessions.fetchStatus).toBe('idle');
    expect(result.current.social.data?.linked.map((identity) => identity.target)).toEqual([
      'google',
    ]);
    expect(result.current.social.data?.connectors?.map((connector) => connector.target)).toEqual([
      'google',
      'github',
    ]);
  });
});

describe('reads gated by a field', () => {
  it('treat field_not_enabled as Off (null data), not as an error', async () => {
    const t = setup({
      seed: {
        accountCenter: {
          fields: { ...allFields('Edit'), mfa: 'Off', passkey: 'Off', session: 'Off' },
        },
      },
    });
    const { result } = renderHook(
      () => ({
        factors: useMfaFactors(),
        mfaSettings: useMfaSettings(),
        configs: useLogtoConfigs(),
      }),
      { wrapper: t.wrapper },
    );
    await waitFor(() =>
      expect(
        result.current.factors.isSuccess &&
          result.current.mfaSettings.isSuccess &&
          result.current.configs.isSuccess,
      ).toBe(true),
    );
    expect(result.current.factors.data).toBeNull();
    expect(result.current.mfaSettings.data).toBeNull();
    expect(result.current.configs.data).toBeNull();
    expect(result.current.factors.isError).toBe(false);
  });

  it('treat a route an older Logto lacks (bare 404) as absent (null data), not as an error', async () => {
    const t = setup();
    t.simulator.faults.inject({ route: 'GET /api/my-account/mfa-settings', status: 404 });
    t.simulator.faults.inject({ route: 'GET /api/my-account/logto-configs', status: 404 });
    const { result } = renderHook(
      () => ({
        mfaSettings: useMfaSettings(),
        configs: useLogtoConfigs(),
        factors: useMfaFactors(),
      }),
      { wrapper: t.wrapper },
    );
    await waitFor(() =>
      expect(
        result.current.mfaSettings.isSuccess &&
          result.current.configs.isSuccess &&
          result.current.factors.isSuccess,
      ).toBe(true),
    );
    expect(result.current.mfaSettings.data).toBeNull();
    expect(result.current.configs.data).toBeNull();
    // The field is not marked Off: its other routes still answer.
    expect(result.current.factors.data).not.toBeNull();
  });

  it('keep a Logto not-found answer (404 with a code) an error', async () => {
    const t = setup();
    t.simulator.faults.inject({
      route: 'GET /api/my-account/mfa-settings',
      status: 404,
      code: 'entity.not_found',
    });
    const { result } = renderHook(() => useMfaSettings({ retry: false }), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.code).toBe('entity.not_found');
  });

  it('show real errors as errors', async () => {
    const t = setup();
    t.simulator.faults.inject({ route: 'GET /api/my-account/mfa-verifications', status: 500 });
    const { result } = renderHook(() => useMfaFactors({ retry: false }), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.status).toBe(500);
  });

  it('retry network failures and 5xx twice by default, never 4xx', async () => {
    const t = setup();
    const path = '/api/my-account/mfa-verifications';
    const removeFault = t.simulator.faults.inject({ route: `GET ${path}`, status: 503 });
    const { result, unmount } = renderHook(() => useMfaFactors({ retryDelay: 0 }), {
      wrapper: t.wrapper,
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(t.requests('GET', path)).toHaveLength(3);
    unmount();
    removeFault();
    t.queryClient.clear();
    t.simulator.faults.inject({ route: `GET ${path}`, status: 400, code: 'guard.invalid_input' });
    const second = renderHook(() => useMfaFactors({ retryDelay: 0 }), { wrapper: t.wrapper });
    await waitFor(() => expect(second.result.current.isError).toBe(true));
    expect(t.requests('GET', path)).toHaveLength(4);
  });

  it('never retry sooner than a Retry-After asks (a 503 from a gateway in front of Logto)', async () => {
    const t = setup();
    const path = '/api/my-account/mfa-verifications';
    t.simulator.faults.inject({ route: `GET ${path}`, status: 503 });
    // The simulator's 503, with the header a rate limiter in front of Logto adds.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await t.fetch(input, init);
      if (response.status !== 503) return response;
      const headers = new Headers(response.headers);
      headers.set('retry-after', '120');
      return new Response(await response.text(), { status: 503, headers });
    };
    const { result } = renderHook(() => useMfaFactors({ retryDelay: 0 }), {
      wrapper: setup.withProvider(t, { fetch }),
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ status: 503, retryAfter: 120 });
    expect(t.requests('GET', path)).toHaveLength(1);
  });

  it("follow the app QueryClient's own retry default (errors at once with retry: false)", async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const t = setup({ provider: { queryClient } });
    const path = '/api/my-account/mfa-verifications';
    t.simulator.faults.inject({ route: `GET ${path}`, status: 503 });
    const { result } = renderHook(() => useMfaFactors(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(t.requests('GET', path)).toHaveLength(1);
  });
});

describe('reads that need the verification header', () => {
  it('load after step-up, when their section asks to unlock', async () => {
    const t = setup({ seed: { users: [mfaUserSeed()] } });
    const { result } = renderHook(
      () => ({
        sessions: useSessions(),
        grants: useGrants(),
        codes: useBackupCodes(),
        prompt: useVerificationPrompt(),
        verification: useVerification(),
      }),
      { wrapper: t.wrapper },
    );
    let unlocked!: Promise<boolean>;
    act(() => {
      unlocked = result.current.sessions.unlock();
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    expect(await unlocked).toBe(true);
    await waitFor(() => expect(result.current.sessions.data?.sessions).toHaveLength(1));
    await waitFor(() => expect(result.current.codes.data?.codes).toHaveLength(10));
    await waitFor(() => expect(result.current.grants.data?.grants).toEqual([]));
    expect(result.current.sessions.locked).toBe(false);
    expect(t.requests('GET', '/api/my-account/sessions')).toHaveLength(1);
  });

  it('unlock() resolves false when the user cancels', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({ sessions: useSessions(), prompt: useVerificationPrompt() }),
      { wrapper: t.wrapper },
    );
    let unlocked!: Promise<boolean>;
    act(() => {
      unlocked = result.current.sessions.unlock();
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    act(() => result.current.prompt.reject());
    expect(await unlocked).toBe(false);
    expect(result.current.sessions.locked).toBe(true);
    expect(t.requests('GET', '/api/my-account/sessions')).toHaveLength(0);
  });
});

describe('social connectors a browser can use (issue #13 §4)', () => {
  it('leaves out a connector whose platform is Native', async () => {
    const t = setup({
      wellKnownCors: 'development',
      seed: { management: { socialPlatforms: { [GITHUB_CONNECTOR_ID]: 'Native' } } },
    });
    const { result } = renderHook(() => useSocialIdentities(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.connectors?.map((connector) => connector.target)).toEqual([
      'google',
    ]);
  });
});
