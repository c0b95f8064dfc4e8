'use client';
// Explicit barrel (house style 15): named exports, types on their own lines.
export { AccountCenterProvider } from './provider.js';
export type { AccountCenterProviderProps } from './provider.js';
export { useSignOut } from './tab-sync.js';
export { useAccountCenter } from './kit.js';
export { setUiLocale, useOptionalAccountCenter } from './ui-locale.js';
export type {
  AccountCenterKit,
  AccountField,
  VerificationHandler,
  VerificationMethodOption,
  VerificationRequest,
  VerificationRequirement,
} from './kit.js';
export { accountKeys } from './keys.js';
export { accountQueries } from './queries.js';
export type { DiscoveredSettings, SocialConnector, SocialIdentities } from './queries.js';
export { accountMutations, toPhoneDigits } from './mutations.js';
export type { AccountMutationName } from './mutations.js';
export {
  useAccountMutation,
  useBackupCodes,
  useGrants,
  useLogtoConfigs,
  useMfaFactors,
  useMfaSettings,
  useMyAccount,
  useSessions,
  useSocialIdentities,
} from './hooks.js';
export type { AccountMutationOptions, QueryHookOptions, VerifiedQueryResult } from './hooks.js';
export { useAccountCenterSettings } from './settings.js';
export type { AccountCenterSettingsView, Fact, FieldLevel } from './settings.js';
export { useVerification, useVerificationPrompt } from './verification.js';
export type {
  CodeTarget,
  UseVerificationResult,
  VerificationFlowState,
  VerificationPrompt,
} from './verification.js';
export { VerificationCancelledError, isCodeRejected, isQuietError } from './errors.js';
export { useEmailChange, usePhoneChange } from './flows/identifier-change.js';
export type { IdentifierChange, IdentifierChangeState } from './flows/identifier-change.js';
export { usePasskeyRegistration } from './flows/passkey-registration.js';
export type {
  PasskeyRegistration,
  PasskeyRegistrationState,
} from './flows/passkey-registration.js';
export { useTotpSetup } from './flows/totp-setup.js';
export type { TotpSetup, TotpSetupState } from './flows/totp-setup.js';
export { useBackupCodeSetup, useInterruptedBackupCodes } from './flows/backup-codes.js';
export type {
  BackupCodeSetup,
  BackupCodeSetupState,
  InterruptedBackupCodes,
  InterruptedBackupCodesState,
} from './flows/backup-codes.js';
export {
  SOCIAL_LINK_STORAGE_KEY,
  useSocialLink,
  useSocialLinkCallback,
} from './flows/social-link.js';
export type {
  SocialLinkCallbackState,
  SocialLinkOptions,
  SocialLinkState,
} from './flows/social-link.js';
