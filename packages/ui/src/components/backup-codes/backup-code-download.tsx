import { useEffect, useId, useRef, useState } from 'react';
import type { ComponentProps } from 'react';
import { useBackupCodeSetup, useMyAccount } from '@account-center/react';
import { accountLabel } from '@account-center/client/helpers';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { Alert, AlertDescription, AlertTitle } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import { CopyButton } from '../../primitives/copy-button.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { Skeleton } from '../../primitives/skeleton.js';
import {
  backupCodesFileName,
  backupCodesFileText,
  downloadTextFile,
  printElement,
} from './backup-code-file.js';
import { useAppName } from './mfa-helpers.js';

export interface BackupCodeListProps extends ComponentProps<'ul'> {
  /** Plain codes (new set) or stored codes with their use time (existing set). */
  codes: ReadonlyArray<string | { code: string; usedAt?: string | null | undefined }>;
}

/** The codes in a two-column monospace grid; used codes say so in text, not only by strike-through. */
export function BackupCodeList({ codes, className, ...props }: BackupCodeListProps) {
  const { t } = useSecurityI18n();
  const showState = codes.some((entry) => typeof entry !== 'string');
  return (
    <ul
      data-slot="backup-code-list"
      aria-label={t('backupCodes.listLabel')}
      className={cx('ac-backup-code-list', className)}
      {...props}
    >
      {codes.map((entry) => {
        const { code, usedAt } = typeof entry === 'string' ? { code: entry, usedAt: null } : entry;
        const state = usedAt ? 'used' : 'unused';
        return (
          <li key={code} data-slot="backup-code" data-state={state} className="ac-backup-code">
            <code className="ac-backup-code-value">{code}</code>
            {showState && (
              <span data-slot="backup-code-state" className="ac-backup-code-state">
                {usedAt ? t('backupCodes.used') : t('backupCodes.unused')}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export interface BackupCodeActionsProps extends ComponentProps<'div'> {
  codes: readonly string[];
  /** The codes are not bound yet: the file and the printout say they may not work. */
  inactive?: boolean;
  /** Names the file and its heading; default the Logto endpoint's host. */
  appName?: string;
}

/**
 * Copy all, Download (`<app>-backup-codes-<account>.txt` with a heading line) and Print (a
 * print-only view): the ways to keep the codes (bar 30).
 */
export function BackupCodeActions({
  codes,
  inactive = false,
  appName,
  className,
  ...props
}: BackupCodeActionsProps) {
  const { t, formatDate } = useSecurityI18n();
  const app = useAppName(appName);
  const account = accountLabel(useMyAccount().data);
  const printView = useRef<HTMLDivElement>(null);
  const heading = t('backupCodes.fileHeading', { app, account: account ?? '' }).replace(
    / \(\)$/,
    '',
  );
  const generated = t('backupCodes.fileGenerated', { date: formatDate(new Date()) });
  const warning = inactive ? t('backupCodes.fileNotActive') : undefined;
  const text = backupCodesFileText({
    heading,
    generated,
    warning,
    intro: t('backupCodes.fileIntro'),
    codes,
  });
  return (
    <div
      data-slot="backup-code-actions"
      className={cx('ac-backup-code-actions', className)}
      {...props}
    >
      <CopyButton value={codes.join('\n')} size="sm">
        {t('backupCodes.copyAll')}
      </CopyButton>
      <Button size="sm" onClick={() => downloadTextFile(backupCodesFileName(app, account), text)}>
        {t('backupCodes.downloadCodes')}
      </Button>
      <Button size="sm" onClick={() => printView.current && printElement(printView.current)}>
        {t('backupCodes.printCodes')}
      </Button>
      <div ref={printView} hidden data-slot="backup-code-print" className="ac-print-view">
        <h1>{heading}</h1>
        <p>{generated}</p>
        {warning && <p>{warning}</p>}
        <p>{t('backupCodes.fileIntro')}</p>
        <ol>
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

export interface BackupCodeDownloadProps extends ComponentProps<'div'> {
  /** Names the file, its heading and the printout; default the Logto endpoint's host. */
  appName?: string;
  /** The codes are bound (saved on the server). */
  onSuccess?: () => void;
  /** The user left without binding; nothing changed on the server. */
  onCancel?: () => void;
}

/**
 * Generates a new set, shows it with Copy/Download/Print, and binds it only after the user ticks
 * "I've saved these codes". Until bound, the panel says the codes do not work yet and the file
 * and printout carry the same warning. Regenerating replaces an unused set: the hook deletes the
 * old set right before binding and retries a failed bind by itself; if it still fails, the panel
 * says the user has no working codes now and keeps the new codes for Retry (bar 32).
 */
export function BackupCodeDownload({
  appName,
  onSuccess,
  onCancel,
  className,
  ...props
}: BackupCodeDownloadProps) {
  const { t, formatError } = useSecurityI18n();
  const announce = useAnnounce();
  const setup = useBackupCodeSetup({
    onSuccess: () => {
      announce(t(regenerating ? 'backupCodes.regenerated' : 'backupCodes.added'));
      onSuccess?.();
    },
  });
  const [saved, setSaved] = useState(false);
  const [needsSaved, setNeedsSaved] = useState(false);
  const checkboxId = useId();
  const started = useRef(false);
  // Captured when the flow opens: after the old set is deleted the hook no longer reports it.
  const [regenerating] = useState(() => setup.regenerating);

  const { canGenerate, generate } = setup;
  useEffect(() => {
    if (started.current || !canGenerate) return;
    started.current = true;
    void generate();
  }, [canGenerate, generate]);

  const busy = setup.state === 'generating' || (setup.state === 'idle' && !setup.error);
  const pending = setup.state === 'binding' || setup.state === 'retrying';
  const confirm = () => {
    if (!saved) {
      setNeedsSaved(true);
      document.getElementById(checkboxId)?.focus();
      return;
    }
    // The hook deletes the existing sets (unused or used up) right before binding (§6.8, bar 32).
    void setup.confirm();
  };

  if (!setup.canGenerate) {
    return (
      <Alert variant="info" className={className}>
        <AlertDescription>{t('backupCodes.needsOtherFactor')}</AlertDescription>
      </Alert>
    );
  }

  return (
    <div
      data-slot="backup-code-download"
      data-state={setup.state}
      aria-busy={busy || undefined}
      className={cx('ac-mfa-panel', className)}
      {...props}
    >
      {busy ? (
        <>
          <p className="ac-sr-only">{t('common.loading')}</p>
          <Skeleton className="ac-backup-code-skeleton" />
        </>
      ) : setup.state === 'idle' ? (
        <Alert variant="danger">
          <AlertDescription>{formatError(setup.error)}</AlertDescription>
          <Button size="sm" onClick={() => void setup.generate()}>
            {t('common.retry')}
          </Button>
        </Alert>
      ) : (
        <>
          <p className="ac-mfa-panel-title">
            {t(regenerating ? 'backupCodes.newCodes' : 'backupCodes.title')}
          </p>
          <p className="ac-field-description">{t('backupCodes.saveHint')}</p>
          {/* Once the old set is gone the danger alert below says more: no working codes at all. */}
          {!(setup.state === 'error' && setup.oldSetDeleted) && (
            <Alert variant="warning" data-slot="backup-codes-not-active">
              <AlertDescription>{t('backupCodes.notActive')}</AlertDescription>
            </Alert>
          )}
          <BackupCodeList codes={setup.codes} />
          <BackupCodeActions
            codes={setup.codes}
            inactive={setup.unbound}
            {...(appName ? { appName } : {})}
          />
          <div className="ac-field" data-invalid={needsSaved && !saved ? '' : undefined}>
            <label className="ac-checkbox">
              <input
                id={checkboxId}
                type="checkbox"
                checked={saved}
                aria-invalid={needsSaved && !saved ? true : undefined}
                aria-describedby={needsSaved && !saved ? `${checkboxId}-error` : undefined}
                onChange={(event) => setSaved(event.target.checked)}
              />
              {t('backupCodes.confirmSaved')}
            </label>
            <p id={`${checkboxId}-error`} role="alert" className="ac-field-error">
              {needsSaved && !saved ? t('backupCodes.confirmRequired') : null}
            </p>
          </div>
          {/* Announced while it happens: the retry runs by itself, the user only waits. */}
          <p role="status" className="ac-field-description">
            {setup.state === 'retrying' ? t('backupCodes.retrying') : null}
          </p>
          {setup.state === 'error' && (
            <Alert variant="danger">
              {setup.oldSetDeleted && <AlertTitle>{t('backupCodes.bindFailedNoCodes')}</AlertTitle>}
              <AlertDescription>{formatError(setup.error)}</AlertDescription>
            </Alert>
          )}
          <div className="ac-card-footer ac-mfa-panel-footer">
            {/* After the old set is deleted, only Retry keeps the user covered. */}
            {!pending && !setup.oldSetDeleted && onCancel && (
              <Button
                onClick={() => {
                  setup.reset();
                  onCancel();
                }}
              >
                {t('common.cancel')}
              </Button>
            )}
            <Button variant="primary" pending={pending} onClick={confirm}>
              {setup.state === 'error' ? t('common.retry') : t('backupCodes.activate')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
