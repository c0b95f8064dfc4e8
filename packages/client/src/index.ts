/**
 * `@account-center/client`: a typed, zod-validated client for Logto's Account API, Verification
 * API and anonymous `/.well-known` documents. Explicit barrel: every public name is listed here.
 * Values beyond the client itself live in subpath entries, so importing this one stays small:
 * `@account-center/client/operations` (one standalone function per route, and the route table),
 * `/schemas` (the zod schemas) and `/helpers` (password policy, OTP URI, WebAuthn conversion).
 * Every type is exported here.
 */
export { createAccountClient } from './client.js';
export type { AccountClient, AccountClientOptions } from './client.js';

export { createAccountTransport, toAccountApiError } from './transport.js';
export type {
  AccountTransport,
  AccountTransportOptions,
  EnsureVerified,
  RequestOptions,
  TransportRequest,
  VerificationNeed,
} from './transport.js';

export {
  AccountApiError,
  isAccountApiError,
  isMissingRoute,
  isQuietError,
  parseRetryAfter,
} from './errors.js';
export type { AccountApiErrorInit, AccountClientErrorCode } from './errors.js';

export {
  createVerificationStore,
  localRecordExpiry,
  VERIFICATION_RECORD_LIFETIME_MS,
  VERIFICATION_STALE_MARGIN_MS,
} from './verification-store.js';
export type {
  VerificationMethod,
  VerificationRecord,
  VerificationStore,
  VerificationStoreOptions,
} from './verification-store.js';

export type { AccountOperation } from './route-table.js';
export type { AccountRoute, HttpMethod, VerificationRequirement } from './route.js';

export type {
  SendVerificationCodeInput,
  VerificationCodePurpose,
} from './operations/verifications.js';
export { fetchAccountCenterSettings } from './operations/well-known.js';
export type {
  AccountCenterDiscovery,
  FetchAccountCenterSettingsOptions,
} from './operations/well-known.js';

export type {
  Account,
  Address,
  AvatarUpload,
  SocialIdentity,
  UpdateAccountInput,
  UpdateProfileInput,
  UserProfile,
} from './schemas/account.js';

export type { ProviderAccessToken } from './schemas/identities.js';

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

export type {
  Grant,
  GrantList,
  Session,
  SessionList,
  TrustedDevice,
  TrustedDevicePage,
} from './schemas/sessions.js';

export type {
  SocialVerification,
  VerificationCodeIdentifier,
  VerificationCodeTemplate,
  VerificationRecordCreated,
  VerificationRecordVerified,
  WebAuthnRegistration,
  WebAuthnRegistrationOptions,
} from './schemas/verifications.js';

export type {
  AccountCenterFieldLevel,
  AccountCenterFields,
  AccountCenterSettings,
  SignInExperience,
  UsernamePolicy,
  WebAuthnRelatedOrigins,
} from './schemas/well-known.js';

export type { SecondFactor } from './second-factors.js';
export type { UsernamePolicyIssue } from './username-policy.js';

export type {
  CustomProfileField,
  CustomProfileFieldPart,
  CustomProfileFieldType,
} from './schemas/profile-fields.js';

export type {
  PasswordIssue,
  PasswordIssueCode,
  PasswordPolicy,
  PasswordUserInfo,
  ResolvedPasswordPolicy,
} from './password-policy.js';

export type {
  CreationOptionsJSON,
  RegistrationResponseJSON,
  WebAuthnVerifyPayload,
} from './webauthn.js';
// Tenant rules every settings read applies: in the root entry, not `/helpers` (whose other
// helpers would come along into every initial load with some bundlers).
export { isMfaMandatory, isWebConnector } from './tenant-policies.js';
