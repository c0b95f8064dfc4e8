import * as DialogPrimitive from '@radix-ui/react-dialog';
import { useCallback, useRef } from 'react';
import type { ComponentProps } from 'react';
import { useI18n } from '../i18n/i18n-provider.js';
import { cx } from '../lib/cx.js';
import { inertOutside } from '../lib/inert-outside.js';
import { useUiSettings } from '../provider/ui-context.js';
import { CloseIcon } from './icons.js';
import { LiveRegion } from './live-region.js';
import { VisuallyHidden } from './visually-hidden.js';

export type DialogProps = ComponentProps<typeof DialogPrimitive.Root>;

/**
 * A modal dialog (Radix): focus moves in on open and is trapped, the rest of the page is inert,
 * Escape or the close button closes it, and focus returns to what opened it.
 * Controlled (`open`/`onOpenChange`) or uncontrolled (`defaultOpen`).
 */
export function Dialog(props: DialogProps) {
  return <DialogPrimitive.Root {...props} />;
}

export type DialogTriggerProps = ComponentProps<typeof DialogPrimitive.Trigger>;

/** Opens the dialog; focus returns here on close. Use `asChild` around a `Button`. */
export function DialogTrigger(props: DialogTriggerProps) {
  return <DialogPrimitive.Trigger data-slot="dialog-trigger" {...props} />;
}

export interface DialogContentProps extends Omit<
  ComponentProps<typeof DialogPrimitive.Content>,
  'ref'
> {
  /** Hide the corner close button (e.g. when the footer has Cancel and closing must be explicit). */
  hideClose?: boolean;
  overlayClassName?: string;
}

/**
 * The dialog panel, portalled to `<body>` inside a wrapper that repeats the kit root's theme,
 * `lang` and `dir`. Radix focuses the first focusable element inside; the corner close button
 * comes last in the DOM so it is not that element.
 */
export function DialogContent({
  className,
  overlayClassName,
  hideClose = false,
  children,
  onOpenAutoFocus,
  onCloseAutoFocus,
  ...props
}: DialogContentProps) {
  const { theme, dir, brand } = useUiSettings();
  const i18n = useI18n();
  const opener = useRef<HTMLElement | null>(null);
  const openerRegion = useRef<HTMLElement | null>(null);
  const restoreOthers = useRef<(() => void) | undefined>(undefined);
  // Radix only sets aria-hidden outside the dialog; `inert` also takes the page out of the tab
  // order and pointer reach, so nothing focusable is left hidden (axe: aria-hidden-focus).
  // A callback ref rather than a ref cleanup function, which React 18 would ignore.
  const suppressOutside = useCallback((node: HTMLDivElement | null) => {
    restoreOthers.current?.();
    restoreOthers.current = node ? inertOutside(node) : undefined;
  }, []);
  return (
    <DialogPrimitive.Portal>
      <div
        data-slot="dialog-portal"
        data-ac-root=""
        data-theme={theme}
        className={brand?.className}
        dir={dir ?? i18n.dir}
        lang={i18n.locale}
      >
        <DialogPrimitive.Overlay
          data-slot="dialog-overlay"
          className={cx('ac-dialog-overlay', overlayClassName)}
        />
        <DialogPrimitive.Content
          ref={suppressOutside}
          data-slot="dialog-content"
          className={cx('ac-dialog-content', className)}
          onOpenAutoFocus={(event) => {
            const active = document.activeElement;
            opener.current =
              active instanceof HTMLElement && active !== document.body ? active : null;
            openerRegion.current = opener.current ? regionOf(opener.current) : null;
            onOpenAutoFocus?.(event);
          }}
          onCloseAutoFocus={(event) => {
            onCloseAutoFocus?.(event);
            if (event.defaultPrevented) return;
            // Radix only returns focus to a `DialogTrigger`; a dialog opened from any other button
            // (a row's Remove, a step-up prompt) must return focus there too.
            event.preventDefault();
            const returnTo = opener.current;
            if (returnTo?.isConnected) {
              returnTo.focus();
              keepFocusNear(returnTo, openerRegion.current);
            } else {
              // The opener was already replaced while the dialog was open.
              focusRegion(openerRegion.current);
            }
          }}
          {...props}
        >
          {/* The page behind is hidden from assistive tech, so announcements made in here need a region in here. */}
          <LiveRegion>{children}</LiveRegion>
          {!hideClose && (
            <DialogPrimitive.Close data-slot="dialog-close" className="ac-dialog-close">
              <CloseIcon />
              <VisuallyHidden>{i18n.t('common.close')}</VisuallyHidden>
            </DialogPrimitive.Close>
          )}
        </DialogPrimitive.Content>
      </div>
    </DialogPrimitive.Portal>
  );
}

/** Holds the dialog title and description. */
export function DialogHeader({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="dialog-header" className={cx('ac-dialog-header', className)} {...props} />;
}

export type DialogTitleProps = ComponentProps<typeof DialogPrimitive.Title>;

/** Names the dialog (required for an accessible dialog). */
export function DialogTitle({ className, ...props }: DialogTitleProps) {
  return (
    <DialogPrimitive.Title
      data-slot="dialog-title"
      className={cx('ac-dialog-title', className)}
      {...props}
    />
  );
}

export type DialogDescriptionProps = ComponentProps<typeof DialogPrimitive.Description>;

/** Describes the dialog; omit it only with `aria-describedby={undefined}` on the content. */
export function DialogDescription({ className, ...props }: DialogDescriptionProps) {
  return (
    <DialogPrimitive.Description
      data-slot="dialog-description"
      className={cx('ac-dialog-description', className)}
      {...props}
    />
  );
}

/** The dialog’s main content. */
export function DialogBody({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="dialog-body" className={cx('ac-dialog-body', className)} {...props} />;
}

/** The dialog’s actions, aligned to the inline end (put Cancel first). */
export function DialogFooter({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="dialog-footer" className={cx('ac-dialog-footer', className)} {...props} />;
}

export type DialogCloseProps = ComponentProps<typeof DialogPrimitive.Close>;

/** Closes the dialog; use `asChild` around a `Button`. */
export function DialogClose(props: DialogCloseProps) {
  return <DialogPrimitive.Close data-slot="dialog-close" {...props} />;
}

/** How long after a dialog closes the content behind it may still swap (a step-up resuming). */
const SWAP_WINDOW_MS = 3_000;

/** The section (or card) around an element: where focus goes if the element disappears. */
function regionOf(element: HTMLElement): HTMLElement | null {
  return element.closest<HTMLElement>('[data-slot="section"], [data-slot="card"], section');
}

function focusRegion(region: HTMLElement | null) {
  if (!region?.isConnected) return;
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return;
  if (!region.hasAttribute('tabindex')) region.setAttribute('tabindex', '-1');
  region.focus();
}

/**
 * A step-up dialog often resumes an action that replaces the very button that opened it ("Verify
 * to view" becomes the list, "Add a passkey" becomes the next step). When that button leaves the
 * page while it holds focus, focus would fall to `<body>` and a keyboard or screen-reader user
 * would be sent to the top. Move it to the section (or card) that held the button instead.
 */
function keepFocusNear(element: HTMLElement, region: HTMLElement | null) {
  if (!region) return;
  const observer = new MutationObserver(() => {
    if (element.isConnected) return;
    observer.disconnect();
    focusRegion(region);
  });
  observer.observe(region, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), SWAP_WINDOW_MS);
}
