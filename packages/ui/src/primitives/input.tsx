import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../lib/cx.js';
import { useFieldControl } from './field.js';

export type InputProps = ComponentPropsWithoutRef<'input'>;

/**
 * A text input; inside a `Field` it takes the label, description and error wiring. Forwards its
 * ref (react-hook-form's `register` needs it, and React 18 does not pass `ref` as a prop).
 */
export const Input = forwardRef<HTMLInputElement, InputProps>(function Input(
  { className, ...props },
  ref,
) {
  return (
    <input
      ref={ref}
      data-slot="input"
      className={cx('ac-input', className)}
      {...useFieldControl(props)}
    />
  );
});
