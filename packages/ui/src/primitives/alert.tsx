import type { ComponentProps } from 'react';
import { useTranslate } from '../i18n/i18n-provider.js';
import { cx } from '../lib/cx.js';
import { CloseIcon, InfoIcon, SuccessIcon, WarningIcon } from './icons.js';
import { VisuallyHidden } from './visually-hidden.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'danger';

export interface AlertProps extends ComponentProps<'div'> {
  /** Default `info`. */
  variant?: AlertVariant;
  /** Shows a dismiss button. */
  onDismiss?: () => void;
}

const ICONS = { info: InfoIcon, success: SuccessIcon, warning: WarningIcon, danger: WarningIcon };

/**
 * A banner for messages that are not tied to one field. `danger` is announced at once
 * (`role="alert"`), `success` politely (`role="status"`); `info` and `warning` are static text.
 * Pass `role` to change that.
 */
export function Alert({ variant = 'info', onDismiss, className, children, ...props }: AlertProps) {
  const t = useTranslate();
  const Icon = ICONS[variant];
  const role = variant === 'danger' ? 'alert' : variant === 'success' ? 'status' : undefined;
  return (
    <div
      data-slot="alert"
      data-variant={variant}
      role={role}
      className={cx('ac-alert', className)}
      {...props}
    >
      <Icon className="ac-alert-icon" />
      <div data-slot="alert-body" className="ac-alert-body">
        {children}
      </div>
      {onDismiss && (
        <button
          type="button"
          data-slot="alert-dismiss"
          className="ac-alert-dismiss"
          onClick={onDismiss}
        >
          <CloseIcon />
          <VisuallyHidden>{t('common.dismiss')}</VisuallyHidden>
        </button>
      )}
    </div>
  );
}

/** A short heading for the alert. */
export function AlertTitle({ className, ...props }: ComponentProps<'p'>) {
  return <p data-slot="alert-title" className={cx('ac-alert-title', className)} {...props} />;
}

/** The alert’s message. */
export function AlertDescription({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      data-slot="alert-description"
      className={cx('ac-alert-description', className)}
      {...props}
    />
  );
}
