/**
 * `createAccountClient`: the transport plus one method per operation, for apps that use most of
 * the API. Apps that need only a few routes can pair `createAccountTransport` with the standalone
 * operation functions instead and ship less.
 */
import * as account from './operations/account.js';
import * as identities from './operations/identities.js';
import * as mfa from './operations/mfa.js';
import * as sessions from './operations/sessions.js';
import * as verifications from './operations/verifications.js';
import * as wellKnown from './operations/well-known.js';
import type {
  Account,
  AvatarUpload,
  UpdateAccountInput,
  UpdateProfileInput,
  UserProfile,
} from './schemas/account.js';
import type { ProviderAccessToken } from './schemas/identities.js';
import type {
  AddMfaVerificationInput,
  BackupCodes,
  GeneratedBackupCodes,
  LogtoConfigs,
  MfaSettings,
  MfaVerification,
  TotpSecret,
  UpdateLogtoConfigsInput,
} from './schemas/mfa.js';
import type { GrantList, SessionList, TrustedDevicePage } from './schemas/sessions.js';
import type {
  SocialVerification,
  VerificationCodeIdentifier,
  VerificationRecordCreated,
  VerificationRecordVerified,
  WebAuthnRegistration,
} from './schemas/verifications.js';
import type {
  AccountCenterSettings,
  SignInExperience,
  WebAuthnRelatedOrigins,
} from './schemas/well-known.js';
import type { SendVerificationCodeInput } from './operations/verifications.js';
import { createAccountTransport } from './transport.js';
import type { AccountTransport, AccountTransportOptions, RequestOptions } from './transport.js';
import type { WebAuthnVerifyPayload } from './webauthn.js';

/** Options for {@link createAccountClient}; `getAccessToken` is required. */
export interface AccountClientOptions extends AccountTransportOptions {
  /**
   * Returns an opaque, resource-less access token, like `@logto/react`'s `getAccessToken()` (§1.1).
   */
  getAccessToken: () => Promise<string | null | undefined>;
}

/** The transport plus one method per operation of the contract. */
export interface AccountClient extends AccountTransport {
  /**
   * Read the signed-in user (`GET /api/my-account`); keys are filtered by scopes and fields (§3.2).
   */
  getAccount(options?: RequestOptions): Promise<Account>;
  /**
   * Update name, avatar, username or custom data (`PATCH /api/my-account`, §6.2). Send at least one
   * key: Logto answers an empty body with a 500 (§6.2).
   */
  updateAccount(input: UpdateAccountInput, options?: RequestOptions): Promise<Account>;
  /** Shallow-merge the OIDC profile (`PATCH /api/my-account/profile`, §6.3). */
  updateProfile(input: UpdateProfileInput, options?: RequestOptions): Promise<UserProfile>;
  /** Set or change the password (`POST /api/my-account/password`, §6.4); resolves on 204. */
  updatePassword(input: { password: string }, options?: RequestOptions): Promise<void>;
  /**
   * Upload an avatar image (multipart field `file`, §6.5). It does not change the account: follow
   * with `updateAccount({ avatar: url })`.
   */
  uploadAvatar(file: Blob, fileName?: string, options?: RequestOptions): Promise<AvatarUpload>;
  /** Set the primary email to a verified new address (`POST …/primary-email`, §6.6). */
  updatePrimaryEmail(
    input: { email: string; newIdentifierVerificationRecordId: string },
    options?: RequestOptions,
  ): Promise<void>;
  /** Remove the primary email (`DELETE …/primary-email`, §6.6). */
  deletePrimaryEmail(options?: RequestOptions): Promise<void>;
  /** Set the primary phone (digits only, no `+`, §12) to a verified new number (§6.6). */
  updatePrimaryPhone(
    input: { phone: string; newIdentifierVerificationRecordId: string },
    options?: RequestOptions,
  ): Promise<void>;
  /** Remove the primary phone (`DELETE …/primary-phone`, §6.6). */
  deletePrimaryPhone(options?: RequestOptions): Promise<void>;
  /** Link a social identity from a verified Social record (`POST …/identities`, §6.7). */
  addIdentity(
    input: { newIdentifierVerificationRecordId: string },
    options?: RequestOptions,
  ): Promise<void>;
  /** Link or replace the identity for that connector target (`PUT …/identities`, §6.7). */
  replaceIdentity(
    input: { newIdentifierVerificationRecordId: string },
    options?: RequestOptions,
  ): Promise<void>;
  /** Unlink the identity of a connector target such as `google` (§6.7). */
  deleteIdentity(target: string, options?: RequestOptions): Promise<void>;
  /** Read the stored provider token of a social identity (§6.7). */
  getIdentityAccessToken(target: string, options?: RequestOptions): Promise<ProviderAccessToken>;
  /** Store a fresh provider token from a verified Social record (§6.7). */
  updateIdentityAccessToken(
    target: string,
    input: { verificationRecordId: string },
    options?: RequestOptions,
  ): Promise<ProviderAccessToken>;
  /** Read the stored provider token of an enterprise-SSO identity (§6.7). */
  getSsoIdentityAccessToken(
    connectorId: string,
    options?: RequestOptions,
  ): Promise<ProviderAccessToken>;
  /** List the user's TOTP, WebAuthn and backup-code factors (§6.8). */
  listMfaVerifications(options?: RequestOptions): Promise<MfaVerification[]>;
  /** Bind a TOTP, backup codes or a passkey (`POST …/mfa-verifications`, §6.8); resolves on 204. */
  addMfaVerification(input: AddMfaVerificationInput, options?: RequestOptions): Promise<void>;
  /** Create or replace the TOTP factor; `code` is required here (`PUT …/totp`, §6.8). */
  replaceTotp(input: { secret: string; code: string }, options?: RequestOptions): Promise<void>;
  /** Generate a TOTP secret to show as a QR code; nothing is stored yet (§6.8). */
  generateTotpSecret(options?: RequestOptions): Promise<TotpSecret>;
  /** Generate ten backup codes to show the user; nothing is stored yet (§6.8). */
  generateBackupCodes(options?: RequestOptions): Promise<GeneratedBackupCodes>;
  /**
   * Read the stored backup codes and their use; `404 verification_record.not_found` when none
   * (§6.8).
   */
  getBackupCodes(options?: RequestOptions): Promise<BackupCodes>;
  /** Rename a passkey; Logto answers the text `OK` (§1.5), so this resolves with nothing. */
  renameMfaVerification(
    verificationId: string,
    input: { name: string },
    options?: RequestOptions,
  ): Promise<void>;
  /** Remove one MFA factor (§6.8). */
  deleteMfaVerification(verificationId: string, options?: RequestOptions): Promise<void>;
  /** Read whether MFA is skipped at sign-in (§6.8). */
  getMfaSettings(options?: RequestOptions): Promise<MfaSettings>;
  /** Choose whether to skip MFA at sign-in (ignored when the tenant requires MFA, §6.8). */
  updateMfaSettings(input: MfaSettings, options?: RequestOptions): Promise<MfaSettings>;
  /** Read the user's MFA and passkey-sign-in prompts state (§6.8). */
  getLogtoConfigs(options?: RequestOptions): Promise<LogtoConfigs>;
  /** Merge flags into the user's Logto configs (§6.8). */
  updateLogtoConfigs(
    input: UpdateLogtoConfigsInput,
    options?: RequestOptions,
  ): Promise<LogtoConfigs>;
  /** List the user's active sessions; at most one has `isCurrent: true` (§6.9). */
  listSessions(options?: RequestOptions): Promise<SessionList>;
  /**
   * Sign a session out; `sessionId` is the session's `payload.uid`. Not-found answers 400 with
   * `data.status: 404`, not 404 (§6.9).
   */
  deleteSession(
    sessionId: string,
    input?: { revokeGrantsTarget?: 'all' | 'firstParty' },
    options?: RequestOptions,
  ): Promise<void>;
  /** List the applications the user has granted access to (§6.9). */
  listGrants(
    input?: { appType?: 'firstParty' | 'thirdParty' },
    options?: RequestOptions,
  ): Promise<GrantList>;
  /** Revoke one application grant (§6.9). */
  deleteGrant(grantId: string, options?: RequestOptions): Promise<void>;
  /** List one page of trusted devices (`page_size` 1–100, default 20) with the total (§6.10). */
  listTrustedDevices(
    input?: { page?: number; pageSize?: number },
    options?: RequestOptions,
  ): Promise<TrustedDevicePage>;
  /** Forget one trusted device (§6.10). */
  deleteTrustedDevice(trustedDeviceId: string, options?: RequestOptions): Promise<void>;
  /**
   * Verify the user's password (`POST /api/verifications/password`, §4.3) and keep the record as
   * the identity-verification header.
   */
  createPasswordVerification(
    input: { password: string },
    options?: RequestOptions,
  ): Promise<VerificationRecordCreated>;
  /**
   * Send a 6-digit code to an email or phone (digits only, §12). Each call creates a new record
   * (§8.1). `purpose` says whether the code proves the user's identity (see {@link
   * SendVerificationCodeInput}); it is inferred from the last account read when omitted.
   */
  sendVerificationCode(
    input: SendVerificationCodeInput,
    options?: RequestOptions,
  ): Promise<VerificationRecordCreated>;
  /**
   * Check the code (`POST …/verification-code/verify`). When the code was sent with `purpose:
   * 'identity'`, the record becomes the identity-verification header record.
   */
  verifyVerificationCode(
    input: { identifier: VerificationCodeIdentifier; verificationId: string; code: string },
    options?: RequestOptions,
  ): Promise<VerificationRecordVerified>;
  /** Start a social verification; redirect the user to `authorizationUri` (§4.3). */
  createSocialVerification(
    input: { connectorId: string; state: string; redirectUri: string; scope?: string },
    options?: RequestOptions,
  ): Promise<SocialVerification>;
  /**
   * Finish a social verification with the query parameters received on `redirectUri`, as an object
   * (`connectorData` must be a JSON object, not a string, §11).
   */
  verifySocialVerification(
    input: { verificationRecordId: string; connectorData: Record<string, unknown> },
    options?: RequestOptions,
  ): Promise<VerificationRecordVerified>;
  /** Get WebAuthn registration options for a new passkey (answers 200, §4.3). */
  createWebAuthnRegistration(options?: RequestOptions): Promise<WebAuthnRegistration>;
  /** Verify the browser's registration response; see `toWebAuthnVerifyPayload` (§4.3). */
  verifyWebAuthnRegistration(
    input: { verificationRecordId: string; payload: WebAuthnVerifyPayload },
    options?: RequestOptions,
  ): Promise<VerificationRecordVerified>;
  /** Read the account-center settings (fields, related origins, delete-account URL), §3.1. */
  getAccountCenterSettings(options?: RequestOptions): Promise<AccountCenterSettings>;
  /** Read the sign-in experience (MFA factors, password policy, social connectors), §2. */
  getSignInExperience(options?: RequestOptions): Promise<SignInExperience>;
  /** Read the WebAuthn related-origins document served at the rpId host (§2, §6.8). */
  getWebAuthnRelatedOrigins(options?: RequestOptions): Promise<WebAuthnRelatedOrigins>;
}

type ClientMethods = Omit<AccountClient, keyof AccountTransport>;

/**
 * Every operation under the name the client exposes it. `satisfies` checks each one against the
 * declared method (same parameters after the transport, same result) and that none is missing.
 */
const operations = {
  getAccount: account.getAccount,
  updateAccount: account.updateAccount,
  updateProfile: account.updateProfile,
  updatePassword: account.updatePassword,
  uploadAvatar: account.uploadAvatar,
  updatePrimaryEmail: account.updatePrimaryEmail,
  deletePrimaryEmail: account.deletePrimaryEmail,
  updatePrimaryPhone: account.updatePrimaryPhone,
  deletePrimaryPhone: account.deletePrimaryPhone,
  addIdentity: identities.addIdentity,
  replaceIdentity: identities.replaceIdentity,
  deleteIdentity: identities.deleteIdentity,
  getIdentityAccessToken: identities.getIdentityAccessToken,
  updateIdentityAccessToken: identities.updateIdentityAccessToken,
  getSsoIdentityAccessToken: identities.getSsoIdentityAccessToken,
  listMfaVerifications: mfa.listMfaVerifications,
  addMfaVerification: mfa.addMfaVerification,
  replaceTotp: mfa.replaceTotp,
  generateTotpSecret: mfa.generateTotpSecret,
  generateBackupCodes: mfa.generateBackupCodes,
  getBackupCodes: mfa.getBackupCodes,
  renameMfaVerification: mfa.renameMfaVerification,
  deleteMfaVerification: mfa.deleteMfaVerification,
  getMfaSettings: mfa.getMfaSettings,
  updateMfaSettings: mfa.updateMfaSettings,
  getLogtoConfigs: mfa.getLogtoConfigs,
  updateLogtoConfigs: mfa.updateLogtoConfigs,
  listSessions: sessions.listSessions,
  deleteSession: sessions.deleteSession,
  listGrants: sessions.listGrants,
  deleteGrant: sessions.deleteGrant,
  listTrustedDevices: sessions.listTrustedDevices,
  deleteTrustedDevice: sessions.deleteTrustedDevice,
  createPasswordVerification: verifications.createPasswordVerification,
  sendVerificationCode: verifications.sendVerificationCode,
  verifyVerificationCode: verifications.verifyVerificationCode,
  createSocialVerification: verifications.createSocialVerification,
  verifySocialVerification: verifications.verifySocialVerification,
  createWebAuthnRegistration: verifications.createWebAuthnRegistration,
  verifyWebAuthnRegistration: verifications.verifyWebAuthnRegistration,
  getAccountCenterSettings: wellKnown.getAccountCenterSettings,
  getSignInExperience: wellKnown.getSignInExperience,
  getWebAuthnRelatedOrigins: wellKnown.getWebAuthnRelatedOrigins,
} satisfies {
  [K in keyof ClientMethods]: (
    transport: AccountTransport,
    ...args: Parameters<ClientMethods[K]>
  ) => ReturnType<ClientMethods[K]>;
};

/**
 * Create a client for every Account API, Verification API and `/.well-known` operation.
 *
 * @example
 * const client = createAccountClient({
 *   endpoint: 'https://tenant.logto.app',
 *   getAccessToken: () => logtoClient.getAccessToken(),
 *   locale: 'en',
 * });
 * const account = await client.getAccount();
 */
export function createAccountClient(options: AccountClientOptions): AccountClient {
  const transport = createAccountTransport(options);
  const client: Record<string, unknown> = { ...transport };
  // Bound in a loop rather than spelled out 43 times: same behaviour, a smaller bundle.
  for (const [name, operation] of Object.entries(operations)) {
    const run = operation as (transport: AccountTransport, ...args: unknown[]) => unknown;
    client[name] = (...args: unknown[]) => run(transport, ...args);
  }
  return client as unknown as AccountClient;
}
