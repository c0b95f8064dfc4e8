import { useId, useState } from 'react';
import type { ComponentProps } from 'react';
import {
  useFeature,
  useUnlinkSocialIdentity,
  useMyAccount,
  useSocialIdentities,
  useSocialLink,
} from '@account-center/react';
import type { SocialConnector, SocialIdentities } from '@account-center/react';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useSecurityI18n } from '../../i18n/security-i18n.js';
import { cx } from '../../lib/cx.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Badge } from '../../primitives/badge.js';
import { Button } from '../../primitives/button.js';
import {
  Section,
  SectionContent,
  SectionDescription,
  SectionHeader,
  SectionTitle,
} from '../../primitives/card.js';
import { ConfirmDialog } from '../../primitives/confirm-dialog.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { useUiOptions } from '../../provider/ui-context.js';
import { SocialLinkCallback } from './social-link-callback.js';
import { isProvablyLastIdentifier } from '../../lib/last-identifier.js';
import { safeHttpUrl } from '../../lib/safe-url.js';
import { connectorName, socialErrorMessage, targetName } from './social-utils.js';

export interface SocialConnectionsProps extends ComponentProps<'section'> {
  /**
   * The page the provider returns to; default this page (without its query), where this
   * section then finishes the link and shows the outcome as a banner.
   */
  redirectUri?: string;
  /** Where to come back after a separate return page; default this page (and this section's `id`). */
  returnTo?: string;
  /**
   * Finish a pending link on this page (default `true`). With another `<SocialLinkCallback/>` on
   * the same page only one of them finishes the link (it is claimed once); turn this off to leave
   * it to that one.
   */
  handleCallback?: boolean;
}

interface Row {
  target: string;
  connector?: SocialConnector;
  identity?: SocialIdentities['linked'][number];
  name: string;
}

/** Linked identities first, then the other available connectors (Logto's order). */
function buildRows(data: SocialIdentities, locale: string): Row[] {
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const identity of data.linked) {
    const connector = data.connectors?.find((candidate) => candidate.target === identity.target);
    rows.push({
      target: identity.target,
      connector,
      identity,
      name: connector ? connectorName(connector, locale) : targetName(identity.target),
    });
    seen.add(identity.target);
  }
  for (const connector of data.connectors ?? []) {
    if (seen.has(connector.target)) continue;
    seen.add(connector.target);
    rows.push({ target: connector.target, connector, name: connectorName(connector, locale) });
  }
  return rows;
}

/** What identifies the linked account: its email, else its name, else a shortened user id. */
function identityLabel(identity: NonNullable<Row['identity']>) {
  const details = (identity.details ?? {}) as Record<string, unknown>;
  const pick = (key: string) =>
    typeof details[key] === 'string' && details[key] ? (details[key] as string) : undefined;
  const id = identity.userId;
  return pick('email') ?? pick('name') ?? (id.length > 12 ? `${id.slice(0, 10)}…` : id);
}

function ConnectorLogo({ connector, name }: { connector?: SocialConnector; name: string }) {
  const { theme } = useUiOptions();
  const light = safeHttpUrl(connector?.logo);
  const dark = safeHttpUrl(connector?.logoDark);
  if (!light && !dark) {
    return (
      <span data-slot="social-logo" className="ac-social-logo" aria-hidden="true">
        {name.charAt(0)}
      </span>
    );
  }
  const image = (src: string) => (
    <img
      data-slot="social-logo"
      className="ac-social-logo"
      src={src}
      alt={name}
      width={24}
      height={24}
      referrerPolicy="no-referrer"
    />
  );
  if (theme === 'dark') return image(dark ?? light!);
  if (theme === 'light' || !dark || !light) return image(light ?? dark!);
  // Following the system theme: let the browser pick.
  return (
    <picture>
      <source srcSet={dark} media="(prefers-color-scheme: dark)" />
      {image(light)}
    </picture>
  );
}

/**
 * Connected social accounts: every available connector with its logo and whether it is linked
 * (with the linked account's email or name); Connect goes to the provider (after step-up when
 * needed) and comes back to this section; Disconnect asks first and explains the last-identifier
 * rule. Without known connectors (settings not readable), linked accounts are still listed and
 * can be disconnected. Hidden when the `social` field is Off.
 * @example <SocialConnections id="social" />
 */
export function SocialConnections({
  redirectUri,
  returnTo,
  handleCallback = true,
  className,
  id,
  ...props
}: SocialConnectionsProps) {
  const i18n = useSecurityI18n();
  const { t, locale } = i18n;
  const announce = useAnnounce();
  const feature = useFeature('social');
  const identities = useSocialIdentities();
  const account = useMyAccount();
  const [linking, setLinking] = useState<{ target: string; name: string }>();
  // Said once step-up (if any) is done and the provider is about to open.
  const social = useSocialLink({
    onSuccess: () => {
      if (linking) announce(t('social.redirecting', { provider: linking.name }));
    },
  });
  const unlink = useUnlinkSocialIdentity();
  const reasonId = useId();

  if (feature.status === 'hidden') return null;
  // Unknown level: offer the actions; a `field_not_editable` answer then makes it ReadOnly.
  const editable = feature.status !== 'readonly';
  const readOnly = feature.status === 'readonly';
  const loading = identities.isPending || feature.status === 'loading';
  const state = loading ? 'loading' : identities.isError ? 'error' : 'ready';

  /** Link the row's provider; `replace` swaps a linked identity for another account in place. */
  const connect = (row: Row, replace = false) => {
    if (!row.connector) return;
    setLinking({ target: row.target, name: row.name });
    const back =
      returnTo ??
      (typeof location === 'undefined' ? undefined : id ? `${stripHash()}#${id}` : location.href);
    void social.link(row.connector.id, {
      ...(redirectUri === undefined ? {} : { redirectUri }),
      ...(back === undefined ? {} : { returnTo: back }),
      ...(replace ? { replace } : {}),
    });
  };

  const rows = identities.data ? buildRows(identities.data, locale) : [];
  const starting = social.state !== 'idle';

  return (
    <Section
      id={id}
      data-slot="social-connections"
      data-state={state}
      aria-busy={loading || undefined}
      className={cx('ac-social-connections', className)}
      {...props}
    >
      <SectionHeader>
        <SectionTitle>{t('social.title')}</SectionTitle>
        <SectionDescription>{t('social.description')}</SectionDescription>
      </SectionHeader>
      <SectionContent className="ac-stack">
        {handleCallback && <SocialLinkCallback variant="banner" />}
        {social.error && !isSilentError(social.error) && (
          <Alert variant="danger">
            <AlertDescription>{socialErrorMessage(social.error, i18n)}</AlertDescription>
          </Alert>
        )}
        {loading ? (
          <div data-slot="social-loading" className="ac-stack">
            <span className="ac-sr-only">{t('common.loading')}</span>
            <Skeleton className="ac-entry-skeleton" />
            <Skeleton className="ac-entry-skeleton" />
          </div>
        ) : identities.isError ? (
          <LoadFailed onRetry={() => void identities.refetch()} />
        ) : rows.length === 0 ? (
          <p data-slot="social-empty" className="ac-entry-meta">
            {t('social.empty')}
          </p>
        ) : (
          <ul data-slot="social-list" aria-label={t('social.listLabel')} className="ac-entries">
            {rows.map((row) => {
              const linked = !!row.identity;
              const blocked =
                linked &&
                !!account.data &&
                isProvablyLastIdentifier(account.data, { identity: row.target });
              return (
                <li
                  key={row.target}
                  data-slot="social-item"
                  data-state={linked ? 'linked' : 'unlinked'}
                  className="ac-entry"
                >
                  <ConnectorLogo connector={row.connector} name={row.name} />
                  <div className="ac-entry-main">
                    <span data-slot="social-name" className="ac-entry-title">
                      {row.name}
                      {linked && <Badge variant="success">{t('social.connectedBadge')}</Badge>}
                    </span>
                    <span data-slot="social-account" className="ac-entry-meta">
                      {row.identity ? (
                        // The provider's name or email for the user: direction-isolated (U+202E).
                        <bdi>{identityLabel(row.identity)}</bdi>
                      ) : (
                        t('social.notConnected')
                      )}
                    </span>
                    {blocked && editable && (
                      <span id={`${reasonId}-${row.target}`} className="ac-entry-meta">
                        {t('social.lastIdentifier')}
                      </span>
                    )}
                  </div>
                  {editable && (
                    <div className="ac-entry-actions">
                      {linked && row.connector && (
                        // Another account of the same provider, in place (`PUT`): no unlink first,
                        // so it also works when this is the only way to sign in.
                        <Button
                          size="sm"
                          pending={starting && linking?.target === row.target}
                          disabled={starting && linking?.target !== row.target}
                          aria-label={t('social.switchProvider', { provider: row.name })}
                          onClick={() => connect(row, true)}
                        >
                          {t('social.switch')}
                        </Button>
                      )}
                      {linked ? (
                        blocked ? (
                          <Button size="sm" disabled aria-describedby={`${reasonId}-${row.target}`}>
                            {t('social.disconnect')}
                          </Button>
                        ) : (
                          <ConfirmDialog
                            trigger={
                              <Button
                                size="sm"
                                aria-label={t('social.disconnectProvider', { provider: row.name })}
                              >
                                {t('social.disconnect')}
                              </Button>
                            }
                            title={t('social.removeTitle', { provider: row.name })}
                            description={t('social.removeDescription', { provider: row.name })}
                            confirmLabel={t('social.disconnect')}
                            onConfirm={async () => {
                              await unlink.mutateAsync(row.target);
                              announce(t('social.removed', { provider: row.name }));
                            }}
                          />
                        )
                      ) : row.connector ? (
                        <Button
                          size="sm"
                          variant="primary"
                          pending={starting && linking?.target === row.target}
                          disabled={starting && linking?.target !== row.target}
                          aria-label={t('social.connectProvider', { provider: row.name })}
                          onClick={() => connect(row)}
                        >
                          {t('social.connect')}
                        </Button>
                      ) : null}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {readOnly && (
          <p data-slot="social-read-only" className="ac-entry-meta">
            {t('common.managedByAdmin')}
          </p>
        )}
      </SectionContent>
    </Section>
  );
}

function stripHash() {
  return location.href.split('#')[0] ?? location.href;
}
