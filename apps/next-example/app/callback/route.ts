import type { NextRequest } from 'next/server';
import { redirect } from 'next/navigation';
import { mode } from '../../lib/mode';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  if (mode === 'logto') {
    const { handleSignIn } = await import('@logto/next/server-actions');
    const { logtoConfig } = await import('../../lib/logto');
    await handleSignIn(logtoConfig(), request.nextUrl.searchParams);
  }
  redirect('/account');
}
