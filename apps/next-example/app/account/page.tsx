import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { fetchAccountCenterSettings } from '@account-center/client';
import { isSignedIn, readyEndpoint } from '../../lib/session';
import { signOutAction } from './actions';
import { AccountPanel } from './account-panel';

/**
 * Protected: signed-out visitors go to sign-in. The settings documents cannot be read
 * cross-origin in production, so this server component reads them and hands them down.
 */
export default async function AccountPage() {
  if (!(await isSignedIn())) redirect('/sign-in');
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const endpoint = await readyEndpoint();
  // Without them the kit still works, inferring what it can (see @account-center/react).
  const settings = await fetchAccountCenterSettings(endpoint, { timeoutMs: 5_000 }).catch(
    () => undefined,
  );
  return (
    <main>
      <header className="example-header">
        <h1>Your account</h1>
        <form action={signOutAction}>
          <button type="submit">Sign out</button>
        </form>
      </header>
      <AccountPanel endpoint={endpoint} settings={settings} nonce={nonce} />
    </main>
  );
}
