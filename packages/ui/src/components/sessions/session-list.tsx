import { useState } from 'react';
import type { ComponentProps } from 'react';
import {
  useFeature,
  useEndSession,
  useSignOutOtherSessions,
  useSessions,
} from '@account-center/react';
import type { Session } from '@account-center/client';
import type { I18n } from '../../i18n/create-i18n.js';
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
import { parseUserAgent } from '../../lib/user-agent.js';
import { VerifyToView } from './verify-to-view.js';

type Formatters = Pick<I18n, 't' | 'locale' | 'formatList'>;

/** "Chrome on macOS", or whichever half is known, or "Unknown device". */
export function deviceName(userAgent: string | undefined, { t }: Pick<I18n, 't'>): string {
  const { browser, os } = parseUserAgent(userAgent);
  if (browser && os) return t('sessions.deviceOn', { browser, os });
  return browser ?? os ?? t('sessions.unknownDevice');
}

function regionName(country: string, locale: string) {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

/** "London, United Kingdom · IP address 203.0.113.10", from whatever the sign-in recorded. */
function whereFrom(session: Session, i18n: Formatters) {
  const context = session.lastSubmission?.signInContext;
  const parts = [context?.city, context?.country && regionName(context.country, i18n.locale)];
  const places = parts.filter((part): part is string => !!part);
  const location = places.length ? i18n.formatList(places, { type: 'unit', style: 'short' }) : '';
  const ip = context?.ip ? i18n.t('sessions.ipAddress', { ip: context.ip }) : '';
  if (location && ip) return i18n.t('sessions.locationAndIp', { location, ip });
  return location || ip;
}

/** Current session first, then the most recent sign-in. */
const byRecency = (a: Session, b: Session) =>
  Number(b.isCurrent) - Number(a.isCurrent) || b.payload.loginTs - a.payload.loginTs;

function RevokeAppsCheckbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label data-slot="session-revoke-grants" className="ac-checkbox">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}

export type SessionListProps = ComponentProps<'section'>;

/**
 * Where the user is signed in: this device first (marked, no sign-out), then the others with
 * browser and OS, place and IP, sign-in time and expiry (the API keeps no last-activity time).
 * Sign out one device or all others, each after a confirmation that can also remove the apps'
 * access granted there. Reading the list needs step-up, so the section first offers to verify.
 * Hidden when the `session` field is Off.
 * @example <SessionList />
 */
export function SessionList({ className, ...props }: SessionListProps) {
  const i18n = useSecurityI18n();
  const { t, formatDateTime, formatDate } = i18n;
  const announce = useAnnounce();
  const sessions = useSessions();
  const signOut = useEndSession();
  const signOutAll = useSignOutOtherSessions();
  const [revokeGrants, setRevokeGrants] = useState(false);

  const feature = useFeature('session');
  if (feature.status === 'hidden') return null;
  // Unknown level: offer the actions; a `field_not_editable` answer then makes it ReadOnly.
  const editable = feature.status !== 'readonly';
  const loading = !sessions.locked && sessions.isPending;
  const state = sessions.locked
    ? 'locked'
    : loading
      ? 'loading'
      : sessions.isError
        ? 'error'
        : 'ready';
  const list = [...(sessions.data?.sessions ?? [])].sort(byRecency);
  const others = list.filter((session) => !session.isCurrent);
  const target = () => (revokeGrants ? { revokeGrantsTarget: 'all' as const } : {});

  const signOutOthers = async () => {
    try {
      await signOutAll.mutateAsync(target());
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'partial_failure') throw error;
      // Unknown code + our sentence: the dialog's `formatError` shows the message as is.
      throw {
        code: 'sessions.partial_failure',
        message: t('sessions.signOutOthersFailed', {
          count: (error as { data: { failed: number } }).data.failed,
        }),
      };
    }
    announce(t('sessions.signedOutOthers'));
  };

  return (
    <Section
      data-slot="session-list"
      data-state={state}
      aria-busy={loading || undefined}
      className={cx('ac-session-list', className)}
      {...props}
    >
      <SectionHeader>
        <SectionTitle>{t('sessions.title')}</SectionTitle>
        <SectionDescription>{t('sessions.description')}</SectionDescription>
      </SectionHeader>
      <SectionContent className="ac-stack">
        {sessions.locked ? (
          <VerifyToView
            description={t('sessions.verifyDescription')}
            action={t('sessions.verifyToView')}
            unlock={sessions.unlock}
          />
        ) : loading ? (
          <div className="ac-stack">
            <span className="ac-sr-only">{t('common.loading')}</span>
            <Skeleton className="ac-entry-skeleton" />
            <Skeleton className="ac-entry-skeleton" />
          </div>
        ) : sessions.isError ? (
          <LoadFailed onRetry={() => void sessions.refetch()} />
        ) : (
          <>
            <ul
              data-slot="session-items"
              aria-label={t('sessions.listLabel')}
              className="ac-entries"
            >
              {list.map((session) => {
                const device = deviceName(session.lastSubmission?.signInContext?.userAgent, i18n);
                const where = whereFrom(session, i18n);
                return (
                  <li
                    key={session.payload.uid}
                    data-slot="session-item"
                    data-state={session.isCurrent ? 'current' : 'other'}
                    className="ac-entry"
                  >
                    <div className="ac-entry-main">
                      <span className="ac-entry-title">
                        {/* From the user agent, which the client chose: direction-isolated. */}
                        <bdi>{device}</bdi>
                        {session.isCurrent && (
                          <Badge variant="primary">{t('sessions.thisDevice')}</Badge>
                        )}
                      </span>
                      {where && (
                        <span className="ac-entry-meta">
                          <bdi>{where}</bdi>
                        </span>
                      )}
                      <span className="ac-entry-meta">
                        {t('sessions.signedIn', {
                          date: formatDateTime(session.payload.loginTs * 1000),
                        })}
                        {' · '}
                        {t('sessions.expires', { date: formatDate(session.expiresAt) })}
                      </span>
                    </div>
                    {editable && !session.isCurrent && (
                      <div className="ac-entry-actions">
                        <ConfirmDialog
                          onOpenChange={(open) => open && setRevokeGrants(false)}
                          trigger={
                            <Button size="sm" aria-label={t('sessions.signOutDevice', { device })}>
                              {t('sessions.signOut')}
                            </Button>
                          }
                          title={t('sessions.signOutTitle', { device })}
                          description={t('sessions.signOutDescription')}
                          confirmLabel={t('sessions.signOut')}
                          onConfirm={async () => {
                            await signOut.mutateAsync({
                              sessionId: session.payload.uid,
                              ...target(),
                            });
                            announce(t('sessions.signedOut', { device }));
                          }}
                        >
                          <RevokeAppsCheckbox
                            label={t('sessions.revokeApps')}
                            checked={revokeGrants}
                            onChange={setRevokeGrants}
                          />
                        </ConfirmDialog>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
            {others.length === 0 && (
              <p data-slot="session-empty" className="ac-entry-meta">
                {t('sessions.empty')}
              </p>
            )}
            {editable && others.length > 0 && (
              <div>
                <ConfirmDialog
                  onOpenChange={(open) => open && setRevokeGrants(false)}
                  trigger={<Button variant="danger">{t('sessions.signOutOthers')}</Button>}
                  title={t('sessions.signOutOthersTitle')}
                  description={t('sessions.signOutOthersDescription')}
                  confirmLabel={t('sessions.signOut')}
                  onConfirm={signOutOthers}
                >
                  <RevokeAppsCheckbox
                    label={t('sessions.revokeAppsOthers')}
                    checked={revokeGrants}
                    onChange={setRevokeGrants}
                  />
                </ConfirmDialog>
              </div>
            )}
            {!editable && <p className="ac-entry-meta">{t('common.managedByAdmin')}</p>}
          </>
        )}
      </SectionContent>
    </Section>
  );
}
