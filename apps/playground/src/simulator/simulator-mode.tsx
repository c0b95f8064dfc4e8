/**
 * Simulator mode (the default): the whole Account API runs in the page. Loaded with a dynamic
 * `import()` from `main.tsx`, so the simulator, MSW and `@simplewebauthn/server` stay out of the
 * app's main chunk.
 *
 * The tenant is persisted in `localStorage` so the social-link round trip (a full-page redirect
 * to the fake provider and back) and reloads keep it, with its pending verification records.
 * Tabs share it: each request re-reads the stored tenant when another tab changed it, as does a
 * `storage` event (for the dev panel). The kit's own cross-tab sync then decides what each tab
 * re-reads; the playground never refetches for it.
 */
import { StrictMode, useEffect, useState } from 'react';
import type { Root } from 'react-dom/client';
import { QueryClient, dehydrate } from '@tanstack/react-query';
import { createAccountApiSimulator } from '@account-center/mock';
import type { AccountApiSimulator } from '@account-center/mock';
import { startSimulatorWorker } from '@account-center/mock/browser';
import { AccountCenterProvider, accountKeys } from '@account-center/react';
import { AppShell } from '../app-shell';
import { SignOutButton } from '../sign-out-button';
import { usePreferences } from '../preferences';
import { PATHS } from '../routes';
import { DevPanel, TENANT_CHANGED_EVENT } from './dev-panel';
import { SocialProviderPage } from './social-provider-page';
import { exposeSimulatorHook } from './window-hook';

/** `localStorage` keys of the fake tenant and of the playground's access token. */
export const TENANT_STORAGE_KEY = 'account-center-playground:tenant';
export const TOKEN_STORAGE_KEY = 'account-center-playground:token';

/** The stored token if the (persisted) tenant still knows it, else a new one for the demo user. */
function ensureToken(simulator: AccountApiSimulator): string {
  const stored = localStorage.getItem(TOKEN_STORAGE_KEY);
  const known = stored ? simulator.getState().tokens[stored] : undefined;
  if (stored && known && !known.revoked) return stored;
  const token = simulator.mintToken();
  localStorage.setItem(TOKEN_STORAGE_KEY, token);
  return token;
}

/** Starts the simulator and its service worker, then renders the playground. */
export async function mountSimulator(root: Root): Promise<void> {
  const simulator = createAccountApiSimulator({
    persist: { storage: localStorage, key: TENANT_STORAGE_KEY },
    socialProviderUrl: `${window.location.origin}${PATHS.socialProvider}`,
  });
  // Another tab may have written the tenant since this one last did: read it first.
  const shared: AccountApiSimulator = {
    ...simulator,
    handle: (request, options) => {
      simulator.reload();
      return simulator.handle(request, options);
    },
  };
  await startSimulatorWorker(shared, { endpoint: window.location.origin });
  window.addEventListener('storage', (event) => {
    if (event.key !== TENANT_STORAGE_KEY && event.key !== null) return;
    if (simulator.reload()) window.dispatchEvent(new Event(TENANT_CHANGED_EVENT));
  });
  const token = ensureToken(simulator);
  const queryClient = new QueryClient();

  // The dev panel acts like an admin in another tab: the kit cannot see the change, so the
  // playground refetches everything (settings are cached forever otherwise).
  const refresh = () => {
    window.dispatchEvent(new Event(TENANT_CHANGED_EVENT));
    return queryClient.invalidateQueries({ queryKey: accountKeys.all });
  };
  const reset = () => {
    simulator.reset();
    localStorage.removeItem(TOKEN_STORAGE_KEY);
    window.location.reload();
  };

  exposeSimulatorHook({
    simulator,
    inbox: simulator.inbox,
    clock: simulator.clock,
    admin: simulator.admin,
    faults: simulator.faults,
    social: simulator.social,
    token: () => token,
    refresh,
    reset,
    // Everything included, as a persister configured to keep it all would store it.
    dehydrate: () =>
      JSON.stringify(
        dehydrate(queryClient, {
          shouldDehydrateMutation: () => true,
          shouldDehydrateQuery: () => true,
        }),
      ),
  });

  root.render(
    <StrictMode>
      <SimulatorApp
        simulator={simulator}
        token={token}
        queryClient={queryClient}
        onChange={refresh}
        onReset={reset}
      />
    </StrictMode>,
  );
}

interface SimulatorAppProps {
  simulator: AccountApiSimulator;
  token: string;
  queryClient: QueryClient;
  onChange: () => Promise<void>;
  onReset: () => void;
}

function SimulatorApp({ simulator, token, queryClient, onChange, onReset }: SimulatorAppProps) {
  const { locale } = usePreferences();
  // Signed out here or (through the kit's tab sync) in another tab.
  const [signedOut, setSignedOut] = useState(false);
  // Tests wait for this: the worker runs and the app has rendered once.
  useEffect(() => {
    document.documentElement.dataset.playground = 'simulator';
  }, []);
  return (
    <AccountCenterProvider
      endpoint={window.location.origin}
      getAccessToken={async () => token}
      locale={locale}
      queryClient={queryClient}
      onSignOut={() => setSignedOut(true)}
    >
      {signedOut ? (
        <SignedOutPage />
      ) : (
        <AppShell
          modeLabel="Simulator"
          headerActions={
            <SignOutButton
              onSignOut={() => {
                // What an auth SDK's sign-out does: the token stops working and is forgotten.
                simulator.revokeToken(token);
                localStorage.removeItem(TOKEN_STORAGE_KEY);
                setSignedOut(true);
              }}
            />
          }
          devPanel={<DevPanel simulator={simulator} onChange={onChange} onReset={onReset} />}
          extraPages={{
            [PATHS.socialProvider]: () => <SocialProviderPage social={simulator.social} />,
          }}
        />
      )}
    </AccountCenterProvider>
  );
}

/** After a sign-out (here or in another tab): a new demo token on request. */
function SignedOutPage() {
  return (
    <main className="pg-standalone">
      <h1>You’re signed out</h1>
      <p>The demo user’s access token was revoked. Sign in again to get a new one.</p>
      <button
        type="button"
        onClick={() => {
          localStorage.removeItem(TOKEN_STORAGE_KEY);
          window.location.reload();
        }}
      >
        Sign in again
      </button>
    </main>
  );
}
