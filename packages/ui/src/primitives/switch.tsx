import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, MouseEvent } from 'react';
import { useTranslate } from '../i18n/i18n-provider.js';
import { cx } from '../lib/cx.js';
import { useControllableState } from '../lib/use-controllable-state.js';
import { useFieldControl } from './field.js';

export interface SwitchProps extends Omit<
  ComponentPropsWithoutRef<'button'>,
  'value' | 'defaultValue' | 'onChange'
> {
  checked?: boolean;
  defaultChecked?: boolean;
  onCheckedChange?: (checked: boolean) => void;
  /**
   * A change is being saved: `aria-busy`, clicks ignored, the switch keeps showing the current
   * (server) state until the caller updates `checked`.
   */
  pending?: boolean;
}

/**
 * An on/off switch (`role="switch"`, `aria-checked`, Space/Enter toggle). Name it with a
 * `FieldLabel`, `aria-label` or `aria-labelledby`.
 */
export const Switch = forwardRef<HTMLButtonElement, SwitchProps>(function Switch(
  {
    checked,
    defaultChecked = false,
    onCheckedChange,
    pending = false,
    className,
    onClick,
    ...props
  },
  ref,
) {
  const [isChecked, setChecked] = useControllableState({
    value: checked,
    defaultValue: defaultChecked,
    onChange: onCheckedChange,
  });
  const t = useTranslate();
  const state = isChecked ? 'checked' : 'unchecked';
  return (
    <button
      ref={ref}
      type="button"
      role="switch"
      aria-checked={isChecked}
      aria-busy={pending || undefined}
      aria-disabled={pending || undefined}
      data-slot="switch"
      data-state={state}
      data-pending={pending ? '' : undefined}
      className={cx('ac-switch', className)}
      {...useFieldControl(props)}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (event.defaultPrevented || pending) return;
        setChecked(!isChecked);
      }}
    >
      <span data-slot="switch-thumb" data-state={state} className="ac-switch-thumb" />
      {/* Visible On/Off for unstyled mode (the stylesheet hides it); `aria-checked` carries the state. */}
      <span data-slot="switch-state" className="ac-switch-state" aria-hidden="true">
        {isChecked ? t('common.on') : t('common.off')}
      </span>
    </button>
  );
});
