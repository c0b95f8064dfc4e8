import { useCallback } from 'react';
import type { ComponentProps, CSSProperties } from 'react';
import { useComposedRefs } from '../lib/compose-refs.js';
import { cx } from '../lib/cx.js';

/** What `.ac-sr-only` in styles.css does, as CSSOM property names and values. */
const HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: '0',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: '0',
} as const;

/**
 * Hides an element visually (not from screen readers) through the CSSOM, so hidden text stays
 * hidden in unstyled mode too. Never a `style` attribute in server HTML: a `style-src` without
 * `'unsafe-inline'` blocks those, while setting `element.style` from script is always allowed.
 * On the server the element has only the `ac-sr-only` class of styles.css. `keep` lists
 * properties the caller set itself, which win.
 */
export function hideVisually(node: HTMLElement | null, keep: CSSProperties = {}): void {
  if (!node) return;
  for (const [property, value] of Object.entries(HIDDEN)) {
    if (!(property in keep)) node.style[property as keyof typeof HIDDEN] = value;
  }
}

export type VisuallyHiddenProps = ComponentProps<'span'>;

/** Text for screen readers only. `ref` reaches the `<span>`. */
export function VisuallyHidden({ className, style, ref, ...props }: VisuallyHiddenProps) {
  const hide = useCallback((node: HTMLSpanElement | null) => hideVisually(node, style), [style]);
  const composedRef = useComposedRefs(hide, ref);
  return (
    <span
      ref={composedRef}
      data-slot="visually-hidden"
      className={cx('ac-sr-only', className)}
      style={style}
      {...props}
    />
  );
}
