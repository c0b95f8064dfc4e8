/**
 * Locale, theme and branding chosen in the dev panel (or the real-tenant header), kept in
 * `localStorage` so reloads and the social redirect keep them. The theme is mirrored on `<html data-theme>` so
 * the playground's own chrome follows it too.
 */
import { useSyncExternalStore } from 'react';

/** The 20 shipped locales, each named in its own language. */
export const LOCALES = [
  { value: 'en', label: 'English' },
  { value: 'ar', label: 'العربية' },
  { value: 'cs', label: 'Čeština' },
  { value: 'de', label: 'Deutsch' },
  { value: 'es', label: 'Español' },
  { value: 'fa-IR', label: 'فارسی' },
  { value: 'fr', label: 'Français' },
  { value: 'it', label: 'Italiano' },
  { value: 'ja', label: '日本語' },
  { value: 'ko', label: '한국어' },
  { value: 'pl-PL', label: 'Polski' },
  { value: 'pt-BR', label: 'Português (Brasil)' },
  { value: 'pt-PT', label: 'Português (Portugal)' },
  { value: 'ru', label: 'Русский' },
  { value: 'th', label: 'ไทย' },
  { value: 'tr-TR', label: 'Türkçe' },
  { value: 'uk-UA', label: 'Українська' },
  { value: 'zh-CN', label: '简体中文' },
  { value: 'zh-HK', label: '繁體中文（香港）' },
  { value: 'zh-TW', label: '繁體中文（台灣）' },
] as const;
/**
 * `auto`: the kit picks from the browser's languages (unless the tenant turned detection off),
 * then the tenant's fallback language (`languageInfo` in the dev panel).
 */
export const AUTO_LOCALE = 'auto';
export const THEMES = ['system', 'light', 'dark'] as const;

export type PlaygroundTheme = (typeof THEMES)[number];

/** `<AccountCenter branding>`: the app's `--ac-*` tokens or the tenant's sign-in experience. */
export const BRANDINGS = ['app', 'tenant'] as const;

export type PlaygroundBranding = (typeof BRANDINGS)[number];

export interface Preferences {
  locale: string;
  theme: PlaygroundTheme;
  branding: PlaygroundBranding;
}

const STORAGE_KEY = 'account-center-playground:preferences';
const defaults: Preferences = { locale: 'en', theme: 'system', branding: 'app' };

function load(): Preferences {
  try {
    const stored = JSON.parse(
      localStorage.getItem(STORAGE_KEY) ?? 'null',
    ) as Partial<Preferences> | null;
    const theme = THEMES.find((candidate) => candidate === stored?.theme) ?? defaults.theme;
    const locale =
      stored?.locale === AUTO_LOCALE
        ? AUTO_LOCALE
        : (LOCALES.find((candidate) => candidate.value === stored?.locale)?.value ??
          defaults.locale);
    const branding =
      BRANDINGS.find((candidate) => candidate === stored?.branding) ?? defaults.branding;
    return { locale, theme, branding };
  } catch {
    return defaults;
  }
}

let current: Preferences | undefined;
const listeners = new Set<() => void>();

function apply(preferences: Preferences): void {
  const root = document.documentElement;
  if (preferences.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = preferences.theme;
}

/** The current preferences (read once from storage). */
export function getPreferences(): Preferences {
  if (!current) {
    current = load();
    apply(current);
  }
  return current;
}

/** Changes and stores preferences. */
export function setPreferences(patch: Partial<Preferences>): void {
  current = { ...getPreferences(), ...patch };
  apply(current);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Private browsing without storage: the choice lasts until reload.
  }
  for (const listener of [...listeners]) listener();
}

/** The preferences, re-rendering on change. */
export function usePreferences(): Preferences {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getPreferences,
    () => defaults,
  );
}
