'use client';
// Explicit barrel (house style 15): named exports, types on their own lines.
export { AccountCenterProvider } from './provider.js';
export type { AccountCenterProviderProps } from './provider.js';
export { useSignOut } from './tab-sync.js';
export { useAccountKit } from './kit.js';
export { setUiLocale, useOptionalAccountKit } from './ui-locale.js';
export type {
  AccountKit,
  AccountField,
  TenantDocuments,
  SocialConnector,
  SocialIdentities,
  StepUpRequirement,
  VerificationHandler,
  VerificationMethodOption,
  VerificationRequest,
  VerificationRequirement,
} from './types.js';
export { accountKeys } from './keys.js';
export { accountQueries } from './queries.js';
export { accountMutations } from './mutations.js';
export type { AccountMutationName } from './mutations.js';
export {
  useBackupCodes,
  useGrants,
  useLogtoConfigs,
  useMfaFactors,
  useMfaSettings,
  useMyAccount,
  useSessions,
  useSocialIdentities,
} from './hooks.js';
export type { QueryHookOptions, VerifiedQueryResult } from './hooks.js';
export {
  useAddMfaFactor,
  useChangePassword,
  useEndSession,
  useLinkSocialIdentity,
  useRemoveMfaFactor,
  useRemovePrimaryEmail,
  useRemovePrimaryPhone,
  useRenamePasskey,
  useReplaceSocialIdentity,
  useReplaceTotp,
  useRevokeAppGrants,
  useRevokeGrant,
  useSetPrimaryEmail,
  useSetPrimaryPhone,
  useSignOutOtherSessions,
  useUnlinkSocialIdentity,
  useUpdateAccount,
  useUpdateLogtoConfigs,
  useUpdateMfaSettings,
  useUpdateProfile,
  useUpdateSocialAccessToken,
  useUploadAvatar,
} from './mutation-hooks.js';
export type { AccountMutationResult, MutationHookOptions } from './mutation-hooks.js';
export { useTenantConfig } from './settings.js';
export { useFeature } from './feature.js';
export type { Feature, FeatureName, FeatureStatus } from './feature.js';
export type { TenantConfig, Fact, FieldLevel } from './settings.js';
export {
  useRemoveTrustedDevice,
  useTrustedDevices,
  useTrustedDevicesLevel,
} from './trusted-devices.js';
export { useProfileFields } from './profile-fields.js';
export type {
  ProfileField,
  ProfileFieldIssues,
  ProfileFieldsSaveResult,
  UseProfileFieldsResult,
} from './profile-fields.js';
export { useVerification, useVerificationPrompt } from './verification.js';
export { useReverification } from './reverification.js';
export type { ReverificationOptions } from './reverification.js';
export type {
  CodeTarget,
  UseVerificationResult,
  VerificationFlowState,
  VerificationPrompt,
} from './verification.js';
export { VerificationCancelledError, isCodeRejected, isQuietError } from './errors.js';
export { useEmailChange, usePhoneChange } from './flows/identifier-change/hook.js';
export type { IdentifierChange, IdentifierChangeState } from './flows/identifier-change/hook.js';
export { usePasskeyRegistration } from './flows/passkey-registration/hook.js';
export type {
  PasskeyRegistration,
  PasskeyRegistrationOptions,
  PasskeyRegistrationState,
} from './flows/passkey-registration/hook.js';
export { useTotpSetup } from './flows/totp-setup/hook.js';
export type { TotpSetup, TotpSetupOptions, TotpSetupState } from './flows/totp-setup/hook.js';
export { useBackupCodeSetup, useInterruptedBackupCodes } from './flows/backup-codes/hook.js';
export type {
  BackupCodeSetup,
  BackupCodeSetupState,
  InterruptedBackupCodes,
  InterruptedBackupCodesState,
} from './flows/backup-codes/hook.js';
export { useSocialLink, useSocialLinkCallback } from './flows/social-link/hook.js';
export { usePendingSocialLink } from './flows/social-link/pending.js';
export type {
  SocialLinkCallbackOptions,
  SocialLinkCallbackState,
  SocialLinkOptions,
  SocialLinkState,
} from './flows/social-link/hook.js';
export type { FlowCallbacks } from './flows/types.js';
