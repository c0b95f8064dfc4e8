import { forwardRef } from 'react';
import type { ChangeEvent, ClipboardEvent, ComponentPropsWithoutRef } from 'react';
import { cx } from '../lib/cx.js';
import { useControllableState } from '../lib/use-controllable-state.js';
import { useFieldControl } from './field.js';

export interface CodeInputProps extends Omit<
  ComponentPropsWithoutRef<'input'>,
  'value' | 'defaultValue' | 'onChange' | 'type' | 'maxLength'
> {
  /** Number of digits. Default 6. */
  length?: number;
  value?: string;
  defaultValue?: string;
  /** Called with the digits only (anything else typed or pasted is dropped). */
  onValueChange?: (value: string) => void;
  /** Called once each time the code becomes complete: submit from here. */
  onComplete?: (code: string) => void;
}

/**
 * A one-time code field: one input (not six boxes), so autofill from SMS/email
 * (`autocomplete="one-time-code"`), paste and screen readers all work. Non-digits are stripped;
 * pasting a whole code replaces what was there.
 */
export const CodeInput = forwardRef<HTMLInputElement, CodeInputProps>(function CodeInput(
  { length = 6, value, defaultValue = '', onValueChange, onComplete, onPaste, className, ...props },
  ref,
) {
  const [code, setCode] = useControllableState({ value, defaultValue, onChange: onValueChange });

  const update = (next: string) => {
    const digits = next.replace(/\D/g, '').slice(0, length);
    setCode(digits);
    if (digits.length === length && code.length !== length) onComplete?.(digits);
  };

  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    onPaste?.(event);
    if (event.defaultPrevented) return;
    const digits = event.clipboardData.getData('text').replace(/\D/g, '');
    if (digits.length >= length) {
      event.preventDefault();
      update(digits);
    }
  };

  return (
    <input
      ref={ref}
      data-slot="code-input"
      data-complete={code.length === length ? '' : undefined}
      className={cx('ac-input ac-code-input', className)}
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      autoCorrect="off"
      spellCheck={false}
      size={length + 2}
      {...useFieldControl(props)}
      value={code}
      onChange={(event: ChangeEvent<HTMLInputElement>) => update(event.target.value)}
      onPaste={handlePaste}
    />
  );
});
