'use client';
import { AccountCenter } from '@account-center/ui/account-center';
import type { AccountCenterDiscovery } from '@account-center/client';

/** The access token from this app's server (route handler), never stored in the browser. */
async function getAccessToken(): Promise<string | null> {
  const response = await fetch('/api/account-token', { cache: 'no-store' });
  if (!response.ok) return null;
  const { accessToken } = (await response.json()) as { accessToken: string | null };
  return accessToken;
}

export function AccountPanel({
  endpoint,
  settings,
  nonce,
}: {
  endpoint: string;
  settings: AccountCenterDiscovery | undefined;
  nonce: string | undefined;
}) {
  return (
    <AccountCenter
      endpoint={endpoint}
      getAccessToken={getAccessToken}
      settings={settings}
      nonce={nonce}
      appName="Next.js example"
      locale="en"
    />
  );
}
