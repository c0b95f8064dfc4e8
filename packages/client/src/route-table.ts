/**
 * The whole route catalogue keyed by operation name (contract §5, §4.3, §2), for code that needs
 * to reason about routes in general: the React step-up prompt, the simulator, docs.
 */
import * as account from './operations/account.js';
import * as identities from './operations/identities.js';
import * as mfa from './operations/mfa.js';
import * as sessions from './operations/sessions.js';
import * as verifications from './operations/verifications.js';
import * as wellKnown from './operations/well-known.js';
import type { AccountRoute, VerificationRequirement } from './route.js';

/** Every route of the contract, keyed by the name of the operation that calls it. */
export const accountRoutes = {
  getAccount: account.getAccountRoute,
  updateAccount: account.updateAccountRoute,
  updateProfile: account.updateProfileRoute,
  updatePassword: account.updatePasswordRoute,
  uploadAvatar: account.uploadAvatarRoute,
  updatePrimaryEmail: account.updatePrimaryEmailRoute,
  deletePrimaryEmail: account.deletePrimaryEmailRoute,
  updatePrimaryPhone: account.updatePrimaryPhoneRoute,
  deletePrimaryPhone: account.deletePrimaryPhoneRoute,
  addIdentity: identities.addIdentityRoute,
  replaceIdentity: identities.replaceIdentityRoute,
  deleteIdentity: identities.deleteIdentityRoute,
  getIdentityAccessToken: identities.getIdentityAccessTokenRoute,
  updateIdentityAccessToken: identities.updateIdentityAccessTokenRoute,
  getSsoIdentityAccessToken: identities.getSsoIdentityAccessTokenRoute,
  listMfaVerifications: mfa.listMfaVerificationsRoute,
  addMfaVerification: mfa.addMfaVerificationRoute,
  replaceTotp: mfa.replaceTotpRoute,
  generateTotpSecret: mfa.generateTotpSecretRoute,
  generateBackupCodes: mfa.generateBackupCodesRoute,
  getBackupCodes: mfa.getBackupCodesRoute,
  renameMfaVerification: mfa.renameMfaVerificationRoute,
  deleteMfaVerification: mfa.deleteMfaVerificationRoute,
  getMfaSettings: mfa.getMfaSettingsRoute,
  updateMfaSettings: mfa.updateMfaSettingsRoute,
  getLogtoConfigs: mfa.getLogtoConfigsRoute,
  updateLogtoConfigs: mfa.updateLogtoConfigsRoute,
  listSessions: sessions.listSessionsRoute,
  deleteSession: sessions.deleteSessionRoute,
  listGrants: sessions.listGrantsRoute,
  deleteGrant: sessions.deleteGrantRoute,
  listTrustedDevices: sessions.listTrustedDevicesRoute,
  deleteTrustedDevice: sessions.deleteTrustedDeviceRoute,
  createPasswordVerification: verifications.createPasswordVerificationRoute,
  sendVerificationCode: verifications.sendVerificationCodeRoute,
  verifyVerificationCode: verifications.verifyVerificationCodeRoute,
  createSocialVerification: verifications.createSocialVerificationRoute,
  verifySocialVerification: verifications.verifySocialVerificationRoute,
  createWebAuthnRegistration: verifications.createWebAuthnRegistrationRoute,
  verifyWebAuthnRegistration: verifications.verifyWebAuthnRegistrationRoute,
  getAccountCenterSettings: wellKnown.getAccountCenterSettingsRoute,
  getSignInExperience: wellKnown.getSignInExperienceRoute,
  getWebAuthnRelatedOrigins: wellKnown.getWebAuthnRelatedOriginsRoute,
} as const satisfies Record<string, AccountRoute>;

/** Name of one client operation. */
export type AccountOperation = keyof typeof accountRoutes;

/**
 * Whether an operation needs the `logto-verification-id` header (§5 legend: A → `always`,
 * C → `when-user-has-method`, – → `never`). `updateAccount` needs it only when the input
 * changes `username`, so pass the input for that one.
 *
 * @example
 * verificationRequirement('updatePrimaryEmail'); // 'always'
 * verificationRequirement('updateAccount', { username: 'ada' }); // 'always'
 */
export function verificationRequirement(
  operation: AccountOperation,
  input?: { username?: unknown },
): VerificationRequirement {
  if (operation === 'updateAccount') return account.updateAccountVerification(input ?? {});
  return accountRoutes[operation].verification;
}
