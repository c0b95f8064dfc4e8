import { useCallback, useLayoutEffect, useState } from 'react';

/**
 * Tracks whether an optional part (a title, a description, an error) is mounted, so the root can
 * point `aria-labelledby`/`aria-describedby` only at ids that exist in the document.
 */
export function usePartRegistry() {
  const [present, setPresent] = useState(false);
  const register = useCallback(() => {
    setPresent(true);
    return () => setPresent(false);
  }, []);
  return [present, register] as const;
}

/** Called by the optional part itself; `active` lets an empty error part unregister. */
export function useRegisterPart(register: (() => () => void) | undefined, active = true) {
  useLayoutEffect(() => {
    if (!register || !active) return undefined;
    return register();
  }, [register, active]);
}
