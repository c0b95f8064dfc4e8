/**
 * Real-tenant mode: `VITE_LOGTO_ENDPOINT` and `VITE_LOGTO_APP_ID` are set. Signs in with
 * `@logto/react`, asking for every scope a feature of the kit needs, and hands its opaque,
 * resource-less access token to the provider (contract §1.1). No simulator, no dev hook on
 * `window`.
 *
 * Settings: `/api/.well-known/*` is not readable cross-origin from a production tenant (§1.4),
 * so the dev server proxies it same-origin (`/logto-well-known`, see `vite.config.ts`) and the
 * result is passed as `settings`. Without the proxy (a static build) the kit infers the fields
 * from the API's answers, as documented in `docs/real-tenant.md`.
 */
import { StrictMode, useEffect, useState } from 'react';
import type { Root } from 'react-dom/client';
import { LogtoProvider, UserScope, useHandleSignInCallback, useLogto } from '@logto/react';
import type { LogtoConfig } from '@logto/react';
import { createAccountTransport } from '@account-center/client';
import { getAccountCenterSettings, getSignInExperience } from '@account-center/client/operations';
import { AccountCenterProvider } from '@account-center/react';
import type { TenantDocuments } from '@account-center/react';
import { AppShell } from '../app-shell';
import { SignOutButton } from '../sign-out-button';
import { WELL_KNOWN_PROXY_PATH } from '../env';
import { KitState } from '../kit-state';
import type { PlaygroundMode } from '../env';
import { usePreferences } from '../preferences';
import { PATHS, navigate, usePathname } from '../routes';

/** Every scope a feature of the kit needs, and what it unlocks (see docs/real-tenant.md). */
export const ACCOUNT_CENTER_SCOPES: string[] = [
  UserScope.Email, // primaryEmail
  UserScope.Phone, // primaryPhone
  UserScope.Profile, // name, avatar, username, profile, hasPassword
  UserScope.CustomData, // customData
  UserScope.Identities, // identities (social links)
  UserScope.Address, // profile.address
  UserScope.Sessions, // sessions and grants
];

/** Reads the settings through the dev-server proxy; `undefined` parts when unreadable. */
async function loadSettings(): Promise<TenantDocuments | undefined> {
  const transport = createAccountTransport({
    endpoint: `${window.location.origin}${WELL_KNOWN_PROXY_PATH}`,
  });
  const [accountCenter, signInExperience] = await Promise.all([
    getAccountCenterSettings(transport).catch(() => undefined),
    getSignInExperience(transport).catch(() => undefined),
  ]);
  return accountCenter || signInExperience ? { accountCenter, signInExperience } : undefined;
}

/** Renders the playground against a real tenant. */
export function mountRealTenant(
  root: Root,
  mode: Extract<PlaygroundMode, { kind: 'real-tenant' }>,
): void {
  const config: LogtoConfig = {
    endpoint: mode.endpoint,
    appId: mode.appId,
    scopes: ACCOUNT_CENTER_SCOPES,
  };
  root.render(
    <StrictMode>
      <LogtoProvider config={config}>
        <RealTenantApp endpoint={mode.endpoint} />
      </LogtoProvider>
    </StrictMode>,
  );
}

function SignInCallback() {
  const { isLoading, error } = useHandleSignInCallback(() =>
    navigate(PATHS.dropIn, { replace: true }),
  );
  return (
    <main className="pg-standalone">
      <h1>Signing in</h1>
      {isLoading ? <p role="status">Finishing the sign-in…</p> : null}
      {error ? <p role="alert">{error.message}</p> : null}
    </main>
  );
}

function RealTenantApp({ endpoint }: { endpoint: string }) {
  const pathname = usePathname();
  const { isAuthenticated, isLoading, signIn, signOut, getAccessToken } = useLogto();
  const { locale } = usePreferences();
  const [settings, setSettings] = useState<TenantDocuments | undefined | null>(null);

  useEffect(() => {
    let cancelled = false;
    void loadSettings().then((loaded) => {
      if (!cancelled) setSettings(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (pathname === PATHS.signInCallback) return <SignInCallback />;
  if (!isAuthenticated) {
    return (
      <main className="pg-standalone">
        <h1>Account Center playground</h1>
        <p>
          Real-tenant mode: <code>{endpoint}</code>
        </p>
        <button
          type="button"
          disabled={isLoading}
          onClick={() => void signIn(`${window.location.origin}${PATHS.signInCallback}`)}
        >
          Sign in with Logto
        </button>
      </main>
    );
  }
  // Wait for the settings attempt so the provider starts with them (it reads them once).
  if (settings === null) {
    return (
      <main className="pg-standalone">
        <h1>Account Center playground</h1>
        <p role="status">Reading the tenant’s settings…</p>
      </main>
    );
  }
  return (
    <AccountCenterProvider
      endpoint={endpoint}
      // No resource: the Account API takes only opaque, resource-less tokens (§1.1).
      getAccessToken={() => getAccessToken()}
      onUnauthorized={() => void signIn(`${window.location.origin}${PATHS.signInCallback}`)}
      // Signed out in another tab: end this tab's session too.
      onSignOut={() => void signOut(window.location.origin)}
      locale={locale}
      settings={settings}
    >
      <AppShell
        modeLabel="Real tenant"
        devPanel={
          <div className="pg-dev-panel-content">
            <h2 className="pg-dev-title">Kit state</h2>
            <KitState />
          </div>
        }
        headerActions={<SignOutButton onSignOut={() => void signOut(window.location.origin)} />}
      />
    </AccountCenterProvider>
  );
}
