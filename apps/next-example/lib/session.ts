/**
 * Who is signed in, for the server. Logto mode asks `@logto/next`; simulator mode has one demo
 * user and a cookie that says "signed in", so that `/account` is protected in both.
 */
import { cookies } from 'next/headers';
import { mode } from './mode';

export const SIMULATOR_SESSION_COOKIE = 'next-example-simulator-session';

export async function isSignedIn(): Promise<boolean> {
  if (mode === 'simulator') {
    return (await cookies()).get(SIMULATOR_SESSION_COOKIE)?.value === 'signed-in';
  }
  const { getLogtoContext } = await import('@logto/next/server-actions');
  const { logtoConfig } = await import('./logto');
  const { isAuthenticated } = await getLogtoContext(logtoConfig());
  return isAuthenticated;
}

/** The opaque access token for the Account API (no resource), or null when signed out. */
export async function accountAccessToken(): Promise<string | null> {
  if (!(await isSignedIn())) return null;
  if (mode === 'simulator') {
    const { runningSimulator } = await import('./simulator');
    return (await runningSimulator()).token;
  }
  const { getAccessToken } = await import('@logto/next/server-actions');
  const { logtoConfig } = await import('./logto');
  return getAccessToken(logtoConfig());
}

/** Makes sure the Account API answers (simulator mode starts it) and returns its endpoint. */
export async function readyEndpoint(): Promise<string> {
  if (mode === 'simulator') {
    const { runningSimulator } = await import('./simulator');
    return (await runningSimulator()).url;
  }
  return process.env.LOGTO_ENDPOINT!;
}
