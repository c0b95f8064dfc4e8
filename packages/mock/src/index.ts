/**
 * `@account-center/mock`: a stateful simulator of Logto's Account API and Verification API.
 * Adapters live in their own entries: `@account-center/mock/msw`, `@account-center/mock/browser`
 * (MSW worker) and `@account-center/mock/node` (HTTP server).
 */

export { createAccountApiSimulator } from './simulator.js';
export type {
  AccountApiSimulator,
  AccountApiSimulatorOptions,
  HandleOptions,
  MintTokenOptions,
  SocialControls,
  StorageLike,
} from './simulator.js';
export { createSimulatorFetch } from './fetch.js';
export type { SimulatorFetchOptions } from './fetch.js';
export { createSimulatorClock } from './clock.js';
export type { Clock, SimulatorClock } from './clock.js';
export { SimulatedNetworkError } from './faults.js';
export type { FaultControls, FaultSpec } from './faults.js';
export type { SimulatorInbox } from './inbox.js';
export type { AccountCenterPatch, AdminControls, UserPatch } from './admin.js';
export type {
  SocialAuthorizationParams,
  SocialAuthorizationRequest,
  SocialAuthorizeOptions,
} from './social.js';
export { SOCIAL_AUTHORIZE_PATH } from './social.js';
export { ERROR_MESSAGES } from './errors.js';
export { managementApiResource } from './management/handler.js';
export {
  DEMO_SPA_APP_ID,
  DOCTOR_M2M_APP_ID,
  DOCTOR_M2M_NO_ROLE_APP_ID,
  DOCTOR_M2M_NO_ROLE_SECRET,
  DOCTOR_M2M_SECRET,
} from './management/state.js';
export type {
  ApplicationRow,
  ApplicationSeed,
  CustomProfileFieldRow,
  CustomProfileFieldSeed,
  MachineToMachineSeed,
  ManagementSeed,
  ManagementState,
} from './management/state.js';
export { customFieldOfEachType, recordedCustomProfileFields } from './custom-profile-fields.js';
export { BUILT_IN_LANGUAGES } from './phrases.js';
export { PWNED_PASSWORDS } from './password.js';
export { VERIFICATION_RECORD_LIFETIME_MS, MAX_SENDS_PER_RECIPIENT } from './records.js';
export { base32Decode, base32Encode, isValidTotpSecret, totpCode, verifyTotpCode } from './totp.js';
export {
  ACCOUNT_CENTER_FIELDS,
  ALL_SCOPES,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  DEMO_USER_ID,
  EMAIL_CONNECTOR_ID,
  GITHUB_CONNECTOR_ID,
  GOOGLE_CONNECTOR_ID,
  OTHER_USER_ID,
  SMS_CONNECTOR_ID,
  TENANT_ID,
  allFields,
  defaultBackupCodes,
  defaultPasswordPolicy,
  defaultSocialConnectors,
  defaultUsernamePolicy,
  demoUserSeed,
  mfaUserSeed,
  otherUserSeed,
  socialOnlyUserSeed,
} from './seed.js';
export type {
  GrantSeed,
  MfaSeed,
  SessionSeed,
  SocialConnectorSeed,
  TenantSeed,
  UserSeed,
} from './seed.js';
export type {
  AccountCenterField,
  AccountCenterSettings,
  ConnectorState,
  CustomPhraseState,
  FieldLevel,
  InboxMessage,
  MfaFactor,
  MfaPolicy,
  PasswordPolicy,
  SignInExperience,
  SocialConnectorPlatform,
  SocialProviderUser,
  TenantState,
  TrustedDeviceState,
  UsernamePolicy,
  UserState,
} from './types.js';
