import { useContext } from 'react';
import { KitContext } from './kit.js';
import type { AccountKit } from './kit.js';

/**
 * The kit of an enclosing `<AccountCenterProvider>`, or `null` outside one: for UI roots that
 * work with or without the data provider (the styled kit's locale and branding read the
 * tenant's settings through it when it is there).
 */
export function useOptionalAccountKit(): AccountKit | null {
  return useContext(KitContext);
}

const uiLocales = new WeakMap<AccountKit, { current: string | undefined }>();

/** @internal The provider's box for the UI's resolved locale (its client reads it per request). */
export function linkUiLocale(kit: AccountKit, box: { current: string | undefined }): void {
  uiLocales.set(kit, box);
}

/**
 * Tells the kit's client which locale the UI resolved (`locale="auto"`), so `Accept-Language`
 * follows it and Logto's own messages come back in the language on screen. A `locale` given to
 * the provider itself wins. Idempotent: safe to call during render.
 */
export function setUiLocale(kit: AccountKit, locale: string | undefined): void {
  const box = uiLocales.get(kit);
  if (box) box.current = locale;
}
