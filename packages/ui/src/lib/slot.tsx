import { cloneElement, isValidElement } from 'react';
import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { composeRefs } from './compose-refs.js';

/** `Slot`'s props: an element's attributes and `ref`, given to the one child it renders. */
export interface SlotProps extends HTMLAttributes<HTMLElement> {
  ref?: Ref<HTMLElement> | undefined;
  children?: ReactNode;
}

type AnyProps = Record<string, unknown>;
const HANDLER = /^on[A-Z]/;

/**
 * Renders its child element with the slot's props merged in (what `asChild` does): the child's
 * own props win, except that event handlers both run (the child's first), `className`s join,
 * `style`s merge (the child's on top) and both refs are set. Anything but one element renders
 * nothing.
 */
export function Slot({ children, ref, ...props }: SlotProps) {
  if (!isValidElement<AnyProps>(children)) return null;
  const child = children;
  const own = child.props;
  const merged: AnyProps = { ...props, ...own };
  for (const [key, value] of Object.entries(props as AnyProps)) {
    const childValue = own[key];
    if (HANDLER.test(key) && typeof value === 'function' && typeof childValue === 'function') {
      merged[key] = (...args: unknown[]) => {
        const result: unknown = childValue(...args);
        value(...args);
        return result;
      };
    } else if (key === 'className' && childValue) {
      merged[key] = `${String(value)} ${String(childValue)}`;
    } else if (key === 'style' && childValue) {
      merged[key] = { ...(value as object), ...(childValue as object) };
    }
  }
  const childRef = own['ref'] as Ref<HTMLElement> | undefined;
  merged['ref'] = ref && childRef ? composeRefs(ref, childRef) : (ref ?? childRef);
  return cloneElement(child, merged);
}
