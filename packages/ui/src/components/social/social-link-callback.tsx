import { useEffect, useRef, useState } from 'react';
import type { ComponentProps } from 'react';
import { useSocialIdentities, useSocialLinkCallback } from '@account-center/react';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import { Card, CardContent, CardHeader, CardTitle } from '../../primitives/card.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { connectorName, socialErrorMessage } from './social-utils.js';

export interface SocialLinkCallbackProps extends ComponentProps<'div'> {
  /**
   * `page` (default): a card for a dedicated return page, with a way back to where the link
   * started. `banner`: only a status banner, for the section the user returned to (nothing
   * when no link is pending).
   */
  variant?: 'page' | 'banner';
  /** The provider's query string; default `location.search`. */
  search?: string;
  /**
   * Called once linked, with where to go back: the stored same-origin path, or `fallbackHref`
   * when none was kept or it was not same-origin (e.g. to navigate with your router).
   */
  onSuccess?: (returnTo: string) => void;
  /** The way back when nothing (safe) is stored, e.g. on a reload of the return page; default `/`. */
  fallbackHref?: string;
}

/**
 * The return from a social provider: progress while the link is verified and bound, then the
 * outcome. A failure after the round trip stays visible (with Try again when binding can be
 * repeated without the provider step) until dismissed. If step-up expired meanwhile, the hooks
 * prompt here and finish the link without sending the user to the provider again.
 * Mount it on the `redirectUri` page, or let `SocialConnections` render the banner variant when
 * the provider returns to the account page itself; the round trip is claimed once, so a second
 * callback on the same page just shows nothing.
 * @example <SocialLinkCallback onSuccess={(returnTo) => router.push(returnTo ?? '/account')} />
 */
export function SocialLinkCallback({
  variant = 'page',
  search,
  onSuccess,
  fallbackHref = '/',
  className,
  ...props
}: SocialLinkCallbackProps) {
  const i18n = useSecurityI18n();
  const { t } = i18n;
  const announce = useAnnounce();
  const callback = useSocialLinkCallback({
    ...(search === undefined ? {} : { search }),
    onSuccess: ({ returnTo }) => {
      announce(done);
      // The hook hands out only a same-origin path (or nothing).
      onSuccess?.(returnTo ?? fallbackHref);
    },
  });
  const identities = useSocialIdentities({ enabled: callback.state !== 'idle' });
  // Dismissing hides the banner for the outcome it showed (a retry's new outcome shows again).
  const [dismissedAt, setDismissedAt] = useState<string>();
  const root = useRef<HTMLDivElement>(null);
  const { state, error } = callback;
  const connector = identities.data?.connectors?.find(
    (candidate) => candidate.id === callback.connectorId,
  );
  const provider = connector ? connectorName(connector, i18n.locale) : undefined;
  const done = provider ? t('social.connected', { provider }) : t('social.connectedGeneric');
  // The hook hands out only a same-origin path (or nothing).
  const returnHref = callback.returnTo ?? fallbackHref;

  // The banner comes into view with progress and failures (a success is announced instead).
  useEffect(() => {
    if (variant === 'banner' && state !== 'idle' && state !== 'done') {
      root.current?.scrollIntoView?.({ block: 'nearest' });
    }
  }, [variant, state]);

  const busy = state === 'verifying' || state === 'binding';
  const failure = state === 'error' && (
    <Alert
      variant="danger"
      onDismiss={variant === 'banner' ? () => setDismissedAt(state) : undefined}
    >
      <AlertDescription>
        {provider ? t('social.failed', { provider }) : t('social.failedGeneric')}{' '}
        {socialErrorMessage(error, i18n)}
      </AlertDescription>
      {callback.canRetry && (
        <div>
          <Button size="sm" onClick={() => void callback.retry()}>
            {t('common.retry')}
          </Button>
        </div>
      )}
    </Alert>
  );
  const progress = busy && (
    <div role="status" data-slot="social-link-progress" className="ac-entry-meta">
      <span className="ac-spinner" aria-hidden="true" /> {t('social.finishing')}
    </div>
  );

  if (variant === 'banner') {
    if (state === 'idle' || dismissedAt === state) return null;
    return (
      <div
        ref={root}
        data-slot="social-link-callback"
        data-state={state}
        aria-busy={busy || undefined}
        className={cx('ac-social-callback', className)}
        {...props}
      >
        {progress}
        {state === 'done' && (
          <Alert variant="success" onDismiss={() => setDismissedAt(state)}>
            <AlertDescription>{done}</AlertDescription>
          </Alert>
        )}
        {failure}
      </div>
    );
  }

  return (
    <Card
      data-slot="social-link-callback"
      data-state={state}
      aria-busy={busy || undefined}
      className={cx('ac-social-callback', className)}
      {...props}
    >
      <CardHeader>
        <CardTitle>{t('social.title')}</CardTitle>
      </CardHeader>
      <CardContent className="ac-stack">
        {progress}
        {state === 'done' && (
          <Alert variant="success">
            <AlertDescription>{done}</AlertDescription>
          </Alert>
        )}
        {failure}
        {!busy && (
          <div>
            <Button asChild variant={state === 'done' ? 'primary' : 'secondary'}>
              <a href={returnHref}>{t('social.backToAccount')}</a>
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
