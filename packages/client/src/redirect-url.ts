/**
 * URL rules for where the kit sends the browser: a provider's authorization page (another site,
 * so only `https:`, or `http:` on this machine) and the way back after a round trip (this site
 * only). Framework-free; the React flow applies them before it navigates or hands a value out.
 */

/** `localhost`, `*.localhost`, `127.0.0.0/8` and `[::1]`: hosts that never leave this machine. */
function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127(?:\.\d{1,3}){3}$/.test(hostname)
  );
}

/**
 * The URL when the browser may be sent there for a sign-in round trip: absolute `https:`, or
 * `http:` on a loopback host (local development); else `undefined` (`javascript:`, `data:`,
 * plain `http:` elsewhere, relative or unparsable values).
 *
 * @example
 * safeNavigationUrl('https://accounts.google.com/o/oauth2/auth?…'); // the URL
 * safeNavigationUrl('javascript:alert(1)'); // undefined
 */
export function safeNavigationUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') return url.href;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname) ? url.href : undefined;
}

/**
 * A way back on `origin`: a relative path or an absolute URL of that origin becomes the
 * same-origin path `/path?query#hash`; anything else (another origin, another scheme, a
 * protocol-relative `//host`, a path the browser would read as one) is `undefined`, so a
 * tampered value cannot turn the way back into an open redirect.
 *
 * @example
 * sameOriginPath('/account#social', 'https://app.example'); // '/account#social'
 * sameOriginPath('https://evil.example/', 'https://app.example'); // undefined
 */
export function sameOriginPath(
  value: string | null | undefined,
  origin: string,
): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value, `${origin}/`);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return undefined;
  }
  // `new URL('/.//evil.example', origin).pathname` is `//evil.example`: protocol-relative as a link.
  if (url.pathname.startsWith('//')) return undefined;
  return url.pathname + url.search + url.hash;
}
