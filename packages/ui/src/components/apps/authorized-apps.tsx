import type { ComponentProps } from 'react';
import { useFeature, useRevokeAppGrants, useGrants } from '@account-center/react';
import type { Grant } from '@account-center/client';
import { useSecurityI18n } from '../../i18n/security-i18n.js';
import { cx } from '../../lib/cx.js';
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

export interface AuthorizedAppsProps extends ComponentProps<'section'> {
  /** Which grants to list; default `thirdParty` (the apps the user allowed to access the account). */
  appType?: 'firstParty' | 'thirdParty';
}

/**
 * Apps that can access the account, one row per app with when access was granted and when it
 * expires. Remove access asks first and says that tokens already issued may work until they
 * expire; every grant of the app is revoked, and a partial failure is reported. Reading needs
 * step-up, so the section first offers to verify. Hidden when the `session` field is Off.
 * @example <AuthorizedApps />
 */
export function AuthorizedApps({
  appType = 'thirdParty',
  className,
  ...props
}: AuthorizedAppsProps) {
  const { t, formatDate } = useSecurityI18n();
  const announce = useAnnounce();
  const grants = useGrants(appType);
  const revoke = useRevokeAppGrants();

  const feature = useFeature('session');
  if (feature.status === 'hidden' || grants.data === null) return null;
  // Unknown level: offer the actions; a `field_not_editable` answer then makes it ReadOnly.
  const editable = feature.status !== 'readonly';
  const loading = !grants.locked && grants.isPending;
  const state = grants.locked ? 'locked' : loading ? 'loading' : grants.isError ? 'error' : 'ready';
  const apps = groupGrants(grants.data?.grants ?? []);

  const revokeApp = async (app: AuthorizedApp) => {
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
    <Section
      data-slot="authorized-apps"
      data-state={state}
      aria-busy={loading || undefined}
      className={cx('ac-authorized-apps', className)}
      {...props}
    >
      <SectionHeader>
        <SectionTitle>{t('apps.title')}</SectionTitle>
        <SectionDescription>{t('apps.description')}</SectionDescription>
      </SectionHeader>
      <SectionContent className="ac-stack">
        {grants.locked ? (
          <VerifyToView
            description={t('apps.verifyDescription')}
            action={t('apps.verifyToView')}
            unlock={grants.unlock}
          />
        ) : loading ? (
          <div className="ac-stack">
            <span className="ac-sr-only">{t('common.loading')}</span>
            <Skeleton className="ac-entry-skeleton" />
          </div>
        ) : grants.isError ? (
          <LoadFailed onRetry={() => void grants.refetch()} />
        ) : apps.length === 0 ? (
          <p data-slot="authorized-apps-empty" className="ac-entry-meta">
            {t('apps.empty')}
          </p>
        ) : (
          <ul
            data-slot="authorized-app-items"
            aria-label={t('apps.listLabel')}
            className="ac-entries"
          >
            {apps.map((app) => (
              <li key={app.id} data-slot="authorized-app" className="ac-entry">
                <div className="ac-entry-main">
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
                    {t('apps.authorized', { date: formatDate(app.grantedAt) })}
                    {' · '}
                    {t('apps.expires', { date: formatDate(app.expiresAt) })}
                  </span>
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
                      onConfirm={() => revokeApp(app)}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        {!editable && !grants.locked && (
          <p className="ac-entry-meta">{t('common.managedByAdmin')}</p>
        )}
      </SectionContent>
    </Section>
  );
}
