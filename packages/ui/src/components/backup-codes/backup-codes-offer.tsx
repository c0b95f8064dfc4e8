import { useState } from 'react';
import type { ComponentProps } from 'react';
import { useReverification } from '@account-center/react';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { Alert, AlertDescription, AlertTitle } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import { BackupCodeDownload } from './backup-code-download.js';

/** Step-up before a flow starts (bar 2): nothing runs after it but the flow itself. */
const afterStepUp = () => Promise.resolve();

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
