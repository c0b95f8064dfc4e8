import type { ComponentProps } from 'react';
import { cx } from '../lib/cx.js';

/**
 * A placeholder block while content loads; hidden from assistive tech. Mark the loading region
 * itself with `aria-busy="true"` and a status text (`t('common.loading')`).
 */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cx('ac-skeleton', className)}
      {...props}
    />
  );
}
