/**
 * `useI18n` with the English of the security and sessions areas (passkeys, authenticator app,
 * backup codes, social, two-step, sessions, apps): used by those components, so an app showing
 * only the profile never downloads them (see `area-i18n.ts`).
 */
import { useAreaI18n } from './area-i18n.js';
import type { I18n } from './create-i18n.js';
import { enSecurity } from './locales/en.js';
import type { Translate } from './types.js';

export function useSecurityI18n(): I18n {
  return useAreaI18n(enSecurity);
}

export function useSecurityTranslate(): Translate {
  return useSecurityI18n().t;
}
