/**
 * The authorized apps section as parts (`AuthorizedApps.Root`, `.Header`, `.Title`,
 * `.Description`, `.Content`, `.List`, `.Item`, `.Empty`, `.ReadOnlyNote`), Radix-style:
 * rearrange or replace them and keep the behaviour. `<AuthorizedApps/>` is their usual
 * composition. `Root` holds the state (the grants query and its step-up lock, the field's level);
 * the other parts read it and throw outside a `Root`.
 */
import { Fragment, createContext, useContext } from 'react';
import type { ComponentProps, ReactNode } from 'react';
import { useFeature, useRevokeAppGrants, useGrants } from '@account-center/react';
import type { Grant } from '@account-center/client';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { featureSectionParts } from '../../lib/feature-section-parts.js';
import { Badge } from '../../primitives/badge.js';
import { Button } from '../../primitives/button.js';
import { Section } from '../../primitives/card.js';
import type { SectionTitleProps } from '../../primitives/card.js';
import { ConfirmDialog } from '../../primitives/confirm-dialog.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { VerifyToView } from '../sessions/verify-to-view.js';

/** One application with all of its grants (Logto lists one row per app). */
export interface AuthorizedApp {
  id: string;
  name: string;
  grants: Grant[];
  /** Earliest grant, epoch ms. */
  grantedAt: number;
  /** Latest expiry, epoch ms. */
  expiresAt: number;
  /** Host of a self-registered (CIMD) client, whose id is its metadata URL. */
  host?: string;
}

/** Groups grants by application, oldest grant first. */
export function groupGrants(grants: Grant[]): AuthorizedApp[] {
  const apps = new Map<string, AuthorizedApp>();
  for (const grant of grants) {
    const grantedAt = grant.payload.iat * 1000;
    const app = apps.get(grant.application.id);
    if (app) {
      app.grants.push(grant);
      app.grantedAt = Math.min(app.grantedAt, grantedAt);
      app.expiresAt = Math.max(app.expiresAt, grant.expiresAt);
      continue;
    }
    apps.set(grant.application.id, {
      id: grant.application.id,
      name: grant.application.name,
      grants: [grant],
      grantedAt,
      expiresAt: grant.expiresAt,
      host: metadataHost(grant.application.id),
    });
  }
  return [...apps.values()].sort((a, b) => a.grantedAt - b.grantedAt);
}

/** CIMD client ids are `https://` URLs of the client's metadata document. */
function metadataHost(clientId: string) {
  if (!clientId.startsWith('https://')) return undefined;
  try {
    return new URL(clientId).host;
  } catch {
    return undefined;
  }
}

interface AuthorizedAppsContextValue {
  grants: ReturnType<typeof useGrants>;
  loading: boolean;
  apps: AuthorizedApp[];
  /** Offer Remove access (also while the level is unknown). */
  editable: boolean;
}

const AuthorizedAppsContext = createContext<AuthorizedAppsContextValue | null>(null);

function useAuthorizedAppsContext(part: string): AuthorizedAppsContextValue {
  const context = useContext(AuthorizedAppsContext);
  if (!context) {
    throw new Error(`<AuthorizedApps.${part}> must be used inside <AuthorizedApps.Root>.`);
  }
  return context;
}

/** `AuthorizedApps.Root`'s props (and `<AuthorizedApps/>`'s). */
export interface AuthorizedAppsRootProps extends ComponentProps<'section'> {
  /** Which grants to list; default `thirdParty` (the apps the user allowed to access the account). */
  appType?: 'firstParty' | 'thirdParty';
}

/**
 * The section (`<section>`, named by `AuthorizedApps.Header`) and the state its parts share.
 * Renders nothing when the `session` field is Off or the server has no grants route.
 */
export function AuthorizedAppsRoot({
  appType = 'thirdParty',
  className,
  children,
  ...props
}: AuthorizedAppsRootProps) {
  const grants = useGrants(appType);
  const feature = useFeature('session');
  if (feature.status === 'hidden' || grants.data === null) return null;
  const loading = !grants.locked && grants.isPending;
  const state = grants.locked ? 'locked' : loading ? 'loading' : grants.isError ? 'error' : 'ready';
  const context: AuthorizedAppsContextValue = {
    grants,
    loading,
    apps: groupGrants(grants.data?.grants ?? []),
    // Unknown level: offer the actions; a `field_not_editable` answer then makes it ReadOnly.
    editable: feature.status !== 'readonly',
  };
  return (
    <AuthorizedAppsContext.Provider value={context}>
      <Section
        data-slot="authorized-apps"
        data-state={state}
        aria-busy={loading || undefined}
        className={cx('ac-authorized-apps', className)}
        {...props}
      >
        {children}
      </Section>
    </AuthorizedAppsContext.Provider>
  );
}

export type AuthorizedAppsTitleProps = SectionTitleProps;

const headerParts = featureSectionParts({
  usePart: useAuthorizedAppsContext,
  title: 'apps.title',
  description: 'apps.description',
  contentClassName: 'ac-stack',
  useI18n: useSecurityI18n,
});
/** The section's header; by default its title and description. */
export const AuthorizedAppsHeader = headerParts.Header;
/** The heading that names the section's region (`h2` unless `asChild`). */
export const AuthorizedAppsTitle = headerParts.Title;
/** Describes the section's region; by default the kit's sentence. */
export const AuthorizedAppsDescription = headerParts.Description;
/** The section's body. */
export const AuthorizedAppsContent = headerParts.Content;

/** `AuthorizedApps.List`'s props: a `<ul>`'s, with a row function as `children`. */
export interface AuthorizedAppsListProps extends Omit<ComponentProps<'ul'>, 'children'> {
  /** One row per app (default `<AuthorizedApps.Item app={app} />`); keyed by the kit. */
  children?: (app: AuthorizedApp) => ReactNode;
}

/**
 * The apps, oldest grant first (`<ul>`, which takes `ref` and `className`), or in its place:
 * Verify to view (reading needs step-up), a loading placeholder, or the load error with Retry;
 * nothing when there are none (`AuthorizedApps.Empty` says so).
 */
export function AuthorizedAppsList({ children, className, ...props }: AuthorizedAppsListProps) {
  const { grants, loading, apps } = useAuthorizedAppsContext('List');
  const { t } = useSecurityI18n();
  if (grants.locked) {
    return (
      <VerifyToView
        description={t('apps.verifyDescription')}
        action={t('apps.verifyToView')}
        unlock={grants.unlock}
      />
    );
  }
  if (loading) {
    return (
      <div className="ac-stack">
        <span className="ac-sr-only">{t('common.loading')}</span>
        <Skeleton className="ac-entry-skeleton" />
      </div>
    );
  }
  if (grants.isError) return <LoadFailed onRetry={() => void grants.refetch()} />;
  if (apps.length === 0) return null;
  return (
    <ul
      data-slot="authorized-app-items"
      aria-label={t('apps.listLabel')}
      className={cx('ac-entries', className)}
      {...props}
    >
      {apps.map((app) =>
        children ? (
          <Fragment key={app.id}>{children(app)}</Fragment>
        ) : (
          <AuthorizedAppsItem key={app.id} app={app} />
        ),
      )}
    </ul>
  );
}

/** What a custom row body receives from `AuthorizedApps.Item`. */
export interface AuthorizedAppsItemDetails {
  app: AuthorizedApp;
  /** "Allowed {date}", localized. */
  granted: string;
  /** "Expires {date}", localized. */
  expires: string;
}

/** `AuthorizedApps.Item`'s props: an `<li>`'s, the app, and an optional body. */
export interface AuthorizedAppsItemProps extends Omit<ComponentProps<'li'>, 'children'> {
  /** The app this row shows. */
  app: AuthorizedApp;
  /** The row's body in place of name, host and dates; Remove access stays the kit's. */
  children?: ReactNode | ((details: AuthorizedAppsItemDetails) => ReactNode);
}

/**
 * One app (`<li>`): name, host of a self-registered client, when access was granted and when it
 * expires; Remove access asks first and says that tokens already issued may work until they
 * expire. Every grant of the app is revoked, and a partial failure is reported.
 */
export function AuthorizedAppsItem({
  app,
  children,
  className,
  ...props
}: AuthorizedAppsItemProps) {
  const { editable } = useAuthorizedAppsContext('Item');
  const { t, formatDate } = useSecurityI18n();
  const announce = useAnnounce();
  const revoke = useRevokeAppGrants();
  const granted = t('apps.authorized', { date: formatDate(app.grantedAt) });
  const expires = t('apps.expires', { date: formatDate(app.expiresAt) });

  const revokeApp = async () => {
    try {
      await revoke.mutateAsync(app.id);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'partial_failure') throw error;
      // Unknown code + our sentence: the dialog's `formatError` shows the message as is.
      throw { code: 'apps.partial_failure', message: t('apps.partialFailure', { app: app.name }) };
    }
    announce(t('apps.revoked', { app: app.name }));
  };

  return (
    <li data-slot="authorized-app" className={cx('ac-entry', className)} {...props}>
      <div className="ac-entry-main">
        {children === undefined ? (
          <>
            <span className="ac-entry-title">
              {/* App names are the developer's text: direction-isolated (U+202E). */}
              <bdi>{app.name}</bdi>
              {app.host && <Badge>{t('apps.dynamicClient')}</Badge>}
            </span>
            {app.host && (
              <span className="ac-entry-meta">
                <bdi>{app.host}</bdi>
              </span>
            )}
            <span className="ac-entry-meta">
              {granted}
              {' · '}
              {expires}
            </span>
          </>
        ) : typeof children === 'function' ? (
          children({ app, granted, expires })
        ) : (
          children
        )}
      </div>
      {editable && (
        <div className="ac-entry-actions">
          <ConfirmDialog
            trigger={
              <Button size="sm" aria-label={t('apps.revokeApp', { app: app.name })}>
                {t('apps.revoke')}
              </Button>
            }
            title={t('apps.revokeTitle', { app: app.name })}
            description={t('apps.revokeDescription', { app: app.name })}
            confirmLabel={t('apps.revoke')}
            onConfirm={revokeApp}
          />
        </div>
      )}
    </li>
  );
}

/** "No apps have access to your account." once listed with none; nothing otherwise. */
export function AuthorizedAppsEmpty({ className, children, ...props }: ComponentProps<'p'>) {
  const { grants, loading, apps } = useAuthorizedAppsContext('Empty');
  const { t } = useSecurityI18n();
  if (grants.locked || loading || grants.isError || apps.length > 0) return null;
  return (
    <p data-slot="authorized-apps-empty" className={cx('ac-entry-meta', className)} {...props}>
      {children ?? t('apps.empty')}
    </p>
  );
}

/** "Managed by your administrator." when apps are read-only (once unlocked); nothing otherwise. */
export function AuthorizedAppsReadOnlyNote({ className, children, ...props }: ComponentProps<'p'>) {
  const { grants, editable } = useAuthorizedAppsContext('ReadOnlyNote');
  const { t } = useSecurityI18n();
  if (editable || grants.locked) return null;
  return (
    <p data-slot="authorized-apps-read-only" className={cx('ac-entry-meta', className)} {...props}>
      {children ?? t('common.managedByAdmin')}
    </p>
  );
}
