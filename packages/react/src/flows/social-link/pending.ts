'use client';
import { useEffect, useState } from 'react';
import { SOCIAL_LINK_STORAGE_KEY } from './storage-key.js';

/**
 * Whether this page was reached back from a social provider with a link round trip pending in
 * this tab, so a UI can open the part that mounts `useSocialLinkCallback()`. `false` on the
 * server and during hydration (the first client render matches the server's HTML), then what
 * the tab held on mount; it stays `true` after the callback claimed the round trip.
 *
 * @example
 * const returning = usePendingSocialLink();
 * const section = chosen || (returning ? 'security' : 'profile');
 */
export function usePendingSocialLink(): boolean {
  const [pending, setPending] = useState(false);
  useEffect(() => {
    try {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- React's two-pass pattern for client-only state: one extra render, only when returning from a provider
      if (sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)) setPending(true);
    } catch {
      // Storage blocked (privacy settings): nothing can be pending.
    }
  }, []);
  return pending;
}
