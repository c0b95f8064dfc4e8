/** Test harness: the simulator behind its drop-in fetch, a request log, and the provider. Tests only. */
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { createAccountApiSimulator, createSimulatorFetch } from '@account-center/mock';
import type { AccountApiSimulatorOptions, MintTokenOptions } from '@account-center/mock';
import { AccountCenterProvider } from '../provider.js';
import type { AccountCenterProviderProps } from '../provider.js';

export const ENDPOINT = 'http://localhost:3001';

export interface LoggedRequest {
  method: string;
  path: string;
  /** Macrotask counter when the request was sent: equal ticks = same tick. */
  tick: number;
  verificationId: string | null;
}

export interface SetupOptions extends AccountApiSimulatorOptions {
  token?: MintTokenOptions;
  /** Emulate the browser's CORS check (unreadable `/.well-known/*` in production, §1.4). */
  enforceCors?: boolean;
  provider?: Partial<AccountCenterProviderProps>;
  startTime?: number;
}

export function setup(options: SetupOptions = {}) {
  return createSetup(options);
}

/** A wrapper for the same simulator and QueryClient with other provider props. */
setup.withProvider = (
  t: ReturnType<typeof createSetup>,
  props: Partial<AccountCenterProviderProps>,
) =>
  function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <AccountCenterProvider {...({ ...t.providerProps, ...props } as AccountCenterProviderProps)}>
        {children}
      </AccountCenterProvider>
    );
  };

function createSetup(options: SetupOptions) {
  const simulator = createAccountApiSimulator(options);
  // Time stands still unless a test moves it (records, codes and TOTP read this clock).
  simulator.clock.set(options.startTime ?? Date.UTC(2026, 10, 26, 12));
  let token = simulator.mintToken(options.token);
  const log: LoggedRequest[] = [];
  const base = createSimulatorFetch(simulator);
  let tick = 0;
  let ticking = false;
  const nextTick = () => {
    if (ticking) return;
    ticking = true;
    setTimeout(() => {
      tick += 1;
      ticking = false;
    }, 0);
  };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    log.push({
      method: request.method,
      path: url.pathname + url.search,
      tick,
      verificationId: request.headers.get('logto-verification-id'),
    });
    nextTick();
    const response = await base(request);
    if (options.enforceCors && !response.headers.get('access-control-allow-origin')) {
      // What a browser does with a cross-origin answer lacking CORS headers.
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
  const queryClient = new QueryClient();
  const getAccessToken = async () => token;
  const providerProps = {
    endpoint: ENDPOINT,
    getAccessToken,
    fetch,
    queryClient,
    now: () => simulator.clock.now(),
    // Test files run side by side in iframes of one origin, on the same seeded user: tab sync
    // would let them invalidate each other's caches. Tests of the sync turn it on.
    syncTabs: false,
    ...options.provider,
  } as AccountCenterProviderProps;
  function wrapper({ children }: { children?: ReactNode }) {
    return <AccountCenterProvider {...providerProps}>{children}</AccountCenterProvider>;
  }
  return {
    simulator,
    log,
    fetch,
    queryClient,
    wrapper,
    providerProps,
    get token() {
      return token;
    },
    /** Move the simulator's clock (which the provider reads) and the fake timers together. */
    async advance(milliseconds: number) {
      simulator.clock.advance(milliseconds);
      await vi.advanceTimersByTimeAsync(milliseconds);
    },
    setToken(value: string) {
      token = value;
    },
    /** Requests matching method and path (path without query by default). */
    requests(method: string, path: string) {
      return log.filter((entry) => entry.method === method && entry.path.split('?')[0] === path);
    },
  };
}
