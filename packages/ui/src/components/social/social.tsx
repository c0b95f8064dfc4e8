/**
 * The social connections section as parts (`Social.Root`, `.Header`, `.Title`, `.Description`,
 * `.Content`, `.Callback`, `.LinkError`, `.List`, `.Item`, `.Empty`, `.ReadOnlyNote`),
 * Radix-style: rearrange or replace them and keep the behaviour. `SocialConnections` is their
 * usual composition. `Root` holds the state (the identities query, the link in progress, the
 * field's level); the other parts read it and throw outside a `Root`.
 */
import { Fragment, createContext, useContext, useId, useState } from 'react';
import type { ComponentProps, ReactNode } from 'react';
import {
  useFeature,
  useUnlinkSocialIdentity,
  useMyAccount,
  useSocialIdentities,
  useSocialLink,
} from '@account-center/react';
import type { SocialConnector, SocialIdentities } from '@account-center/react';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { featureSectionParts } from '../../lib/feature-section-parts.js';
import { isProvablyLastIdentifier } from '../../lib/last-identifier.js';
import { safeHttpUrl } from '../../lib/safe-url.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Badge } from '../../primitives/badge.js';
import { Button } from '../../primitives/button.js';
import { Section } from '../../primitives/card.js';
import type { SectionTitleProps } from '../../primitives/card.js';
import { ConfirmDialog } from '../../primitives/confirm-dialog.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { useUiOptions } from '../../provider/ui-context.js';
import { SocialLinkCallback } from './social-link-callback.js';
import type { SocialLinkCallbackProps } from './social-link-callback.js';
import { connectorName, socialErrorMessage, targetName } from './social-utils.js';

/** One row of the section: a linked identity, an available connector, or both. */
export interface SocialConnection {
  /** The provider (`google`, `github`, …). */
  target: string;
  /** The tenant's connector for it; absent when settings are not readable. */
  connector?: SocialConnector;
  /** The linked identity; absent when not linked. */
  identity?: SocialIdentities['linked'][number];
  /** The provider's localized name. */
  name: string;
}

/** Linked identities first, then the other available connectors (Logto's order). */
function buildRows(data: SocialIdentities, locale: string): SocialConnection[] {
  const rows: SocialConnection[] = [];
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
function identityLabel(identity: NonNullable<SocialConnection['identity']>) {
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

interface SocialContextValue {
  identities: ReturnType<typeof useSocialIdentities>;
  rows: SocialConnection[];
  loading: boolean;
  /** Offer the actions (also while the level is unknown). */
  editable: boolean;
  readOnly: boolean;
  social: ReturnType<typeof useSocialLink>;
  /** The row whose provider is opening. */
  linking: { target: string; name: string } | undefined;
  /** Link the row's provider; `replace` swaps a linked identity for another account in place. */
  connect: (row: SocialConnection, replace?: boolean) => void;
}

const SocialContext = createContext<SocialContextValue | null>(null);

function useSocialContext(part: string): SocialContextValue {
  const context = useContext(SocialContext);
  if (!context) throw new Error(`<Social.${part}> must be used inside <Social.Root>.`);
  return context;
}

/** `Social.Root`'s props. */
export interface SocialRootProps extends ComponentProps<'section'> {
  /**
   * The page the provider returns to; default this page (without its query), where
   * `Social.Callback` then finishes the link and shows the outcome as a banner.
   */
  redirectUri?: string;
  /** Where to come back after a separate return page; default this page (and this section's `id`). */
  returnTo?: string;
}

/**
 * The section (`<section>`, named by `Social.Header`) and the state its parts share. Renders
 * nothing when the `social` field is Off.
 */
export function SocialRoot({
  redirectUri,
  returnTo,
  className,
  id,
  children,
  ...props
}: SocialRootProps) {
  const { t, locale } = useSecurityI18n();
  const announce = useAnnounce();
  const feature = useFeature('social');
  const identities = useSocialIdentities();
  const [linking, setLinking] = useState<{ target: string; name: string }>();
  // Said once step-up (if any) is done and the provider is about to open.
  const social = useSocialLink({
    onSuccess: () => {
      if (linking) announce(t('social.redirecting', { provider: linking.name }));
    },
  });

  if (feature.status === 'hidden') return null;
  const loading = identities.isPending || feature.status === 'loading';
  const state = loading ? 'loading' : identities.isError ? 'error' : 'ready';

  const connect = (row: SocialConnection, replace = false) => {
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

  const context: SocialContextValue = {
    identities,
    rows: identities.data ? buildRows(identities.data, locale) : [],
    loading,
    // Unknown level: offer the actions; a `field_not_editable` answer then makes it ReadOnly.
    editable: feature.status !== 'readonly',
    readOnly: feature.status === 'readonly',
    social,
    linking,
    connect,
  };

  return (
    <SocialContext.Provider value={context}>
      <Section
        id={id}
        data-slot="social-connections"
        data-state={state}
        aria-busy={loading || undefined}
        className={cx('ac-social-connections', className)}
        {...props}
      >
        {children}
      </Section>
    </SocialContext.Provider>
  );
}

export type SocialTitleProps = SectionTitleProps;

const headerParts = featureSectionParts({
  usePart: useSocialContext,
  title: 'social.title',
  description: 'social.description',
  contentClassName: 'ac-stack',
  useI18n: useSecurityI18n,
});
/** The section's header; by default its title and description. */
export const SocialHeader = headerParts.Header;
/** The heading that names the section's region (`h2` unless `asChild`). */
export const SocialTitle = headerParts.Title;
/** Describes the section's region; by default the kit's sentence. */
export const SocialDescription = headerParts.Description;
/** The section's body. */
export const SocialContent = headerParts.Content;

/** `Social.Callback`'s props: `SocialLinkCallback`'s, always the banner. */
export type SocialCallbackProps = Omit<SocialLinkCallbackProps, 'variant'>;

/**
 * Finishes a link when the provider returns to this page and shows the outcome as a banner
 * (nothing when no link is pending). Leave it out when another `<SocialLinkCallback/>` on the
 * page, or a separate return page, finishes the link.
 */
export function SocialCallback(props: SocialCallbackProps) {
  useSocialContext('Callback');
  return <SocialLinkCallback variant="banner" {...props} />;
}

/** Why a link could not start (e.g. the provider's page could not be prepared); nothing otherwise. */
export function SocialLinkError({ className, ...props }: ComponentProps<'div'>) {
  const { social } = useSocialContext('LinkError');
  const i18n = useSecurityI18n();
  if (!social.error || isSilentError(social.error)) return null;
  return (
    <Alert variant="danger" data-slot="social-link-error" className={className} {...props}>
      <AlertDescription>{socialErrorMessage(social.error, i18n)}</AlertDescription>
    </Alert>
  );
}

/** `Social.List`'s props: a `<ul>`'s, with a row function as `children`. */
export interface SocialListProps extends Omit<ComponentProps<'ul'>, 'children'> {
  /** One row per connection (default `<Social.Item connection={connection} />`); keyed by the kit. */
  children?: (connection: SocialConnection) => ReactNode;
}

/**
 * Linked accounts first, then the other connectors (`<ul>`, which takes `ref` and `className`),
 * or in its place a loading placeholder or the load error with Retry; nothing when there are
 * none (`Social.Empty` says so).
 */
export function SocialList({ children, className, ...props }: SocialListProps) {
  const { loading, identities, rows } = useSocialContext('List');
  const { t } = useSecurityI18n();
  if (loading) {
    return (
      <div data-slot="social-loading" className="ac-stack">
        <span className="ac-sr-only">{t('common.loading')}</span>
        <Skeleton className="ac-entry-skeleton" />
        <Skeleton className="ac-entry-skeleton" />
      </div>
    );
  }
  if (identities.isError) return <LoadFailed onRetry={() => void identities.refetch()} />;
  if (rows.length === 0) return null;
  return (
    <ul
      data-slot="social-list"
      aria-label={t('social.listLabel')}
      className={cx('ac-entries', className)}
      {...props}
    >
      {rows.map((row) =>
        children ? (
          <Fragment key={row.target}>{children(row)}</Fragment>
        ) : (
          <SocialItem key={row.target} connection={row} />
        ),
      )}
    </ul>
  );
}

/** What a custom row body receives from `Social.Item`. */
export interface SocialItemDetails {
  connection: SocialConnection;
  /** The provider's localized name. */
  name: string;
  linked: boolean;
  /** The linked account's email, name or shortened id; absent when not linked. */
  account: string | undefined;
  /** The provider's logo (light or dark, as the theme asks), or its initial. */
  logo: ReactNode;
}

/** `Social.Item`'s props: an `<li>`'s, the connection, and an optional body. */
export interface SocialItemProps extends Omit<ComponentProps<'li'>, 'children'> {
  /** The connection this row shows. */
  connection: SocialConnection;
  /** The row's body in place of logo, name and account; the actions stay the kit's. */
  children?: ReactNode | ((details: SocialItemDetails) => ReactNode);
}

/**
 * One provider (`<li>`): logo, name, the linked account; Connect (to the provider, after
 * step-up when needed), or Switch and Disconnect (confirmation). Disconnect is disabled, with
 * the reason, when it would remove the last way to sign in.
 */
export function SocialItem({ connection: row, children, className, ...props }: SocialItemProps) {
  const context = useSocialContext('Item');
  const { editable, social, linking, connect } = context;
  const account = useMyAccount();
  const { t } = useSecurityI18n();
  const announce = useAnnounce();
  const unlink = useUnlinkSocialIdentity();
  const reasonId = useId();
  const starting = social.state !== 'idle';
  const linked = !!row.identity;
  const blocked =
    linked && !!account.data && isProvablyLastIdentifier(account.data, { identity: row.target });
  const logo = <ConnectorLogo connector={row.connector} name={row.name} />;
  const label = row.identity && identityLabel(row.identity);
  return (
    <li
      data-slot="social-item"
      data-state={linked ? 'linked' : 'unlinked'}
      className={cx('ac-entry', className)}
      {...props}
    >
      {children === undefined && logo}
      <div className="ac-entry-main">
        {children === undefined ? (
          <>
            <span data-slot="social-name" className="ac-entry-title">
              {row.name}
              {linked && <Badge variant="success">{t('social.connectedBadge')}</Badge>}
            </span>
            <span data-slot="social-account" className="ac-entry-meta">
              {/* The provider's name or email for the user: direction-isolated (U+202E). */}
              {label ? <bdi>{label}</bdi> : t('social.notConnected')}
            </span>
          </>
        ) : typeof children === 'function' ? (
          children({ connection: row, name: row.name, linked, account: label, logo })
        ) : (
          children
        )}
        {blocked && editable && (
          <span id={reasonId} className="ac-entry-meta">
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
              <Button size="sm" disabled aria-describedby={reasonId}>
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
}

/** "No accounts are connected." once loaded with no account and no connector; nothing otherwise. */
export function SocialEmpty({ className, children, ...props }: ComponentProps<'p'>) {
  const { loading, identities, rows } = useSocialContext('Empty');
  const { t } = useSecurityI18n();
  if (loading || identities.isError || rows.length > 0) return null;
  return (
    <p data-slot="social-empty" className={cx('ac-entry-meta', className)} {...props}>
      {children ?? t('social.empty')}
    </p>
  );
}

/** "Managed by your administrator." when social accounts are read-only; nothing otherwise. */
export function SocialReadOnlyNote({ className, children, ...props }: ComponentProps<'p'>) {
  const { readOnly } = useSocialContext('ReadOnlyNote');
  const { t } = useSecurityI18n();
  if (!readOnly) return null;
  return (
    <p data-slot="social-read-only" className={cx('ac-entry-meta', className)} {...props}>
      {children ?? t('common.managedByAdmin')}
    </p>
  );
}

function stripHash() {
  return location.href.split('#')[0] ?? location.href;
}

/**
 * The social connections section's parts, to rearrange or replace; `SocialConnections` is the
 * usual composition.
 * @example
 * <Social.Root>
 *   <Social.Header />
 *   <Social.Content>
 *     <Social.Callback />
 *     <Social.LinkError />
 *     <Social.List>{(connection) => <Social.Item connection={connection} />}</Social.List>
 *     <Social.Empty />
 *   </Social.Content>
 * </Social.Root>
 */
export const Social = {
  Root: SocialRoot,
  Header: SocialHeader,
  Title: SocialTitle,
  Description: SocialDescription,
  Content: SocialContent,
  Callback: SocialCallback,
  LinkError: SocialLinkError,
  List: SocialList,
  Item: SocialItem,
  Empty: SocialEmpty,
  ReadOnlyNote: SocialReadOnlyNote,
};
