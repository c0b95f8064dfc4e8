import type { ComponentProps } from 'react';
import { cx } from '../lib/cx.js';

export type BadgeVariant = 'neutral' | 'primary' | 'success' | 'warning' | 'danger';

export interface BadgeProps extends ComponentProps<'span'> {
  /** Default `neutral`. */
  variant?: BadgeVariant;
}

/** A short status label ("Primary", "This device", "3 codes left"). */
export function Badge({ variant = 'neutral', className, ...props }: BadgeProps) {
  return (
    <span
      data-slot="badge"
      data-variant={variant}
      className={cx('ac-badge', className)}
      {...props}
    />
  );
}
