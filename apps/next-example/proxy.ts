import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
import { accountEndpoint, mode } from './lib/mode';

/**
 * A strict Content-Security-Policy with a fresh nonce on every response (Next 16's proxy, once
 * called middleware). Next puts the nonce on its own scripts when it finds it in the request's
 * policy; the page hands it to the kit (`<AccountCenter nonce>`) for its one runtime `<style>`.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const development = process.env.NODE_ENV === 'development';
  const api = new URL(accountEndpoint()).origin;
  const policy = [
    `default-src 'self'`,
    // Dev only: React's dev build evaluates code for its debugging aids.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`,
    // Dev only: Next's dev server injects styles without the nonce. In production: the nonce, for
    // the kit's scroll-lock <style>; the kit renders no style attribute on the server.
    `style-src 'self' ${development ? `'unsafe-inline'` : `'nonce-${nonce}'`}`,
    `img-src 'self' https:`,
    `connect-src 'self' ${api}`,
    `font-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    // Sign-in and sign-out redirect to Logto.
    `form-action 'self'${mode === 'logto' ? ` ${api}` : ''}`,
    `frame-ancestors 'none'`,
  ].join('; ');

  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages only: not static files, images or prefetches.
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
