import { useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { isSilentError } from '../i18n/create-i18n.js';
import { useI18n } from '../i18n/i18n-provider.js';
import { useControllableState } from '../lib/use-controllable-state.js';
import { Alert, AlertDescription } from './alert.js';
import { Button } from './button.js';
import {
  Dialog,
  DialogBody,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from './dialog.js';

export interface ConfirmDialogProps {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens the dialog (e.g. a Remove button), if it is not opened by state. */
  trigger?: ReactElement;
  /** Name the object: "Remove jane@example.com?" */
  title: ReactNode;
  /** Say the consequence: "You won't be able to sign in with it." */
  description?: ReactNode;
  /** Extra content between the description and the buttons. */
  children?: ReactNode;
  /** Default `t('common.confirm')`; prefer the verb, e.g. `t('common.remove')`. */
  confirmLabel?: ReactNode;
  cancelLabel?: ReactNode;
  /** Default `danger`. */
  variant?: 'danger' | 'primary';
  /**
   * Runs on confirm. A returned promise keeps the dialog open and the button pending; resolving
   * closes it, rejecting shows the error inside it (a cancelled step-up shows nothing).
   */
  onConfirm: () => unknown;
  /** Drive the pending state yourself (e.g. from a mutation) instead of from the returned promise. */
  pending?: boolean;
}

/**
 * Confirmation for a destructive action (`role="alertdialog"`). Focus starts on Cancel, Escape
 * cancels, and focus returns to the trigger. It cannot be dismissed while the action runs.
 * @example
 * <ConfirmDialog
 *   trigger={<Button variant="danger">{t('common.remove')}</Button>}
 *   title={t('email.removeTitle', { email })}
 *   description={t('email.removeDescription')}
 *   confirmLabel={t('common.remove')}
 *   onConfirm={() => removeEmail.mutateAsync()}
 * />
 */
export function ConfirmDialog({
  open,
  defaultOpen = false,
  onOpenChange,
  trigger,
  title,
  description,
  children,
  confirmLabel,
  cancelLabel,
  variant = 'danger',
  onConfirm,
  pending: pendingProp,
}: ConfirmDialogProps) {
  const { t, formatError } = useI18n();
  const [isOpen, setOpen] = useControllableState({
    value: open,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
  });
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const pending = pendingProp ?? running;

  const changeOpen = (next: boolean) => {
    if (pending && !next) return;
    if (next) setError(undefined);
    setOpen(next);
  };

  const confirm = async () => {
    setError(undefined);
    setRunning(true);
    try {
      await onConfirm();
      setRunning(false);
      setOpen(false);
    } catch (caught) {
      setRunning(false);
      if (!isSilentError(caught)) setError(formatError(caught));
    }
  };

  return (
    <Dialog open={isOpen} onOpenChange={changeOpen}>
      {trigger && <DialogTrigger asChild>{trigger}</DialogTrigger>}
      <DialogContent
        role="alertdialog"
        hideClose
        className="ac-confirm-dialog"
        // Without a description, say so explicitly rather than point at a missing element.
        {...(description ? {} : { 'aria-describedby': undefined })}
        onPointerDownOutside={(event) => event.preventDefault()}
      >
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          {description && <DialogDescription>{description}</DialogDescription>}
        </DialogHeader>
        {(children || error) && (
          <DialogBody>
            {children}
            {error && (
              <Alert variant="danger">
                <AlertDescription>{error}</AlertDescription>
              </Alert>
            )}
          </DialogBody>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button disabled={pending}>{cancelLabel ?? t('common.cancel')}</Button>
          </DialogClose>
          <Button variant={variant} pending={pending} onClick={() => void confirm()}>
            {confirmLabel ?? t('common.confirm')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
