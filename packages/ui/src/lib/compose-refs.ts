import { useMemo } from 'react';
import type { Ref, RefCallback } from 'react';

/**
 * One callback ref that feeds several refs (a part's own and the caller's `ref` prop). It returns
 * no cleanup, so React 18 and 19 alike call it with `null` on detach.
 */
export function composeRefs<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    }
  };
}

/** `composeRefs`, kept stable across renders so React does not detach and re-attach each time. */
export function useComposedRefs<T>(own: Ref<T> | undefined, given: Ref<T> | undefined) {
  return useMemo(() => composeRefs(own, given), [own, given]);
}
