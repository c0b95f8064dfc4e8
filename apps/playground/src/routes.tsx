/**
 * A router small enough to read in one go: the History API plus `useSyncExternalStore`. The
 * playground has four pages, so a router dependency would cost more than it gives.
 */
import { useSyncExternalStore } from 'react';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

/** The playground's pages. */
export const PATHS = {
  dropIn: '/',
  custom: '/custom',
  socialProvider: '/social-provider',
  callback: '/callback',
  signInCallback: '/sign-in-callback',
} as const;

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

/** Client-side navigation within the playground (full URLs of other origins are assigned). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, window.location.href);
  if (url.origin !== window.location.origin) {
    window.location.assign(url);
    return;
  }
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  notify();
}

/** The current path, re-rendering on navigation. */
export function usePathname(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => '/',
  );
}

/** The current query string (`?task=email`), re-rendering on navigation. */
export function useSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
}

/** Props of {@link Link}. */
export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
}

/** An anchor that navigates without reloading; marks itself `aria-current="page"` when active. */
export function Link({ to, onClick, children, ...props }: LinkProps) {
  const pathname = usePathname();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a
      href={to}
      aria-current={pathname === to ? 'page' : undefined}
      onClick={handleClick}
      {...props}
    >
      {children}
    </a>
  );
}
