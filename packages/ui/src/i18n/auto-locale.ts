/**
 * `locale="auto"`: the first supported match of the app's explicit choice, the browser's
 * languages (unless the tenant turned language detection off), the tenant's fallback language,
 * then English. Nothing here reads `navigator` on the server or while hydrating.
 */
import { useSyncExternalStore } from 'react';
import { defaultLocale, resolveLocale } from './catalogues.js';

/** The tenant's `languageInfo` from the sign-in experience (facts §6). */
export interface TenantLanguageInfo {
  autoDetect?: boolean | undefined;
  fallbackLanguage?: string | undefined;
}

/** True when the kit has a catalogue for the tag (shipped, registered, or English itself). */
export function isSupportedLocale(tag: string): boolean {
  return resolveLocale(tag) !== defaultLocale || tag.toLowerCase().split('-')[0] === defaultLocale;
}

/**
 * The locale to show, as the requested tag (so `en-GB` keeps British dates).
 * @example chooseLocale({ preferred: ['xx', 'ko-KR'] }); // 'ko-KR'
 */
export function chooseLocale({
  requested,
  preferred = [],
  languageInfo,
}: {
  /** The app's choice; `auto` or unset for none. */
  requested?: string | undefined;
  /** The browser's languages, best first (`navigator.languages`). */
  preferred?: readonly string[];
  languageInfo?: TenantLanguageInfo | undefined;
}): string {
  const candidates: string[] = [];
  if (requested && requested !== 'auto') candidates.push(requested);
  if (languageInfo?.autoDetect !== false) candidates.push(...preferred);
  if (languageInfo?.fallbackLanguage) candidates.push(languageInfo.fallbackLanguage);
  return candidates.find(isSupportedLocale) ?? defaultLocale;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}
// A string, so the snapshot stays equal between reads while the list does not change.
const browserLanguages = () => navigator.languages.join(',');
const noLanguages = () => '';

/**
 * The browser's languages, following `languagechange`; none on the server and during hydration
 * (React then re-renders with the browser's), so the server's HTML matches.
 */
export function useBrowserLanguages(enabled: boolean): readonly string[] {
  const joined = useSyncExternalStore(
    enabled ? subscribe : noSubscription,
    enabled ? browserLanguages : noLanguages,
    noLanguages,
  );
  return joined ? joined.split(',') : [];
}

function noSubscription(): () => void {
  return () => {};
}
