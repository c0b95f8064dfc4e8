import { act, renderHook, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server.browser';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createAccountClient } from '@account-center/client';
import {
  createAccountApiSimulator,
  createSimulatorFetch,
  DEMO_PASSWORD,
} from '@account-center/mock';
import { useMyAccount } from './hooks.js';
import { useAccountKit } from './kit.js';
import { AccountCenterProvider } from './provider.js';
import { ENDPOINT, setup } from './test-utils/setup.js';
import { useVerification } from './verification.js';

describe('AccountCenterProvider', () => {
  it('renders on the server without sending anything', () => {
    const t = setup();
    function Page() {
      const { data, isPending } = useMyAccount();
      return <p>{isPending ? 'loading' : data?.name}</p>;
    }
    const html = renderToString(
      <AccountCenterProvider
        endpoint={ENDPOINT}
        getAccessToken={async () => t.token}
        fetch={t.fetch}
      >
        <Page />
      </AccountCenterProvider>,
    );
    expect(html).toBe('<p>loading</p>');
    expect(t.log).toEqual([]);
  });

  it('reuses the QueryClient of an enclosing QueryClientProvider', async () => {
    const t = setup();
    const appClient = new QueryClient();
    const { result } = renderHook(
      () => ({ kit: useAccountKit(), queryClient: useQueryClient(), account: useMyAccount() }),
      {
        wrapper: ({ children }) => (
          <QueryClientProvider client={appClient}>
            <AccountCenterProvider
              endpoint={ENDPOINT}
              getAccessToken={async () => t.token}
              fetch={t.fetch}
            >
              {children}
            </AccountCenterProvider>
          </QueryClientProvider>
        ),
      },
    );
    await waitFor(() => expect(result.current.account.isSuccess).toBe(true));
    expect(result.current.kit.queryClient).toBe(appClient);
    expect(result.current.queryClient).toBe(appClient);
  });

  it('accepts a ready client', async () => {
    const simulator = createAccountApiSimulator();
    const token = simulator.mintToken();
    const client = createAccountClient({
      endpoint: ENDPOINT,
      getAccessToken: async () => token,
      fetch: createSimulatorFetch(simulator),
    });
    const { result } = renderHook(() => ({ kit: useAccountKit(), account: useMyAccount() }), {
      wrapper: ({ children }) => (
        <AccountCenterProvider client={client}>{children}</AccountCenterProvider>
      ),
    });
    await waitFor(() => expect(result.current.account.isSuccess).toBe(true));
    expect(result.current.kit.client).toBe(client);
  });

  it('retries a 401 once with a fresh token, then calls onUnauthorized when it persists', async () => {
    const t = setup();
    const stale = t.token;
    const fresh = t.simulator.mintToken();
    t.simulator.revokeToken(stale);
    const tokens = [stale, fresh];
    const onUnauthorized = vi.fn();
    const getAccessToken = vi.fn(async () => tokens.shift() ?? fresh);
    const { result } = renderHook(() => useMyAccount(), {
      wrapper: setup.withProvider(t, { getAccessToken, onUnauthorized }),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).not.toHaveBeenCalled();

    // The session ends: every token is refused; after one refresh the app is told.
    t.simulator.revokeToken(fresh);
    t.queryClient.clear();
    const { result: again } = renderHook(() => useMyAccount(), {
      wrapper: setup.withProvider(t, { getAccessToken, onUnauthorized }),
    });
    await waitFor(() => expect(again.current.isError).toBe(true));
    expect(again.current.error?.code).toBe('auth.unauthorized');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized.mock.calls[0]![0]).toMatchObject({
      status: 401,
      code: 'auth.unauthorized',
    });
  });

  it('keeps the client and the verification record across re-renders with inline props', async () => {
    const t = setup();
    function Wrapper({ children }: { children?: React.ReactNode }) {
      // Fresh arrows and a fresh fetch wrapper on every render.
      return (
        <AccountCenterProvider
          endpoint={ENDPOINT}
          getAccessToken={async () => t.token}
          fetch={(input, init) => t.fetch(input, init)}
          now={() => t.simulator.clock.now()}
          queryClient={t.queryClient}
        >
          {children}
        </AccountCenterProvider>
      );
    }
    const { result, rerender } = renderHook(
      () => ({ kit: useAccountKit(), verification: useVerification() }),
      {
        wrapper: Wrapper,
      },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    const { client } = result.current.kit;
    rerender();
    expect(result.current.kit.client).toBe(client);
    expect(result.current.verification.status).toBe('verified');
  });

  it('throws a clear error when a hook is used outside the provider', () => {
    expect(() => renderHook(() => useAccountKit())).toThrow('<AccountCenterProvider>');
  });
});
