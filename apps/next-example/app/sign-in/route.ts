import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { mode } from '../../lib/mode';
import { SIMULATOR_SESSION_COOKIE } from '../../lib/session';

export const dynamic = 'force-dynamic';

export async function GET() {
  if (mode === 'simulator') {
    // The simulator's demo user, signed in at once.
    (await cookies()).set(SIMULATOR_SESSION_COOKIE, 'signed-in', {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
    });
    redirect('/account');
  }
  const { signIn } = await import('@logto/next/server-actions');
  const { logtoConfig } = await import('../../lib/logto');
  const config = logtoConfig();
  await signIn(config, { redirectUri: `${config.baseUrl}/callback` });
}
