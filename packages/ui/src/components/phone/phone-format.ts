/**
 * Phone formatting with `libphonenumber-js/min`, which only `PhoneChange` loads (lazily, from
 * `phone-lib.ts`): this module holds no `import()` of it, so the step-up dialog can show numbers
 * formatted once the library is there (and as `+digits` before) without pulling it into its graph.
 */
import { useSyncExternalStore } from 'react';

export type PhoneLib = typeof import('./phone-lib-impl.js'); // eslint-disable-line @typescript-eslint/consistent-type-imports

let lib: PhoneLib | undefined;
const listeners = new Set<() => void>();

/** Called by the loader once the library is there. */
export function providePhoneLib(module: PhoneLib): void {
  lib = module;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The library once loaded (by `PhoneChange`), else `undefined`. */
export function usePhoneLib(): PhoneLib | undefined {
  return useSyncExternalStore(
    subscribe,
    () => lib,
    () => undefined,
  );
}

/** Stored digits (E.164 without "+", §12) as a readable international number. */
export function formatPhoneDigits(digits: string, phoneLib: PhoneLib | undefined): string {
  const international = `+${digits}`;
  if (!phoneLib) return international;
  try {
    return (
      phoneLib.parsePhoneNumberFromString(international)?.formatInternational() ?? international
    );
  } catch {
    return international;
  }
}

/** A stored phone for display; formatted once the library is loaded. */
export function useDisplayPhone(digits: string | null | undefined): string {
  const phoneLib = usePhoneLib();
  return digits ? formatPhoneDigits(digits, phoneLib) : '';
}
