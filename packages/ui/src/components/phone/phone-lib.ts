/**
 * The lazy load of `libphonenumber-js/min` (tens of kB gzip, its own chunk), started by
 * `PhoneChange` on mount. Kept apart from `phone-format.ts` so only `PhoneChange` has it in its
 * module graph.
 */
import { useEffect } from 'react';
import { providePhoneLib, usePhoneLib } from './phone-format.js';
import type { PhoneLib } from './phone-format.js';

let loading: Promise<PhoneLib> | undefined;

/** Start (or join) the load. */
export function loadPhoneLib(): Promise<PhoneLib> {
  loading ??= import('./phone-lib-impl.js').then(
    (module) => {
      providePhoneLib(module);
      return module;
    },
    (error: unknown) => {
      loading = undefined; // a later mount retries
      throw error;
    },
  );
  return loading;
}

/** Load the library on mount; `undefined` until it is there (or if it fails: digits only). */
export function useLoadedPhoneLib(): PhoneLib | undefined {
  useEffect(() => {
    loadPhoneLib().catch(() => undefined);
  }, []);
  return usePhoneLib();
}
