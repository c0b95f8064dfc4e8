/**
 * `useI18n` with every message: used by the components of the security and sessions areas
 * (passkeys, authenticator app, backup codes, social, two-step, sessions, apps) and exported as
 * the package's public `useI18n` / `useTranslate`. Those areas' English messages (`enSecurity`)
 * ship with these hooks rather than with every component, so an app showing only the profile
 * never downloads them; a full catalogue (any other locale, or English the app registered)
 * already has them and wins.
 */
import { useI18n } from './i18n-provider.js';
import type { I18n } from './create-i18n.js';
import { enSecurity } from './locales/en.js';
import type { Translate } from './types.js';

const extended = new WeakMap<I18n, I18n>();

export function useSecurityI18n(): I18n {
  const base = useI18n();
  let i18n = extended.get(base);
  if (!i18n) {
    i18n = base.extend(enSecurity);
    extended.set(base, i18n);
  }
  return i18n;
}

export function useSecurityTranslate(): Translate {
  return useSecurityI18n().t;
}
