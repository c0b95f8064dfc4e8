import { Suspense, cloneElement, lazy, useEffect, useState } from 'react';
import type { ComponentType, MouseEvent, ReactElement } from 'react';
import { useControllableState } from '../lib/use-controllable-state.js';
import type { ConfirmDialogProps } from './confirm-dialog-content.js';

export type { ConfirmDialogProps } from './confirm-dialog-content.js';

// The dialog itself (and the modal stack under it) is a chunk of its own, so a component that
// only offers a confirmation does not load it up front. It is fetched right after the first
// render, so it opens at once; until then the first opening waits for it.
let loaded: ComponentType<ConfirmDialogProps> | undefined;
const load = () =>
  import('./confirm-dialog-content.js').then((module) => (loaded = module.ConfirmDialog));
const LazyConfirmDialog = lazy(() => load().then((component) => ({ default: component })));

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
  ...props
}: ConfirmDialogProps) {
  const [isOpen, setOpen] = useControllableState({
    value: open,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
  });
  // Chosen once, when first opened: the loaded component if it is there, else the lazy one.
  const [content, setContent] = useState<{ Dialog: ComponentType<ConfirmDialogProps> }>();
  if (isOpen && !content) setContent({ Dialog: loaded ?? LazyConfirmDialog });
  useEffect(() => {
    // A failed load shows when the dialog opens (the nearest error boundary).
    load().catch(() => undefined);
  }, []);
  // The trigger stays rendered here, outside the lazy part, so it is the same element before and
  // after the dialog loads (the dialog returns focus to it).
  const onTriggerClick = (trigger?.props as { onClick?: (event: MouseEvent) => void } | undefined)
    ?.onClick;
  const Dialog = content?.Dialog;
  return (
    <>
      {trigger &&
        cloneElement(trigger as ReactElement<Record<string, unknown>>, {
          'aria-haspopup': 'dialog',
          'aria-expanded': isOpen,
          'data-state': isOpen ? 'open' : 'closed',
          onClick: (event: MouseEvent) => {
            onTriggerClick?.(event);
            if (!event.defaultPrevented) setOpen(true);
          },
        })}
      {Dialog && (
        <Suspense fallback={null}>
          <Dialog {...props} open={isOpen} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
