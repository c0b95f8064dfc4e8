/**
 * The one harness for component tests and stories: a simulator tenant behind its drop-in
 * fetch, the hooks provider, and the UI provider. Tests and stories only (not shipped).
 *
 * @example
 * const account = createSimulatedAccount({ seed: { accountCenter: { fields: { name: 'ReadOnly' } } } });
 * render(<ProfileForm />, { wrapper: account.Wrapper });
 * account.simulator.inbox.latestCode('new@example.com');
 */
import type { ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import type { Decorator } from '@storybook/react-vite';
import { AccountCenterProvider } from '@account-center/react';
import type { AccountCenterProviderProps } from '@account-center/react';
import { createAccountApiSimulator, createSimulatorFetch } from '@account-center/mock';
import type {
  AccountApiSimulator,
  AccountApiSimulatorOptions,
  MintTokenOptions,
} from '@account-center/mock';
import { AccountCenterUiProvider } from '../provider/account-center-ui-provider.js';
import type { Theme } from '../provider/ui-context.js';

export interface SimulatedAccountOptions extends AccountApiSimulatorOptions {
  /** Scopes, user and client of the access token (default: the demo user, every scope). */
  token?: MintTokenOptions;
  /** Change the tenant after seeding, as an admin would (faults, settings, users). */
  prepare?: (simulator: AccountApiSimulator) => void;
  /** Extra props for `AccountCenterProvider` (e.g. `navigate`, `settings`). */
  provider?: Partial<AccountCenterProviderProps>;
  locale?: string;
  theme?: Theme;
}

export interface SimulatedAccount {
  simulator: AccountApiSimulator;
  endpoint: string;
  token: string;
  fetch: typeof fetch;
  queryClient: QueryClient;
  /** Wraps children in both providers, on this tenant. */
  Wrapper: (props: { children?: ReactNode }) => ReactNode;
}

/** Same host as the page, so WebAuthn's rp.id (the API host, §12) matches the page in tests. */
function pageEndpoint(): string {
  return typeof location === 'undefined' ? 'http://localhost' : location.origin;
}

/** A fresh simulated tenant and the providers around it. */
export function createSimulatedAccount(options: SimulatedAccountOptions = {}): SimulatedAccount {
  const { token: tokenOptions, prepare, provider, locale, theme, ...simulatorOptions } = options;
  const simulator = createAccountApiSimulator(simulatorOptions);
  prepare?.(simulator);
  const token = simulator.mintToken(tokenOptions);
  const endpoint = pageEndpoint();
  const simulatedFetch = createSimulatorFetch(simulator);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 30_000 }, mutations: { retry: false } },
  });
  function Wrapper({ children }: { children?: ReactNode }) {
    const props = {
      endpoint,
      getAccessToken: async () => token,
      fetch: simulatedFetch,
      queryClient,
      now: () => simulator.clock.now(),
      ...provider,
    } as AccountCenterProviderProps;
    return (
      <AccountCenterProvider {...props}>
        <AccountCenterUiProvider locale={locale ?? 'en'} theme={theme ?? 'light'}>
          {children}
        </AccountCenterUiProvider>
      </AccountCenterProvider>
    );
  }
  return { simulator, endpoint, token, fetch: simulatedFetch, queryClient, Wrapper };
}

/**
 * Story wiring: a loader makes a fresh simulated tenant per story render and the decorator puts
 * the hooks provider around the story (the preview already adds the UI provider with the
 * toolbar's theme and locale). A `play` function reaches the tenant as `context.loaded.account`.
 *
 * @example
 * export const ChangeEmail: Story = {
 *   ...simulatedAccountStory({ seed: { ... } }),
 *   play: async ({ canvas, loaded }) => { loaded.account.simulator.inbox.latestCode(); },
 * };
 */
export function simulatedAccountStory(options: SimulatedAccountOptions = {}): {
  loaders: Array<() => Promise<{ account: SimulatedAccount }>>;
  decorators: Decorator[];
} {
  const decorator: Decorator = (Story, context) => {
    const account = (context.loaded as { account?: SimulatedAccount }).account;
    if (!account) throw new Error('simulatedAccountStory: the loader did not run.');
    const props = {
      endpoint: account.endpoint,
      getAccessToken: async () => account.token,
      fetch: account.fetch,
      queryClient: account.queryClient,
      now: () => account.simulator.clock.now(),
      ...options.provider,
    } as AccountCenterProviderProps;
    return (
      <AccountCenterProvider {...props}>
        <Story />
      </AccountCenterProvider>
    );
  };
  return {
    loaders: [async () => ({ account: createSimulatedAccount(options) })],
    decorators: [decorator],
  };
}
