'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { mode } from '../../lib/mode';
import { SIMULATOR_SESSION_COOKIE } from '../../lib/session';

export async function signOutAction() {
  if (mode === 'simulator') {
    (await cookies()).delete(SIMULATOR_SESSION_COOKIE);
    redirect('/');
  }
  const { signOut } = await import('@logto/next/server-actions');
  const { logtoConfig } = await import('../../lib/logto');
  const config = logtoConfig();
  await signOut(config, config.baseUrl);
}
