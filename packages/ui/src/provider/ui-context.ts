import { createContext, useContext } from 'react';

export type Theme = 'light' | 'dark';

/** The tenant's branding as the kit applies it (`branding="tenant"`). */
export interface TenantBrand {
  /** The class carrying the tenant's tokens, on the root and on dialog portals. */
  className: string;
  primaryColor?: string | undefined;
  darkPrimaryColor?: string | undefined;
  /** The tenant's `isDarkModeEnabled`: when `false`, the kit stays light unless the app pins a theme. */
  darkMode: boolean;
  logoUrl?: string | null | undefined;
  darkLogoUrl?: string | null | undefined;
}

export interface UiOptions {
  /** Explicit theme, or undefined to follow `prefers-color-scheme`. */
  theme?: Theme | undefined;
  /** Text direction forced by the app, if any. */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The tenant's branding, when the root uses it. */
  brand?: TenantBrand | undefined;
}

export const UiSettingsContext = createContext<UiOptions>({});

/** Theme and direction of the nearest kit root, for parts rendered in a portal. */
export function useUiOptions(): UiOptions {
  return useContext(UiSettingsContext);
}
