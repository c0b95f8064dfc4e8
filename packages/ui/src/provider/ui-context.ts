import { createContext, useContext } from 'react';

export type Theme = 'light' | 'dark';

export interface UiSettings {
  /** Explicit theme, or undefined to follow `prefers-color-scheme`. */
  theme?: Theme | undefined;
  /** Text direction forced by the app, if any. */
  dir?: 'ltr' | 'rtl' | undefined;
}

export const UiSettingsContext = createContext<UiSettings>({});

/** Theme and direction of the nearest kit root, for parts rendered in a portal. */
export function useUiSettings(): UiSettings {
  return useContext(UiSettingsContext);
}
