import { useEffect, useId, useRef, useState } from 'react';
import type { ComponentProps, ReactNode } from 'react';
import {
  useFeature,
  useReverification,
  useBackupCodes,
  useInterruptedBackupCodes,
  useMfaFactors,
} from '@account-center/react';
import { isSecondFactor } from '@account-center/client/helpers';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useSecurityI18n } from '../../i18n/security-i18n.js';
import { cx } from '../../lib/cx.js';
import { Alert, AlertDescription, AlertTitle } from '../../primitives/alert.js';
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
import { LoadFailed } from '../../primitives/load-failed.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { BackupCodeActions, BackupCodeDownload, BackupCodeList } from './backup-code-download.js';

/** Step-up before a flow starts (bar 2): nothing runs after it but the flow itself. */
const afterStepUp = () => Promise.resolve();

/** Warn when this many unused codes or fewer remain (bar 31). */
const LOW_CODES = 2;

export interface BackupCodesProps extends ComponentProps<'section'> {
  /** Names the download, its heading and the printout; default the Logto endpoint's host. */
  appName?: string;
  /**
   * Start generating on mount (deep entry: "Save backup codes" from a checklist): step-up, then
   * the new codes. Needs another second factor first; without one, an alert says so.
   */
  defaultOpen?: boolean;
  /** New codes were generated and saved. */
  onSuccess?: () => void;
  /** The user cancelled generating or its identity check (e.g. to navigate back). */
  onCancel?: () => void;
}

/**
 * The backup-codes section: how many remain (warning at two or fewer), generate, view the
 * stored set after step-up with used/unused in text, and regenerate after a confirmation. Not
 * rendered when the `mfa` field is Off or backup codes are not enabled for the tenant.
 */
export function BackupCodes({
  appName,
  defaultOpen = false,
  onSuccess,
  onCancel,
  className,
  ...props
}: BackupCodesProps) {
  const { t, formatError, formatDateTime } = useSecurityI18n();
  const feature = useFeature('backupCodes');
  const stepUp = useReverification(afterStepUp);
  const factors = useMfaFactors();
  const { interrupted, dismiss } = useInterruptedBackupCodes();
  const [mode, setMode] = useState<'idle' | 'setup' | 'view'>('idle');
  const [error, setError] = useState<unknown>(null);
  const stored = useBackupCodes({ enabled: mode === 'view' });
  const reasonId = useId();

  /** Step up before the flow starts (bar 2), so the user is not stopped after saving the codes. */
  const startSetup = async () => {
    setError(null);
    try {
      await stepUp();
      setMode('setup');
    } catch (caught) {
      if (!isSilentError(caught)) setError(caught);
      else onCancel?.();
    }
  };
  // Deep entry (`defaultOpen`): starts once, as Generate would, when the user may generate. A
  // set with unused codes is not replaced unasked: regenerating stays behind its confirmation.
  const hasOther = (factors.data ?? []).some(isSecondFactor);
  const hasUnused = (factors.data ?? []).some(
    (factor) => factor.type === 'BackupCode' && factor.remainCodes > 0,
  );
  const started = useRef(false);
  const canStart = defaultOpen && feature.status === 'editable' && hasOther && !hasUnused;
  useEffect(() => {
    if (!canStart || started.current) return;
    started.current = true;
    void startSetup();
  });

  if (feature.status === 'hidden') return null;
  const loading = feature.status === 'loading';

  const header = (
    <SectionHeader>
      <SectionTitle>{t('backupCodes.title')}</SectionTitle>
      <SectionDescription>{t('backupCodes.description')}</SectionDescription>
    </SectionHeader>
  );
  const shell = (state: string, content: ReactNode, busy = false) => (
    <Section
      data-slot="backup-codes"
      data-state={state}
      aria-busy={busy || undefined}
      className={cx('ac-mfa-section', className)}
      {...props}
    >
      {header}
      <SectionContent className="ac-mfa-content">{content}</SectionContent>
    </Section>
  );

  if (loading) {
    return shell(
      'loading',
      <>
        <p className="ac-sr-only">{t('common.loading')}</p>
        <Skeleton className="ac-mfa-skeleton" />
      </>,
      true,
    );
  }
  if (factors.isError) {
    return shell('error', <LoadFailed onRetry={() => void factors.refetch()} />);
  }

  const list = factors.data ?? [];
  const entries = list.filter((factor) => factor.type === 'BackupCode');
  const entry = entries.find((factor) => factor.remainCodes > 0) ?? entries.at(-1);
  const remaining = entry?.type === 'BackupCode' ? entry.remainCodes : 0;
  const canEdit = feature.status === 'editable';

  const toggleView = async () => {
    setError(null);
    if (mode === 'view') return setMode('idle');
    try {
      if (stored.locked && !(await stored.unlock())) return;
      setMode('view');
    } catch (caught) {
      if (!isSilentError(caught)) setError(caught);
    }
  };

  if (mode === 'setup') {
    return shell(
      'setup',
      <BackupCodeDownload
        {...(appName ? { appName } : {})}
        onSuccess={() => {
          setMode('idle');
          onSuccess?.();
        }}
        onCancel={() => {
          setMode('idle');
          onCancel?.();
        }}
      />,
    );
  }

  const state = !entry || remaining === 0 ? 'empty' : mode === 'view' ? 'viewing' : 'ready';
  return shell(
    state,
    <>
      {/* A setup left unfinished on an earlier page (closed tab, reload): its saved codes may not work. */}
      {interrupted && (
        <Alert variant="warning" data-slot="backup-codes-interrupted" onDismiss={dismiss}>
          <AlertTitle>{t('backupCodes.interruptedTitle')}</AlertTitle>
          <AlertDescription>
            {t(
              interrupted.state === 'shown'
                ? 'backupCodes.interruptedShown'
                : 'backupCodes.interruptedBinding',
              { date: formatDateTime(interrupted.since) },
            )}
          </AlertDescription>
        </Alert>
      )}
      {entry ? (
        <p className="ac-mfa-status">
          <Badge variant={remaining <= LOW_CODES ? 'warning' : 'neutral'}>
            {t('backupCodes.remaining', { count: remaining })}
          </Badge>
        </p>
      ) : (
        <p className="ac-mfa-status">{t('backupCodes.none')}</p>
      )}
      {entry && remaining <= LOW_CODES && (
        <Alert variant="warning">
          <AlertDescription>
            {remaining === 0
              ? t('backupCodes.allUsed')
              : t('backupCodes.lowWarning', { count: remaining })}
          </AlertDescription>
        </Alert>
      )}
      {/* Sent here to generate codes (deep entry) but the precondition is missing: say why. */}
      {!hasOther && defaultOpen && canEdit && (
        <Alert variant="warning" data-slot="backup-codes-precondition">
          <AlertDescription>{t('backupCodes.otherFactorFirst')}</AlertDescription>
        </Alert>
      )}
      {!hasOther && (
        <p id={reasonId} className="ac-field-description">
          {t('backupCodes.needsOtherFactor')}
        </p>
      )}
      {!canEdit && <p className="ac-field-description">{t('common.managedByAdmin')}</p>}
      {mode === 'view' &&
        (stored.isPending ? (
          <div aria-busy="true">
            <p className="ac-sr-only">{t('common.loading')}</p>
            <Skeleton className="ac-backup-code-skeleton" />
          </div>
        ) : stored.isError ? (
          <LoadFailed error={stored.error} onRetry={() => void stored.refetch()} />
        ) : (
          <>
            <BackupCodeList codes={stored.data?.codes ?? []} />
            <BackupCodeActions
              codes={(stored.data?.codes ?? [])
                .filter((code) => !code.usedAt)
                .map((code) => code.code)}
              {...(appName ? { appName } : {})}
            />
          </>
        ))}
      {error !== null && (
        <Alert variant="danger">
          <AlertDescription>{formatError(error)}</AlertDescription>
        </Alert>
      )}
      <div className="ac-mfa-actions">
        {entry && (
          <Button onClick={() => void toggleView()} aria-expanded={mode === 'view'}>
            {mode === 'view' ? t('backupCodes.hide') : t('backupCodes.show')}
          </Button>
        )}
        {canEdit &&
          (entry && remaining > 0 ? (
            <ConfirmDialog
              trigger={
                <Button disabled={!hasOther} aria-describedby={hasOther ? undefined : reasonId}>
                  {t('backupCodes.regenerate')}
                </Button>
              }
              title={t('backupCodes.regenerateTitle')}
              description={t('backupCodes.regenerateDescription')}
              confirmLabel={t('backupCodes.regenerate')}
              onConfirm={async () => {
                await stepUp();
                setMode('setup');
              }}
            />
          ) : (
            <Button
              variant="primary"
              disabled={!hasOther}
              aria-describedby={hasOther ? undefined : reasonId}
              onClick={() => void startSetup()}
            >
              {entry ? t('backupCodes.regenerate') : t('backupCodes.generate')}
            </Button>
          ))}
      </div>
    </>,
  );
}

export interface BackupCodesOfferProps extends ComponentProps<'div'> {
  appName?: string;
  /** The codes were generated and saved. */
  onSuccess?: () => void;
  /** "Not now" (shown only with this callback). */
  onCancel?: () => void;
}

/**
 * Offers backup codes right after the user's first second factor was added (bar 33); opens the
 * generate-and-save flow in place.
 */
export function BackupCodesOffer({
  appName,
  onSuccess,
  onCancel,
  className,
  ...props
}: BackupCodesOfferProps) {
  const { t, formatError } = useSecurityI18n();
  const stepUp = useReverification(afterStepUp);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (open) {
    return (
      <BackupCodeDownload
        {...(appName ? { appName } : {})}
        className={className}
        onSuccess={onSuccess}
        onCancel={() => setOpen(false)}
      />
    );
  }
  return (
    <Alert
      variant="info"
      data-slot="backup-codes-offer"
      className={cx('ac-backup-codes-offer', className)}
      {...props}
    >
      <AlertTitle>{t('backupCodes.offerTitle')}</AlertTitle>
      <AlertDescription>{t('backupCodes.offerDescription')}</AlertDescription>
      {error !== null && <p className="ac-field-error">{formatError(error)}</p>}
      <div className="ac-mfa-actions">
        <Button
          size="sm"
          variant="primary"
          onClick={() => {
            setError(null);
            stepUp().then(
              () => setOpen(true),
              (caught: unknown) => isSilentError(caught) || setError(caught),
            );
          }}
        >
          {t('backupCodes.generate')}
        </Button>
        {onCancel && (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            {t('backupCodes.notNow')}
          </Button>
        )}
      </div>
    </Alert>
  );
}
