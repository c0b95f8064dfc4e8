import type { CSSProperties, ComponentProps } from 'react';
import { cx } from '../lib/cx.js';

/**
 * Inline as well as in the stylesheet, so hidden text stays hidden in unstyled mode (React sets it
 * through the CSSOM on the client, which a strict CSP allows).
 */
export const visuallyHiddenStyle: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

export type VisuallyHiddenProps = ComponentProps<'span'>;

/** Text for screen readers only. */
export function VisuallyHidden({ className, style, ...props }: VisuallyHiddenProps) {
  return (
    <span
      data-slot="visually-hidden"
      className={cx('ac-sr-only', className)}
      style={{ ...visuallyHiddenStyle, ...style }}
      {...props}
    />
  );
}
