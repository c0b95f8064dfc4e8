'use client';
import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createAccountClient } from '@account-center/client';
import type { AccountApiError, AccountClient } from '@account-center/client';
import { KitContext, PromptOwnerContext, createKit, registerKit } from './kit.js';
import { loadSteps } from './steps/load.js';
import { accountKeys } from './keys.js';
import { retryRead } from './queries.js';
import { SignOutContext } from './tab-sync.js';
import { linkUiLocale } from './ui-locale.js';
import type { TabSync } from './tab-sync-channel.js';
import type { TenantDocuments, VerificationHandler } from './types.js';

interface CommonProps {
  /**
   * Settings fetched on the server with the client's `fetchAccountCenterSettings` (the
   * anonymous `/.well-known` documents are not readable cross-origin in production, §1.4).
   */
  settings?: TenantDocuments;
  /**
   * The app's QueryClient; else the one of an enclosing `QueryClientProvider`, else a new one.
   * Its default `retry`, when set, applies to the kit's reads; else they retry network failures
   * and 5xx twice, never 4xx.
   */
  queryClient?: QueryClient;
  /**
   * The provider's one step-up prompt slot: an element whose `useVerificationPrompt()` shows every
   * request (e.g. `<MyStepUpDialog />`). It wins over default prompts such as the UI kit's
   * `VerificationDialog`, which then render nothing. See `docs/step-up.md`.
   */
  verificationPrompt?: ReactNode;
  /**
   * The app's own step-up UI as a function, used when no prompt occupies the slot (neither
   * `verificationPrompt` nor a mounted default prompt).
   */
  onVerificationRequired?: VerificationHandler;
  /** Full-page navigation for the social-link redirect; default `window.location.assign`. */
  navigate?: (url: string) => void;
  /** Clock in epoch ms (record freshness, resend cooldowns); injectable for tests. */
  now?: () => number;
  /**
   * Keep the user's other tabs in sync (default `true`): a write here makes them re-read what it
   * changed, within a moment and without a reload, over a `BroadcastChannel` scoped to the
   * endpoint and the signed-in user (known once the account was read). Only query-key roots
   * cross it, never data.
   */
  syncTabs?: boolean;
  /**
   * Another tab of this user signed out (it called `useSignOut()`): sign this tab out too, e.g.
   * show the sign-in page. The kit has dropped what it cached for the user by then.
   */
  onSignOut?: () => void;
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
        /**
         * Sent as `Accept-Language`. Unset or `auto`: the locale the styled kit resolved (see
         * `AccountCenterUiProvider`), if one is mounted.
         */
        locale?: string;
        /** Called when a 401 survives one token refresh: sign the user in again. */
        onUnauthorized?: (error: AccountApiError) => void;
        /** Fetch implementation (e.g. the simulator's); default `globalThis.fetch`. */
        fetch?: typeof fetch;
        client?: undefined;
      }
    | {
        client: AccountClient;
        /** The client's endpoint, only to scope tab sync; without it, tabs are not synced. */
        endpoint?: string;
      }
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
    // No `locale` (or `auto`): the one the UI resolved, once a styled root reports it.
    const uiLocale = { current: undefined as string | undefined };
    const client =
      givenClient ??
      createAccountClient({
        endpoint: endpoint!,
        getAccessToken: () => latest().getAccessToken!(),
        onUnauthorized: (error) => latest().onUnauthorized?.(error),
        fetch: (input, init) => (latest().fetch ?? fetch)(input, init),
        locale: () => {
          const given = latest().locale;
          return given && given !== 'auto' ? given : uiLocale.current;
        },
        now: clock,
      });
    const created = createKit(client, queryClient, {
      now: clock,
      navigate: (url) => (latest().navigate ?? ((to: string) => window.location.assign(to)))(url),
      handler: () => latest().onVerificationRequired,
      settings: initialSettings,
    });
    linkUiLocale(created, uiLocale);
    return created;
  }, [box, givenClient, endpoint, queryClient, initialSettings]);
  registerKit(kit);

  // Tab sync (a lazy chunk, loaded from mount) joins the user's channel once the account read
  // names the user.
  const tabSync = useRef<TabSync | undefined>(undefined);
  const syncTabs = props.syncTabs !== false;
  useEffect(() => {
    if (!syncTabs || !endpoint) return;
    let stopped = false;
    void import('./tab-sync-channel.js').then(({ startTabSync }) => {
      if (stopped) return;
      tabSync.current = startTabSync(accountKeys, queryClient, endpoint, () =>
        box.props.onSignOut?.(),
      );
    });
    return () => {
      stopped = true;
      tabSync.current?.close();
      tabSync.current = undefined;
    };
  }, [box, syncTabs, endpoint, queryClient]);
  const signOut = useMemo(
    () => () => {
      tabSync.current?.signOut();
      queryClient.removeQueries({ queryKey: accountKeys.all });
    },
    [queryClient],
  );

  const content = (
    <KitContext.Provider value={kit}>
      <SignOutContext.Provider value={signOut}>
        {props.verificationPrompt !== undefined && (
          <PromptOwnerContext.Provider value={true}>
            {props.verificationPrompt}
          </PromptOwnerContext.Provider>
        )}
        {props.children}
      </SignOutContext.Provider>
    </KitContext.Provider>
  );
  return queryClient === parentQueryClient ? (
    content
  ) : (
    <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>
  );
}
