'use client';
/**
 * `@account-center/ui/mfa-settings`: the two-step verification switches and code factors; the
 * section's parts (`MfaSettings.Root`, `.AskOnSignIn`, … on the component itself).
 */
export { MfaSettings, MfaSettingsToggle, PasskeyPromptToggle } from './mfa-settings.js';
export type {
  MfaSettingsProps,
  MfaSettingsToggleProps,
  PasskeyPromptToggleProps,
} from './mfa-settings.js';
export {
  MfaSettingsAskOnSignIn,
  MfaSettingsCodeFactors,
  MfaSettingsContent,
  MfaSettingsDescription,
  MfaSettingsHeader,
  MfaSettingsPasskeyPrompt,
  MfaSettingsRequired,
  MfaSettingsRoot,
  MfaSettingsTitle,
} from './mfa-settings-parts.js';
export type { MfaSettingsRootProps, MfaSettingsTitleProps } from './mfa-settings-parts.js';
export { MfaCodeFactors } from './code-factors.js';
export type { MfaCodeFactorsProps } from './code-factors.js';
