'use client';
import { useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createAccountClient } from '@account-center/client';
import type { AccountApiError, AccountClient } from '@account-center/client';
import { KitContext, createKit } from './kit.js';
import type { VerificationHandler } from './kit.js';
import { loadSteps } from './internal.js';
import { accountKeys } from './keys.js';
import { retryRead } from './queries.js';
import type { DiscoveredSettings } from './queries.js';

interface CommonProps {
  /**
   * Settings fetched on the server with the client's `fetchAccountCenterSettings` (the
   * anonymous `/.well-known` documents are not readable cross-origin in production, §1.4).
   */
  settings?: DiscoveredSettings;
  /**
   * The app's QueryClient; else the one of an enclosing `QueryClientProvider`, else a new one.
   * Its default `retry`, when set, applies to the kit's reads; else they retry network failures
   * and 5xx twice, never 4xx.
   */
  queryClient?: QueryClient;
  /** The app's own step-up UI, used when no `useVerificationPrompt()` dialog is mounted. */
  onVerificationRequired?: VerificationHandler;
  /** Full-page navigation for the social-link redirect; default `window.location.assign`. */
  navigate?: (url: string) => void;
  /** Clock in epoch ms (record freshness, resend cooldowns); injectable for tests. */
  now?: () => number;
  children?: ReactNode;
}

/** Props of {@link AccountCenterProvider}: either connection options or a ready client. */
export type AccountCenterProviderProps = CommonProps &
  (
    | {
        /** Logto tenant endpoint, e.g. `https://tenant.logto.app` (no `/api`). */
        endpoint: string;
        /** Opaque, resource-less access token, e.g. `@logto/react`'s `getAccessToken()`. */
        getAccessToken: () => Promise<string | null | undefined>;
        /** Sent as `Accept-Language`. */
        locale?: string;
        /** Called when a 401 survives one token refresh: sign the user in again. */
        onUnauthorized?: (error: AccountApiError) => void;
        /** Fetch implementation (e.g. the simulator's); default `globalThis.fetch`. */
        fetch?: typeof fetch;
        client?: undefined;
      }
    | { client: AccountClient; endpoint?: undefined }
  );

/**
 * Provides the account client, the QueryClient and the step-up gate to every hook. Touches no
 * browser global at import or during render.
 *
 * @example
 * <AccountCenterProvider endpoint="https://tenant.logto.app" getAccessToken={() => getAccessToken()}>
 *   <MyAccountPage />
 * </AccountCenterProvider>
 */
export function AccountCenterProvider(props: AccountCenterProviderProps) {
  // Callbacks are read from this box at call time so inline arrows do not rebuild the client.
  const [box] = useState(() => ({ props }));
  useEffect(() => {
    // The latest-props box: written after each commit, read only inside callbacks.
    // eslint-disable-next-line react-hooks/immutability
    box.props = props;
  });
  // Every write runs its guard from the steps chunk: load it before the first one.
  useEffect(() => void loadSteps(), []);
  const [initialSettings] = useState(props.settings);
  const parentQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() =>
    (props.queryClient ?? parentQueryClient) ? undefined : new QueryClient(),
  );
  const queryClient = props.queryClient ?? parentQueryClient ?? ownQueryClient!;
  const { client: givenClient, endpoint } = props;

  // Only a new client or endpoint rebuilds the client (and so forgets the verification record);
  // `fetch`, `locale`, `now` and the callbacks are read from the box per call.
  const kit = useMemo(() => {
    // Reads retry network failures and 5xx (never 4xx), unless the app set its own `retry`
    // default (e.g. `retry: false` in tests), which then wins for the kit's reads too.
    if (queryClient.getDefaultOptions().queries?.retry === undefined) {
      queryClient.setQueryDefaults(accountKeys.all, { retry: retryRead as never });
    }
    const latest = () =>
      box.props as Partial<Extract<AccountCenterProviderProps, { endpoint: string }>> & CommonProps;
    const clock = () => (latest().now ?? Date.now)();
    const client =
      givenClient ??
      createAccountClient({
        endpoint: endpoint!,
        getAccessToken: () => latest().getAccessToken!(),
        onUnauthorized: (error) => latest().onUnauthorized?.(error),
        fetch: (input, init) => (latest().fetch ?? fetch)(input, init),
        locale: () => latest().locale,
        now: clock,
      });
    return createKit(client, queryClient, {
      now: clock,
      navigate: (url) => (latest().navigate ?? ((to: string) => window.location.assign(to)))(url),
      handler: () => latest().onVerificationRequired,
      settings: initialSettings,
    });
  }, [box, givenClient, endpoint, queryClient, initialSettings]);

  const content = <KitContext.Provider value={kit}>{props.children}</KitContext.Provider>;
  return queryClient === parentQueryClient ? (
    content
  ) : (
    <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>
  );
}
