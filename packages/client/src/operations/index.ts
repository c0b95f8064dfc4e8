/**
 * `@account-center/client/operations`: one standalone function per route, for apps that pair
 * `createAccountTransport` with just the operations they call (each pulls only its own schema),
 * plus the route catalogue. `createAccountClient` in the main entry offers all of them as methods.
 */
export { accountRoutes, verificationRequirement } from '../route-table.js';
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
} from './account.js';
export {
  addIdentity,
  deleteIdentity,
  getIdentityAccessToken,
  getSsoIdentityAccessToken,
  replaceIdentity,
  updateIdentityAccessToken,
} from './identities.js';
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
} from './mfa.js';
export {
  deleteGrant,
  deleteSession,
  deleteTrustedDevice,
  listGrants,
  listSessions,
  listTrustedDevices,
} from './sessions.js';
export {
  createPasswordVerification,
  createSocialVerification,
  createWebAuthnRegistration,
  sendVerificationCode,
  verifySocialVerification,
  verifyVerificationCode,
  verifyWebAuthnRegistration,
} from './verifications.js';
export {
  getAccountCenterSettings,
  getSignInExperience,
  getWebAuthnRelatedOrigins,
} from './well-known.js';
