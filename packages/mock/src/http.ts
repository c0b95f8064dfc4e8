/** Response helpers, CORS (§1.4, §12) and ETag/304 (§1.4). */

import { sha256 } from './sha256.js';
import { toBase64Url } from './ids.js';

/** A JSON response. */
export function jsonResponse(status: number, body: unknown, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      ...Object.fromEntries(new Headers(headers)),
    },
  });
}

/** `204` with no body. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** A plain-text response (Koa's `OK` for a bodiless 200, §1.5). */
export function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** An HTML page (the fake social provider). */
export function htmlResponse(status: number, html: string): Response {
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** Which CORS policy a path gets. */
export type CorsPolicy = 'reflect' | 'none';

/**
 * `/api/my-account*` and `/api/verifications*` reflect any origin (§12). `/api/.well-known/*`
 * and `/.well-known/webauthn` do so only in non-production mode (§1.4). The simulator's own
 * `/__mock/*` routes are dev tools and always reflect.
 */
export function corsPolicyFor(
  pathname: string,
  wellKnownCors: 'production' | 'development',
): CorsPolicy {
  if (/^\/api\/(my-account|verifications)(\/|$)/.test(pathname) || pathname.startsWith('/__mock/'))
    return 'reflect';
  if (pathname.startsWith('/api/.well-known/') || pathname === '/.well-known/webauthn') {
    return wellKnownCors === 'development' ? 'reflect' : 'none';
  }
  return 'none';
}

/** Adds the reflected-origin headers of §12 (error responses included). */
export function withCors(response: Response, origin: string | null, policy: CorsPolicy): Response {
  if (policy !== 'reflect' || !origin) return response;
  const headers = new Headers(response.headers);
  headers.set('access-control-allow-origin', origin);
  headers.set('access-control-expose-headers', '*');
  headers.append('vary', 'Origin');
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** The answer to a CORS preflight: methods plus whatever headers were asked for (§12). */
export function preflightResponse(request: Request, policy: CorsPolicy): Response {
  const origin = request.headers.get('origin');
  if (policy !== 'reflect' || !origin)
    return new Response(null, {
      status: 204,
      headers: { allow: 'GET,HEAD,PUT,POST,DELETE,PATCH' },
    });
  const headers = new Headers({
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET,HEAD,PUT,POST,DELETE,PATCH',
    vary: 'Origin',
  });
  const requested = request.headers.get('access-control-request-headers');
  if (requested) headers.set('access-control-allow-headers', requested);
  return new Response(null, { status: 204, headers });
}

/** A strong ETag like the `etag` package's (`"<length hex>-<hash>"`). */
export function computeEtag(body: string): string {
  const length = new TextEncoder().encode(body).length;
  return `"${length.toString(16)}-${toBase64Url(sha256(body)).slice(0, 27)}"`;
}

/** Adds an ETag to a 200 JSON GET answer and turns it into `304` when `If-None-Match` matches (§1.4). */
export async function withEtag(request: Request, response: Response): Promise<Response> {
  const isJson = response.headers.get('content-type')?.startsWith('application/json');
  if (request.method !== 'GET' || response.status !== 200 || !isJson) return response;
  const text = await response.text();
  const etag = computeEtag(text);
  const headers = new Headers(response.headers);
  headers.set('etag', etag);
  const ifNoneMatch = request.headers.get('if-none-match');
  if (
    ifNoneMatch &&
    ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)
  ) {
    headers.delete('content-type');
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status: 200, headers });
}
