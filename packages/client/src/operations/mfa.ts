/** Operations on MFA factors, MFA settings and Logto configs (contract §5, §6.8). */
import type { AccountRoute } from '../route.js';
import {
  backupCodesSchema,
  generatedBackupCodesSchema,
  logtoConfigsSchema,
  mfaSettingsSchema,
  mfaVerificationListSchema,
  totpSecretSchema,
} from '../schemas/mfa.js';
import type {
  AddMfaVerificationInput,
  BackupCodes,
  GeneratedBackupCodes,
  LogtoConfigs,
  MfaSettings,
  MfaVerification,
  TotpSecret,
  UpdateLogtoConfigsInput,
} from '../schemas/mfa.js';
import type { AccountTransport, RequestOptions } from '../transport.js';

const base = '/api/my-account/mfa-verifications';

// Every MFA route that checks a scope checks `identities` and answers 401 without it (§5).
export const listMfaVerificationsRoute: AccountRoute = {
  method: 'GET',
  path: base,
  scope: 'identities',
  scopeFailureStatus: 401,
  verification: 'never',
};
export const addMfaVerificationRoute: AccountRoute = {
  method: 'POST',
  path: base,
  scope: 'identities',
  scopeFailureStatus: 401,
  verification: 'always',
};
export const replaceTotpRoute: AccountRoute = {
  method: 'PUT',
  path: `${base}/totp`,
  scope: 'identities',
  scopeFailureStatus: 401,
  verification: 'always',
};
export const generateTotpSecretRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/totp-secret/generate`,
  verification: 'never',
};
export const generateBackupCodesRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/backup-codes/generate`,
  verification: 'never',
};
export const getBackupCodesRoute: AccountRoute = {
  method: 'GET',
  path: `${base}/backup-codes`,
  scope: 'identities',
  scopeFailureStatus: 401,
  verification: 'always',
  reuseOnNotModified: false,
};
export const renameMfaVerificationRoute: AccountRoute = {
  method: 'PATCH',
  path: `${base}/:verificationId/name`,
  scope: 'identities',
  scopeFailureStatus: 401,
  verification: 'always',
};
export const deleteMfaVerificationRoute: AccountRoute = {
  method: 'DELETE',
  path: `${base}/:verificationId`,
  scope: 'identities',
  scopeFailureStatus: 401,
  verification: 'always',
};
export const getMfaSettingsRoute: AccountRoute = {
  method: 'GET',
  path: '/api/my-account/mfa-settings',
  scope: 'identities',
  scopeFailureStatus: 401,
  verification: 'never',
};
export const updateMfaSettingsRoute: AccountRoute = {
  method: 'PATCH',
  path: '/api/my-account/mfa-settings',
  scope: 'identities',
  scopeFailureStatus: 401,
  verification: 'always',
};
export const getLogtoConfigsRoute: AccountRoute = {
  method: 'GET',
  path: '/api/my-account/logto-configs',
  scope: 'identities',
  scopeFailureStatus: 401,
  verification: 'never',
};
export const updateLogtoConfigsRoute: AccountRoute = {
  method: 'PATCH',
  path: '/api/my-account/logto-configs',
  scope: 'identities',
  scopeFailureStatus: 401,
  verification: 'always',
};

/** List the user's TOTP, WebAuthn and backup-code factors (§6.8). */
export function listMfaVerifications(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<MfaVerification[]> {
  return transport.request(
    {
      route: listMfaVerificationsRoute,
      schema: mfaVerificationListSchema,
    },
    options,
  );
}

/** Bind a TOTP, backup codes or a passkey (`POST …/mfa-verifications`, §6.8); resolves on 204. */
export function addMfaVerification(
  transport: AccountTransport,
  input: AddMfaVerificationInput,
  options?: RequestOptions,
): Promise<void> {
  return transport.request({ route: addMfaVerificationRoute, json: input }, options);
}

/** Create or replace the TOTP factor; `code` is required here (`PUT …/totp`, §6.8). */
export function replaceTotp(
  transport: AccountTransport,
  input: { secret: string; code: string },
  options?: RequestOptions,
): Promise<void> {
  return transport.request({ route: replaceTotpRoute, json: input }, options);
}

/** Generate a TOTP secret to show as a QR code; nothing is stored yet (§6.8). */
export function generateTotpSecret(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<TotpSecret> {
  return transport.request(
    {
      route: generateTotpSecretRoute,
      schema: totpSecretSchema,
    },
    options,
  );
}

/** Generate ten backup codes to show the user; nothing is stored yet (§6.8). */
export function generateBackupCodes(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<GeneratedBackupCodes> {
  return transport.request(
    {
      route: generateBackupCodesRoute,
      schema: generatedBackupCodesSchema,
    },
    options,
  );
}

/** Read the stored backup codes and their use; `404 verification_record.not_found` when none (§6.8). */
export function getBackupCodes(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<BackupCodes> {
  return transport.request(
    {
      route: getBackupCodesRoute,
      schema: backupCodesSchema,
    },
    options,
  );
}

/** Rename a passkey; Logto answers the text `OK` (§1.5), so this resolves with nothing. */
export function renameMfaVerification(
  transport: AccountTransport,
  verificationId: string,
  input: { name: string },
  options?: RequestOptions,
): Promise<void> {
  return transport.request(
    {
      route: renameMfaVerificationRoute,
      path: `${base}/${encodeURIComponent(verificationId)}/name`,
      json: input,
    },
    options,
  );
}

/** Remove one MFA factor (§6.8). */
export function deleteMfaVerification(
  transport: AccountTransport,
  verificationId: string,
  options?: RequestOptions,
): Promise<void> {
  return transport.request(
    {
      route: deleteMfaVerificationRoute,
      path: `${base}/${encodeURIComponent(verificationId)}`,
    },
    options,
  );
}

/** Read whether MFA is skipped at sign-in (§6.8). */
export function getMfaSettings(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<MfaSettings> {
  return transport.request(
    {
      route: getMfaSettingsRoute,
      schema: mfaSettingsSchema,
    },
    options,
  );
}

/** Choose whether to skip MFA at sign-in (ignored when the tenant requires MFA, §6.8). */
export function updateMfaSettings(
  transport: AccountTransport,
  input: MfaSettings,
  options?: RequestOptions,
): Promise<MfaSettings> {
  return transport.request(
    {
      route: updateMfaSettingsRoute,
      json: input,
      schema: mfaSettingsSchema,
    },
    options,
  );
}

/** Read the user's MFA and passkey-sign-in prompts state (§6.8). */
export function getLogtoConfigs(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<LogtoConfigs> {
  return transport.request(
    {
      route: getLogtoConfigsRoute,
      schema: logtoConfigsSchema,
    },
    options,
  );
}

/** Merge flags into the user's Logto configs (§6.8). */
export function updateLogtoConfigs(
  transport: AccountTransport,
  input: UpdateLogtoConfigsInput,
  options?: RequestOptions,
): Promise<LogtoConfigs> {
  return transport.request(
    {
      route: updateLogtoConfigsRoute,
      json: input,
      schema: logtoConfigsSchema,
    },
    options,
  );
}
