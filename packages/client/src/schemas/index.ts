/**
 * `@account-center/client/schemas`: the zod/mini schemas every response is parsed with, for apps
 * that validate data of their own (e.g. settings handed from the server). Types live in the main
 * entry.
 */
export {
  accountSchema,
  addressSchema,
  avatarUploadSchema,
  socialIdentitySchema,
  userProfileSchema,
} from './account.js';
export { providerAccessTokenSchema } from './identities.js';
export { customProfileFieldPartSchema, customProfileFieldSchema } from './profile-fields.js';
export {
  backupCodesSchema,
  generatedBackupCodesSchema,
  logtoConfigsSchema,
  mfaSettingsSchema,
  mfaVerificationListSchema,
  mfaVerificationSchema,
  totpSecretSchema,
} from './mfa.js';
export {
  grantListSchema,
  grantSchema,
  sessionListSchema,
  sessionSchema,
  trustedDeviceListSchema,
  trustedDeviceSchema,
} from './sessions.js';
export {
  socialVerificationSchema,
  verificationRecordCreatedSchema,
  verificationRecordVerifiedSchema,
  webAuthnRegistrationOptionsSchema,
  webAuthnRegistrationSchema,
} from './verifications.js';
export {
  accountCenterFieldsSchema,
  accountCenterSettingsSchema,
  passwordPolicySchema,
  signInExperienceSchema,
  usernamePolicySchema,
  webAuthnRelatedOriginsSchema,
} from './well-known.js';
