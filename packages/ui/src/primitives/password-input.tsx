import { forwardRef, useState } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { useTranslate } from '../i18n/i18n-provider.js';
import { cx } from '../lib/cx.js';
import { useFieldControl } from './field.js';
import { EyeIcon, EyeOffIcon } from './icons.js';
import { VisuallyHidden } from './visually-hidden.js';

export interface PasswordInputProps extends Omit<ComponentPropsWithoutRef<'input'>, 'type'> {
  /** Class for the input itself; `className` goes on the wrapper. */
  inputClassName?: string;
  /** Start with the password shown. */
  defaultVisible?: boolean;
}

/**
 * A password input with its own show/hide button: a toggle (`aria-pressed`) with a fixed
 * accessible name, so screen readers hear "Show password, toggle button, pressed". The ref and
 * all input props go to the `<input>`; `autoComplete` defaults to `current-password`.
 */
export const PasswordInput = forwardRef<HTMLInputElement, PasswordInputProps>(
  function PasswordInput(
    {
      className,
      inputClassName,
      defaultVisible = false,
      autoComplete = 'current-password',
      disabled,
      ...props
    },
    ref,
  ) {
    const t = useTranslate();
    const [visible, setVisible] = useState(defaultVisible);
    const inputProps = useFieldControl(props);
    return (
      <div
        data-slot="password-input"
        data-state={visible ? 'visible' : 'hidden'}
        className={cx('ac-password-input', className)}
      >
        <input
          ref={ref}
          data-slot="input"
          type={visible ? 'text' : 'password'}
          autoComplete={autoComplete}
          autoCapitalize="off"
          spellCheck={false}
          disabled={disabled}
          className={cx('ac-input', inputClassName)}
          {...inputProps}
        />
        <button
          type="button"
          data-slot="password-toggle"
          className="ac-password-toggle"
          aria-pressed={visible}
          aria-controls={inputProps.id}
          disabled={disabled}
          onClick={() => setVisible((current) => !current)}
        >
          {visible ? <EyeOffIcon /> : <EyeIcon />}
          <VisuallyHidden>{t('common.showPassword')}</VisuallyHidden>
        </button>
      </div>
    );
  },
);
