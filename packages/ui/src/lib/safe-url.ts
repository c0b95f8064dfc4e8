/** URL guards for anything the kit renders as a link or image: only `http:`/`https:` pass. */

/** The URL when it is absolute `http:`/`https:`, else `undefined` (never render other schemes). */
export function safeHttpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A same-origin `http(s)` location to go back to (e.g. a stored `returnTo`, relative or
 * absolute), else `undefined`, so a tampered value can't turn the way back into an open redirect.
 */
export function safeReturnUrl(value: string | undefined): string | undefined {
  if (!value || typeof location === 'undefined') return undefined;
  try {
    const url = new URL(value, location.href);
    return url.origin === location.origin ? safeHttpUrl(url.href) : undefined;
  } catch {
    return undefined;
  }
}
