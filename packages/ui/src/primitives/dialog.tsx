import * as DialogPrimitive from '@radix-ui/react-dialog';
import { useCallback, useRef } from 'react';
import type { ComponentProps, ReactNode, RefCallback } from 'react';
import { useI18n } from '../i18n/i18n-provider.js';
import { useComposedRefs } from '../lib/compose-refs.js';
import { cx } from '../lib/cx.js';
import { inertOutside } from '../lib/inert-outside.js';
import { useUiOptions } from '../provider/ui-context.js';
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

export interface DialogPortalProps extends ComponentProps<'div'> {
  /** Where to portal to; default `document.body`. */
  container?: ComponentProps<typeof DialogPrimitive.Portal>['container'];
  /** Keep mounted while closed (for exit animations driven by a library). */
  forceMount?: true;
}

/**
 * Portals the dialog to `<body>` inside a wrapper that repeats the kit root's theme, `lang` and
 * `dir`, so the tokens and the direction of the page carry over. `ref` reaches the wrapper.
 */
export function DialogPortal({ container, forceMount, ...props }: DialogPortalProps) {
  const { theme, dir, brand } = useUiOptions();
  const i18n = useI18n();
  return (
    <DialogPrimitive.Portal container={container} forceMount={forceMount}>
      <div
        data-slot="dialog-portal"
        data-ac-root=""
        data-theme={theme}
        className={brand?.className}
        dir={dir ?? i18n.dir}
        lang={i18n.locale}
        {...props}
      />
    </DialogPrimitive.Portal>
  );
}

export type DialogOverlayProps = ComponentProps<typeof DialogPrimitive.Overlay>;

/** The dimmed backdrop behind the panel (put it inside `DialogPortal`, before `DialogPanel`). */
export function DialogOverlay({ className, ...props }: DialogOverlayProps) {
  return (
    <DialogPrimitive.Overlay
      data-slot="dialog-overlay"
      className={cx('ac-dialog-overlay', className)}
      {...props}
    />
  );
}

/**
 * Makes the page outside the dialog inert while the element it is attached to is mounted: out of
 * the tab order, pointer reach and the accessibility tree. Radix only sets `aria-hidden` outside,
 * which leaves focusable elements hidden (axe: aria-hidden-focus). Live regions stay reachable.
 * `DialogPanel` uses it; use it yourself only on a panel built from Radix's own `Content`.
 * @example const inert = useDialogInert(); <DialogPrimitive.Content ref={inert}>…
 */
export function useDialogInert<T extends Element = HTMLDivElement>(): RefCallback<T> {
  const restore = useRef<(() => void) | undefined>(undefined);
  // Called with the node and then with `null` (no cleanup returned), as React 18 and 19 both do.
  return useCallback((node: T | null) => {
    restore.current?.();
    restore.current = node ? inertOutside(node) : undefined;
  }, []);
}

type AutoFocusHandler = NonNullable<
  ComponentProps<typeof DialogPrimitive.Content>['onOpenAutoFocus']
>;

/**
 * Returns focus to whatever opened the dialog, not only to a `DialogTrigger` (a row's Remove, a
 * step-up prompt opened by the kit), and, when that button was replaced while the dialog was
 * open (a step-up resumed the action), to the section or card that held it rather than `<body>`.
 * Spread the handlers on Radix's `Content`; `DialogPanel` uses it.
 * @example const rescue = useFocusRescue(); <DialogPrimitive.Content {...rescue}>…
 */
export function useFocusRescue(): {
  onOpenAutoFocus: AutoFocusHandler;
  onCloseAutoFocus: AutoFocusHandler;
} {
  const opener = useRef<HTMLElement | null>(null);
  const openerRegion = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      openerRegion.current = opener.current ? regionOf(opener.current) : null;
    },
    onCloseAutoFocus: (event) => {
      if (event.defaultPrevented) return;
      // Radix only returns focus to a `DialogTrigger`; a dialog opened from any other button
      // must return focus there too.
      event.preventDefault();
      const returnTo = opener.current;
      if (returnTo?.isConnected) {
        returnTo.focus();
        keepFocusNear(returnTo, openerRegion.current);
      } else {
        // The opener was already replaced while the dialog was open.
        focusRegion(openerRegion.current);
      }
    },
  };
}

export type DialogPanelProps = ComponentProps<typeof DialogPrimitive.Content>;

/**
 * The dialog itself (`role="dialog"`): Radix traps focus inside, closes on Escape and moves focus
 * to the first focusable element; this part also makes the page behind inert
 * (`useDialogInert`) and returns focus to the opener (`useFocusRescue`). `ref` reaches the
 * element. Put `DialogLiveRegion` inside it: the page behind is hidden from assistive tech.
 */
export function DialogPanel({
  className,
  onOpenAutoFocus,
  onCloseAutoFocus,
  ref,
  ...props
}: DialogPanelProps) {
  const inert = useDialogInert<HTMLDivElement>();
  const rescue = useFocusRescue();
  const composedRef = useComposedRefs(inert, ref);
  return (
    <DialogPrimitive.Content
      ref={composedRef}
      data-slot="dialog-content"
      className={cx('ac-dialog-content', className)}
      onOpenAutoFocus={(event) => {
        rescue.onOpenAutoFocus(event);
        onOpenAutoFocus?.(event);
      }}
      onCloseAutoFocus={(event) => {
        onCloseAutoFocus?.(event);
        rescue.onCloseAutoFocus(event);
      }}
      {...props}
    />
  );
}

export interface DialogLiveRegionProps {
  children?: ReactNode;
}

/**
 * A live region inside the panel, so `useAnnounce()` in the dialog is heard while the page
 * behind (and its region) is hidden. Wrap the panel's content in it.
 */
export function DialogLiveRegion({ children }: DialogLiveRegionProps) {
  return <LiveRegion>{children}</LiveRegion>;
}

export type DialogCloseButtonProps = Omit<DialogCloseProps, 'asChild' | 'children'>;

/** The corner close button (an icon with a localized name); last in the panel's DOM. */
export function DialogCloseButton({ className, ...props }: DialogCloseButtonProps) {
  const i18n = useI18n();
  return (
    <DialogPrimitive.Close
      data-slot="dialog-close"
      className={cx('ac-dialog-close', className)}
      {...props}
    >
      <CloseIcon />
      <VisuallyHidden>{i18n.t('common.close')}</VisuallyHidden>
    </DialogPrimitive.Close>
  );
}

export interface DialogContentProps extends DialogPanelProps {
  /** Hide the corner close button (e.g. when the footer has Cancel and closing must be explicit). */
  hideClose?: boolean;
  overlayClassName?: string;
}

/**
 * The usual composition of the parts: `DialogPortal` > `DialogOverlay` + `DialogPanel` >
 * `DialogLiveRegion` (your content) + `DialogCloseButton`. Radix focuses the first focusable
 * element inside; the corner close button comes last in the DOM so it is not that element.
 * `ref` reaches the panel.
 */
export function DialogContent({
  overlayClassName,
  hideClose = false,
  children,
  ...props
}: DialogContentProps) {
  return (
    <DialogPortal>
      <DialogOverlay className={overlayClassName} />
      <DialogPanel {...props}>
        <DialogLiveRegion>{children}</DialogLiveRegion>
        {!hideClose && <DialogCloseButton />}
      </DialogPanel>
    </DialogPortal>
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
