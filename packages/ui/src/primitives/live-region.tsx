import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { hideVisually } from './visually-hidden.js';

export type Politeness = 'polite' | 'assertive';

/** Speaks a message through the nearest live region without moving focus. */
export type Announce = (message: string, options?: { politeness?: Politeness }) => void;

const AnnounceContext = createContext<Announce | null>(null);

/** How long an announcement stays in the region (bar item 9: at least 4 s). */
const CLEAR_AFTER_MS = 7_000;
/** Clearing first and writing a moment later makes screen readers repeat an identical message. */
const WRITE_DELAY_MS = 60;

export interface LiveRegionProps {
  children?: ReactNode;
}

/**
 * Renders a polite (`role="status"`) and an assertive region, visually hidden, and provides
 * `useAnnounce()` to everything inside. `AccountCenterUiProvider` includes one.
 */
export function LiveRegion({ children }: LiveRegionProps) {
  const [messages, setMessages] = useState<Record<Politeness, string>>({
    polite: '',
    assertive: '',
  });
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  const announce = useCallback<Announce>((message, { politeness = 'polite' } = {}) => {
    const schedule = (delay: number, update: (current: string) => string) => {
      const timer = setTimeout(() => {
        timers.current.delete(timer);
        setMessages((current) => ({ ...current, [politeness]: update(current[politeness]) }));
      }, delay);
      timers.current.add(timer);
    };
    setMessages((current) => ({ ...current, [politeness]: '' }));
    schedule(WRITE_DELAY_MS, () => message);
    // Clear only if no newer message replaced this one meanwhile.
    schedule(WRITE_DELAY_MS + CLEAR_AFTER_MS, (current) => (current === message ? '' : current));
  }, []);

  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div data-slot="live-region" className="ac-sr-only" ref={hideVisually}>
        <div role="status" aria-live="polite" aria-atomic="true">
          {messages.polite}
        </div>
        <div aria-live="assertive" aria-atomic="true">
          {messages.assertive}
        </div>
      </div>
    </AnnounceContext.Provider>
  );
}

let fallbackRegion: HTMLElement | undefined;

/** Without a `LiveRegion` above, announce through one shared region appended to `<body>`. */
const announceWithoutProvider: Announce = (message, { politeness = 'polite' } = {}) => {
  if (typeof document === 'undefined') return;
  if (!fallbackRegion || !fallbackRegion.isConnected) {
    fallbackRegion = document.createElement('div');
    fallbackRegion.setAttribute('data-slot', 'live-region');
    fallbackRegion.className = 'ac-sr-only';
    hideVisually(fallbackRegion);
    // Built node by node (no HTML strings): works under Trusted Types.
    for (const live of ['polite', 'assertive']) {
      const region = document.createElement('div');
      if (live === 'polite') region.setAttribute('role', 'status');
      region.setAttribute('aria-live', live);
      region.setAttribute('aria-atomic', 'true');
      fallbackRegion.append(region);
    }
    document.body.append(fallbackRegion);
  }
  const target = fallbackRegion.children[politeness === 'polite' ? 0 : 1];
  if (!target) return;
  target.textContent = '';
  setTimeout(() => {
    target.textContent = message;
  }, WRITE_DELAY_MS);
};

/**
 * Returns `announce(message, { politeness })` for success and status messages.
 * @example const announce = useAnnounce(); announce(t('common.copied'));
 */
export function useAnnounce(): Announce {
  const announce = useContext(AnnounceContext);
  return useMemo(() => announce ?? announceWithoutProvider, [announce]);
}
