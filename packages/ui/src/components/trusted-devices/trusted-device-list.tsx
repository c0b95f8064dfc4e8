import type { ComponentProps } from 'react';
import { useRemoveTrustedDevice, useTrustedDevices } from '@account-center/react';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
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
import { deviceName } from '../sessions/sessions.js';
import { VerifyToView } from '../sessions/verify-to-view.js';

export type TrustedDeviceListProps = ComponentProps<'section'>;

/**
 * Devices where the user chose to skip the second step (contract §6.10), each with its browser
 * and OS, last use and expiry, and a Remove that confirms first and passes step-up. Reading the
 * list needs step-up, so the section first offers to verify. Rendered only when the tenant's
 * settings show the `trustedDevice` field and it is not Off: servers without the route (dev
 * features off) strip the field, and an unknown level stays hidden until the route answers.
 * @example <TrustedDeviceList />
 */
export function TrustedDeviceList({ className, ...props }: TrustedDeviceListProps) {
  const i18n = useSecurityI18n();
  const { t, formatDate, formatDateTime } = i18n;
  const announce = useAnnounce();
  const devices = useTrustedDevices();
  const remove = useRemoveTrustedDevice();

  if (devices.hidden || (devices.level === undefined && !devices.data)) return null;
  const editable = devices.level !== 'ReadOnly';
  const loading = !devices.locked && devices.isPending;
  const state = devices.locked
    ? 'locked'
    : loading
      ? 'loading'
      : devices.isError
        ? 'error'
        : 'ready';
  const list = devices.data?.trustedDevices ?? [];

  return (
    <Section
      data-slot="trusted-device-list"
      data-state={state}
      aria-busy={loading || undefined}
      className={cx('ac-trusted-device-list', className)}
      {...props}
    >
      <SectionHeader>
        <SectionTitle>{t('trustedDevices.title')}</SectionTitle>
        <SectionDescription>{t('trustedDevices.description')}</SectionDescription>
      </SectionHeader>
      <SectionContent className="ac-stack">
        {devices.locked ? (
          <VerifyToView
            description={t('sessions.verifyDescription')}
            action={t('sessions.verifyToView')}
            unlock={devices.unlock}
          />
        ) : loading ? (
          <div className="ac-stack">
            <span className="ac-sr-only">{t('common.loading')}</span>
            <Skeleton className="ac-entry-skeleton" />
          </div>
        ) : devices.isError ? (
          <LoadFailed onRetry={() => void devices.refetch()} />
        ) : list.length === 0 ? (
          <p data-slot="trusted-device-empty" className="ac-entry-meta">
            {t('trustedDevices.empty')}
          </p>
        ) : (
          <ul
            data-slot="trusted-device-items"
            aria-label={t('trustedDevices.listLabel')}
            className="ac-entries"
          >
            {list.map((entry) => {
              const device = deviceName(entry.userAgent ?? undefined, i18n);
              return (
                <li key={entry.id} data-slot="trusted-device-item" className="ac-entry">
                  <div className="ac-entry-main">
                    <span className="ac-entry-title">
                      {/* From the user agent, which the client chose: direction-isolated. */}
                      <bdi>{device}</bdi>
                      {entry.isCurrent && (
                        <Badge variant="primary">{t('sessions.thisDevice')}</Badge>
                      )}
                    </span>
                    <span className="ac-entry-meta">
                      {t('trustedDevices.lastUsed', { date: formatDateTime(entry.lastUsedAt) })}
                      {' · '}
                      {t('sessions.expires', { date: formatDate(entry.expiresAt) })}
                    </span>
                  </div>
                  {editable && (
                    <div className="ac-entry-actions">
                      <ConfirmDialog
                        trigger={
                          <Button
                            size="sm"
                            aria-label={t('trustedDevices.removeDevice', { device })}
                          >
                            {t('trustedDevices.remove')}
                          </Button>
                        }
                        title={t('trustedDevices.removeTitle', { device })}
                        description={t('trustedDevices.removeDescription')}
                        confirmLabel={t('trustedDevices.remove')}
                        onConfirm={async () => {
                          await remove.mutateAsync(entry);
                          announce(t('trustedDevices.removed', { device }));
                        }}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </SectionContent>
    </Section>
  );
}
