'use client';
/** `@account-center/ui/mfa-settings`: the two-step verification switches. */
export { MfaSettings, MfaSettingsToggle, PasskeyPromptToggle } from './mfa-settings.js';
export type {
  MfaSettingsProps,
  MfaSettingsToggleProps,
  PasskeyPromptToggleProps,
} from './mfa-settings.js';
