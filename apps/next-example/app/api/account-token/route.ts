import { accountAccessToken } from '../../../lib/session';

export const dynamic = 'force-dynamic';

/**
 * The signed-in user's opaque access token for the Account API, for this app's own pages
 * (same origin, no CORS: other sites cannot read it). Never cached.
 */
export async function GET() {
  const accessToken = await accountAccessToken();
  return Response.json(
    { accessToken },
    { status: accessToken ? 200 : 401, headers: { 'cache-control': 'no-store' } },
  );
}
