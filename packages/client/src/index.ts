/**
 * `@account-center/client`: a typed, zod-validated client for Logto's Account API, Verification
 * API and anonymous `/.well-known` documents. Explicit barrel: every public name is listed here.
 */
export { createAccountClient } from './client.js';
export type { AccountClient, AccountClientOptions } from './client.js';

export { createAccountTransport, toAccountApiError } from './transport.js';
export type {
  AccountTransport,
  AccountTransportOptions,
  RequestOptions,
  TransportRequest,
} from './transport.js';

export { AccountApiError, isAccountApiError } from './errors.js';
export type { AccountApiErrorInit, AccountClientErrorCode } from './errors.js';

export { createVerificationStore, VERIFICATION_STALE_MARGIN_MS } from './verification-store.js';
export type {
  VerificationMethod,
  VerificationRecord,
  VerificationStore,
  VerificationStoreOptions,
} from './verification-store.js';

export { accountRoutes, verificationRequirement } from './route-table.js';
export type { AccountOperation } from './route-table.js';
export type { AccountRoute, HttpMethod, VerificationRequirement } from './route.js';

export {
  deletePrimaryEmail,
  deletePrimaryPhone,
  getAccount,
  updateAccount,
  updatePassword,
  updatePrimaryEmail,
  updatePrimaryPhone,
  updateProfile,
  uploadAvatar,
} from './operations/account.js';
export {
  addIdentity,
  deleteIdentity,
  getIdentityAccessToken,
  getSsoIdentityAccessToken,
  replaceIdentity,
  updateIdentityAccessToken,
} from './operations/identities.js';
export {
  addMfaVerification,
  deleteMfaVerification,
  generateBackupCodes,
  generateTotpSecret,
  getBackupCodes,
  getLogtoConfigs,
  getMfaSettings,
  listMfaVerifications,
  renameMfaVerification,
  replaceTotp,
  updateLogtoConfigs,
  updateMfaSettings,
} from './operations/mfa.js';
export {
  deleteGrant,
  deleteSession,
  deleteTrustedDevice,
  listGrants,
  listSessions,
  listTrustedDevices,
} from './operations/sessions.js';
export {
  createPasswordVerification,
  createSocialVerification,
  createWebAuthnRegistration,
  sendVerificationCode,
  verifySocialVerification,
  verifyVerificationCode,
  verifyWebAuthnRegistration,
} from './operations/verifications.js';
export type {
  SendVerificationCodeInput,
  VerificationCodePurpose,
} from './operations/verifications.js';
export {
  fetchAccountCenterSettings,
  getAccountCenterSettings,
  getSignInExperience,
  getWebAuthnRelatedOrigins,
} from './operations/well-known.js';
export type {
  AccountCenterDiscovery,
  FetchAccountCenterSettingsOptions,
} from './operations/well-known.js';

export {
  accountSchema,
  addressSchema,
  avatarUploadSchema,
  socialIdentitySchema,
  userProfileSchema,
} from './schemas/account.js';
export type {
  Account,
  Address,
  AvatarUpload,
  SocialIdentity,
  UpdateAccountInput,
  UpdateProfileInput,
  UserProfile,
} from './schemas/account.js';
export { providerAccessTokenSchema } from './schemas/identities.js';
export type { ProviderAccessToken } from './schemas/identities.js';
export {
  backupCodesSchema,
  generatedBackupCodesSchema,
  logtoConfigsSchema,
  mfaSettingsSchema,
  mfaVerificationListSchema,
  mfaVerificationSchema,
  totpSecretSchema,
} from './schemas/mfa.js';
export type {
  AddMfaVerificationInput,
  BackupCodes,
  GeneratedBackupCodes,
  LogtoConfigs,
  MfaFactorType,
  MfaSettings,
  MfaVerification,
  TotpSecret,
  UpdateLogtoConfigsInput,
} from './schemas/mfa.js';
export {
  grantListSchema,
  grantSchema,
  sessionListSchema,
  sessionSchema,
  trustedDeviceListSchema,
  trustedDeviceSchema,
} from './schemas/sessions.js';
export type {
  Grant,
  GrantList,
  Session,
  SessionList,
  TrustedDevice,
  TrustedDevicePage,
} from './schemas/sessions.js';
export {
  socialVerificationSchema,
  verificationRecordCreatedSchema,
  verificationRecordVerifiedSchema,
  webAuthnRegistrationOptionsSchema,
  webAuthnRegistrationSchema,
} from './schemas/verifications.js';
export type {
  SocialVerification,
  VerificationCodeIdentifier,
  VerificationCodeTemplate,
  VerificationRecordCreated,
  VerificationRecordVerified,
  WebAuthnRegistration,
  WebAuthnRegistrationOptions,
} from './schemas/verifications.js';
export {
  accountCenterFieldsSchema,
  accountCenterSettingsSchema,
  passwordPolicySchema,
  signInExperienceSchema,
  webAuthnRelatedOriginsSchema,
} from './schemas/well-known.js';
export type {
  AccountCenterFieldLevel,
  AccountCenterFields,
  AccountCenterSettings,
  SignInExperience,
  WebAuthnRelatedOrigins,
} from './schemas/well-known.js';

export {
  checkPassword,
  defaultPasswordPolicy,
  passwordSymbols,
  resolvePasswordPolicy,
} from './password-policy.js';
export type {
  PasswordIssue,
  PasswordIssueCode,
  PasswordPolicy,
  PasswordUserInfo,
  ResolvedPasswordPolicy,
} from './password-policy.js';

export { buildOtpAuthUri } from './otp.js';
export { toSimpleWebAuthnOptions, toWebAuthnVerifyPayload } from './webauthn.js';
export type {
  CreationOptionsJSON,
  RegistrationResponseJSON,
  WebAuthnVerifyPayload,
} from './webauthn.js';
