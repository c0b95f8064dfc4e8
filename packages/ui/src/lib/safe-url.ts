/**
 * URL guards for anything the kit renders as a link or image: only `http:`/`https:` pass. (Where
 * the browser is sent in a round trip is checked by `@account-center/client/helpers`.)
 */

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
