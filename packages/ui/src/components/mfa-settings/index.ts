'use client';
/** `@account-center/ui/mfa-settings`: the two-step verification switches and code factors. */
export { MfaSettings, MfaSettingsToggle, PasskeyPromptToggle } from './mfa-settings.js';
export type {
  MfaSettingsProps,
  MfaSettingsToggleProps,
  PasskeyPromptToggleProps,
} from './mfa-settings.js';
export { MfaCodeFactors } from './code-factors.js';
export type { MfaCodeFactorsProps } from './code-factors.js';
