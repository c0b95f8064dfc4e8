import { Slot } from '../lib/slot.js';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, MouseEvent } from 'react';
import { cx } from '../lib/cx.js';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'md' | 'sm' | 'icon';

export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** Default `secondary`; use `primary` once per form and `danger` for destructive actions. */
  variant?: ButtonVariant;
  /** `icon` is square; give it an `aria-label`. */
  size?: ButtonSize;
  /**
   * Work in progress: sets `aria-busy` and `aria-disabled`, shows a spinner and swallows clicks
   * (so a form can't be submitted twice) while keeping focus on the button, unlike `disabled`.
   */
  pending?: boolean;
  /** Render the child element (e.g. a link) with the button's props and styles. */
  asChild?: boolean;
}

/**
 * The kit's button. `type` defaults to `button`, so only an explicit `type="submit"` submits.
 * @example <Button type="submit" variant="primary" pending={mutation.isPending}>{t('common.save')}</Button>
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'secondary',
    size = 'md',
    pending = false,
    asChild = false,
    className,
    type,
    onClick,
    children,
    ...props
  },
  ref,
) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  const shared = {
    'data-variant': variant,
    'data-size': size,
    'data-pending': pending ? '' : undefined,
    'aria-busy': pending || undefined,
    'aria-disabled': pending || props['aria-disabled'] || undefined,
    className: cx('ac-button', className),
    onClick: handleClick,
  };
  if (asChild) {
    return (
      <Slot ref={ref} data-slot="button" {...props} {...shared}>
        {children}
      </Slot>
    );
  }
  return (
    <button ref={ref} type={type ?? 'button'} data-slot="button" {...props} {...shared}>
      {pending && <span data-slot="button-spinner" className="ac-spinner" aria-hidden="true" />}
      {children}
    </button>
  );
});
