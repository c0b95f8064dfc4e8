'use client';
/**
 * @account-center/ui: accessible, themeable account-management components for Logto.
 * Import the stylesheet once: `import '@account-center/ui/styles.css'` (optional: without it the
 * markup is unstyled but complete).
 *
 * This root entry holds what every screen shares: the provider, i18n and theming. The components
 * have their own entries, so an app's bundler (whichever it is) loads only what it renders:
 * `@account-center/ui/account-center` (the drop-in page), `/primitives`, and one per feature:
 * `/profile`, `/email`, `/phone`, `/password`, `/verification`, `/delete-account`, `/passkeys`,
 * `/totp`, `/backup-codes`, `/social`, `/mfa-settings`, `/sessions`, `/authorized-apps`.
 */

// Provider and theming
export { AccountCenterUiProvider } from './provider/account-center-ui-provider.js';
export type { AccountCenterUiProviderProps } from './provider/account-center-ui-provider.js';
export { useUiOptions } from './provider/ui-context.js';
export type { Theme, UiOptions } from './provider/ui-context.js';
export { setCspNonce } from './lib/csp.js';

// i18n
export { I18nProvider } from './i18n/i18n-provider.js';
// The app-facing hooks see every message (English areas included); the kit's own components use
// narrower ones so an app pays only for the English copy of what it renders.
export { useFullI18n as useI18n, useFullTranslate as useTranslate } from './i18n/area-i18n.js';
export type { I18nProviderProps } from './i18n/i18n-provider.js';
export { createI18n, isSilentError, localeDirection } from './i18n/create-i18n.js';
export type { DateInput, I18n } from './i18n/create-i18n.js';
export {
  availableLocales,
  defaultLocale,
  getLoadedMessages,
  loadMessages,
  registerLocale,
  resolveLocale,
} from './i18n/catalogues.js';
export { en } from './i18n/locales/en.js';
export type {
  CustomFieldMessages,
  ErrorLike,
  MessageKey,
  MessageOverrides,
  MessageValue,
  MessageValues,
  Messages,
  PasswordIssue,
  PluralMessage,
  PluralMessageKey,
  Translate,
} from './i18n/types.js';
