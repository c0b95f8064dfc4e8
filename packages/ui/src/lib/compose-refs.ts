import { useMemo } from 'react';
import type { Ref, RefCallback } from 'react';

/**
 * One callback ref that feeds several refs (a part's own and the caller's `ref` prop). Works with
 * React 19, which calls the returned cleanup on detach, and React 18, which calls it with `null`.
 */
export function composeRefs<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  const assign = (node: T | null) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    }
  };
  return (node) => {
    assign(node);
    return node === null ? undefined : () => assign(null);
  };
}

/** `composeRefs`, kept stable across renders so React does not detach and re-attach each time. */
export function useComposedRefs<T>(own: Ref<T> | undefined, given: Ref<T> | undefined) {
  return useMemo(() => composeRefs(own, given), [own, given]);
}
