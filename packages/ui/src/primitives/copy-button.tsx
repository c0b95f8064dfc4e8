import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslate } from '../i18n/i18n-provider.js';
import { Button } from './button.js';
import type { ButtonProps } from './button.js';
import { CheckIcon, CopyIcon } from './icons.js';
import { useAnnounce } from './live-region.js';
import { VisuallyHidden } from './visually-hidden.js';

export interface CopyButtonProps extends Omit<ButtonProps, 'value' | 'children' | 'asChild'> {
  /** The text to copy. */
  value: string;
  /**
   * What is copied, for the icon-only button's accessible name ("Copy setup key"); default
   * "Copy". Ignored when `children` gives visible text.
   */
  label?: string;
  /** Visible text next to the icon. */
  children?: ReactNode;
}

const RESET_AFTER_MS = 2_000;

/**
 * Copies `value` to the clipboard, flips its icon to a check and announces the result through
 * the live region (or, when the clipboard is unavailable, asks the user to copy by hand).
 */
export function CopyButton({ value, label, children, onClick, size, ...props }: CopyButtonProps) {
  const t = useTranslate();
  const announce = useAnnounce();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const name = label ? t('common.copyValue', { label }) : t('common.copy');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
      announce(t('common.copied'));
    } catch {
      setState('failed');
      announce(t('common.copyFailed'), { politeness: 'assertive' });
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), RESET_AFTER_MS);
  };

  return (
    <Button
      data-slot="copy-button"
      data-state={state}
      size={size ?? (children ? 'md' : 'icon')}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) void copy();
      }}
      {...props}
    >
      {state === 'copied' ? <CheckIcon /> : <CopyIcon />}
      {children ?? <VisuallyHidden>{name}</VisuallyHidden>}
    </Button>
  );
}
