/**
 * Every operation of the contract, driven over real HTTP against a scripted local server: method,
 * path, body and headers sent; success shape; each error the contract lists for the route; the
 * missing-scope error; the header rule (§5 A/C/–); and a malformed success body.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccountClient } from '../client.js';
import type { AccountClient } from '../client.js';
import { AccountApiError } from '../errors.js';
import { accountRoutes } from '../route-table.js';
import type { AccountOperation } from '../route-table.js';
import type { VerificationRequirement } from '../route.js';
import {
  accountCenterSettings,
  grant,
  recordCreated,
  recordedAccount,
  registrationOptions,
  session,
  signInExperience,
  trustedDevice,
} from '../test-utils/fixtures.js';
import { startScriptedServer } from '../test-utils/http-server.js';
import type { ScriptedResponse, ScriptedServer } from '../test-utils/http-server.js';

type ErrorCase = [status: number, code: string];

interface OperationCase {
  operation: AccountOperation;
  call: (client: AccountClient) => Promise<unknown>;
  method: string;
  path: string;
  body?: unknown;
  verification: VerificationRequirement;
  success: ScriptedResponse;
  result: unknown;
  /** Route-specific errors from the contract (§4.3, §6). */
  errors: ErrorCase[];
  /** Missing-scope answer and the scope(s) the error must name (§5). */
  scope?: {
    status: 400 | 401 | 403;
    code: 'auth.unauthorized' | 'auth.forbidden';
    requiredScope: string;
  };
  anonymous?: boolean;
}

const ok204: ScriptedResponse = { status: 204 };
const permissionDenied: ErrorCase = [401, 'verification_record.permission_denied'];
const thirdParty: ErrorCase = [403, 'auth.third_party_application_forbidden'];
const notEditable: ErrorCase = [400, 'account_center.field_not_editable'];
const notEnabled: ErrorCase = [400, 'account_center.field_not_enabled'];
const recordNotFound: ErrorCase = [400, 'verification_record.not_found'];
const identitiesScope401 = {
  status: 401,
  code: 'auth.unauthorized',
  requiredScope: 'identities',
} as const;
const sessionsScope = {
  status: 401,
  code: 'auth.unauthorized',
  requiredScope: 'urn:logto:scope:sessions',
} as const;
const trustedScope = {
  status: 401,
  code: 'auth.unauthorized',
  requiredScope: 'urn:logto:scope:trusted_devices',
} as const;
const tokenScope = {
  status: 403,
  code: 'auth.forbidden',
  requiredScope: 'openid identities',
} as const;
const providerToken = {
  access_token: 'gho_x',
  scope: 'read:user',
  token_type: 'bearer',
  expires_in: 3600,
};
const backupCodes = ['50405cf4b5', 'fba152efbd', 'ef499a7026', '180dc3c67b', '226a20a12f'];
const webAuthnPayload = {
  type: 'WebAuthn' as const,
  id: 'cred',
  rawId: 'cred',
  response: { clientDataJSON: 'cdj', attestationObject: 'ao', transports: ['internal'] },
  clientExtensionResults: {},
};

const cases: OperationCase[] = [
  // Account (§6.1–§6.6)
  {
    operation: 'getAccount',
    call: (client) => client.getAccount(),
    method: 'GET',
    path: '/api/my-account',
    verification: 'never',
    success: { status: 200, body: recordedAccount },
    result: recordedAccount,
    errors: [[400, 'account_center.not_enabled']],
  },
  {
    operation: 'updateAccount',
    call: (client) => client.updateAccount({ name: 'x' }),
    method: 'PATCH',
    path: '/api/my-account',
    body: { name: 'x' },
    verification: 'never',
    success: { status: 200, body: recordedAccount },
    result: recordedAccount,
    errors: [[400, 'guard.invalid_input'], notEditable, thirdParty],
    scope: { status: 400, code: 'auth.unauthorized', requiredScope: 'profile' },
  },
  {
    operation: 'updateAccount',
    call: (client) => client.updateAccount({ username: 'new_name', customData: { a: 1 } }),
    method: 'PATCH',
    path: '/api/my-account',
    body: { username: 'new_name', customData: { a: 1 } },
    verification: 'always',
    success: {
      status: 200,
      body: { ...recordedAccount, username: 'new_name', customData: { a: 1 } },
    },
    result: { ...recordedAccount, username: 'new_name', customData: { a: 1 } },
    errors: [
      notEditable,
      permissionDenied,
      [400, 'user.last_sign_in_method_required'],
      [422, 'user.username_too_short'],
      [422, 'user.username_already_in_use'],
    ],
    scope: { status: 400, code: 'auth.unauthorized', requiredScope: 'profile custom_data' },
  },
  {
    operation: 'updateProfile',
    call: (client) => client.updateProfile({ givenName: 'Ora', familyName: 'Cle' }),
    method: 'PATCH',
    path: '/api/my-account/profile',
    body: { givenName: 'Ora', familyName: 'Cle' },
    verification: 'never',
    success: { status: 200, body: { familyName: 'Cle', givenName: 'Ora' } },
    result: { familyName: 'Cle', givenName: 'Ora' },
    errors: [notEditable, thirdParty],
    scope: { status: 400, code: 'auth.unauthorized', requiredScope: 'profile' },
  },
  {
    operation: 'updateProfile',
    call: (client) => client.updateProfile({ address: { country: 'FR' } }),
    method: 'PATCH',
    path: '/api/my-account/profile',
    body: { address: { country: 'FR' } },
    verification: 'never',
    success: { status: 200, body: { address: { country: 'FR' } } },
    result: { address: { country: 'FR' } },
    errors: [],
    scope: { status: 400, code: 'auth.unauthorized', requiredScope: 'profile address' },
  },
  {
    operation: 'updatePassword',
    call: (client) => client.updatePassword({ password: 'Tmp-Oracle-QglH-UsF-tg2-8z' }),
    method: 'POST',
    path: '/api/my-account/password',
    body: { password: 'Tmp-Oracle-QglH-UsF-tg2-8z' },
    verification: 'when-user-has-method',
    success: ok204,
    result: undefined,
    errors: [
      [400, 'guard.invalid_input'],
      thirdParty,
      permissionDenied,
      notEditable,
      [422, 'password.rejected'],
      [422, 'user.same_password'],
    ],
  },
  {
    operation: 'uploadAvatar',
    call: (client) => client.uploadAvatar(new Blob(['GIF89a'], { type: 'image/gif' }), 'a.gif'),
    method: 'POST',
    path: '/api/my-account/user-assets/avatar',
    verification: 'never',
    success: { status: 200, body: { url: 'https://cdn.example.com/a.gif' } },
    result: { url: 'https://cdn.example.com/a.gif' },
    errors: [
      thirdParty,
      notEditable,
      [400, 'guard.file_size_exceeded'],
      [400, 'guard.mime_type_not_allowed'],
      [400, 'storage.not_configured'],
      [500, 'storage.upload_error'],
    ],
    scope: { status: 401, code: 'auth.unauthorized', requiredScope: 'profile' },
  },
  {
    operation: 'updatePrimaryEmail',
    call: (client) =>
      client.updatePrimaryEmail({
        email: 'new@example.com',
        newIdentifierVerificationRecordId: 'rec',
      }),
    method: 'POST',
    path: '/api/my-account/primary-email',
    body: { email: 'new@example.com', newIdentifierVerificationRecordId: 'rec' },
    verification: 'always',
    success: ok204,
    result: undefined,
    errors: [
      [400, 'guard.invalid_input'],
      permissionDenied,
      notEditable,
      thirdParty,
      [422, 'session.email_blocklist.email_not_allowed'],
      [422, 'session.email_blocklist.email_subaddressing_not_allowed'],
      recordNotFound,
      [422, 'user.email_already_in_use'],
    ],
    scope: { status: 400, code: 'auth.unauthorized', requiredScope: 'email' },
  },
  {
    operation: 'deletePrimaryEmail',
    call: (client) => client.deletePrimaryEmail(),
    method: 'DELETE',
    path: '/api/my-account/primary-email',
    verification: 'always',
    success: ok204,
    result: undefined,
    errors: [permissionDenied, notEditable, thirdParty, [400, 'user.last_sign_in_method_required']],
    scope: { status: 400, code: 'auth.unauthorized', requiredScope: 'email' },
  },
  {
    operation: 'updatePrimaryPhone',
    call: (client) =>
      client.updatePrimaryPhone({ phone: '15555550123', newIdentifierVerificationRecordId: 'rec' }),
    method: 'POST',
    path: '/api/my-account/primary-phone',
    body: { phone: '15555550123', newIdentifierVerificationRecordId: 'rec' },
    verification: 'always',
    success: ok204,
    result: undefined,
    errors: [
      [400, 'guard.invalid_input'],
      permissionDenied,
      notEditable,
      thirdParty,
      recordNotFound,
      [422, 'user.phone_already_in_use'],
      [422, 'user.invalid_phone'],
    ],
    scope: { status: 400, code: 'auth.unauthorized', requiredScope: 'phone' },
  },
  {
    operation: 'deletePrimaryPhone',
    call: (client) => client.deletePrimaryPhone(),
    method: 'DELETE',
    path: '/api/my-account/primary-phone',
    verification: 'always',
    success: ok204,
    result: undefined,
    errors: [permissionDenied, notEditable, thirdParty, [400, 'user.last_sign_in_method_required']],
    scope: { status: 400, code: 'auth.unauthorized', requiredScope: 'phone' },
  },
  // Identities (§6.7)
  {
    operation: 'addIdentity',
    call: (client) => client.addIdentity({ newIdentifierVerificationRecordId: 'social' }),
    method: 'POST',
    path: '/api/my-account/identities',
    body: { newIdentifierVerificationRecordId: 'social' },
    verification: 'when-user-has-method',
    success: ok204,
    result: undefined,
    errors: [
      notEditable,
      thirdParty,
      permissionDenied,
      recordNotFound,
      [422, 'user.identity_already_in_use'],
      [400, 'user.identity_already_in_use'],
    ],
    scope: identitiesScope401,
  },
  {
    operation: 'replaceIdentity',
    call: (client) => client.replaceIdentity({ newIdentifierVerificationRecordId: 'social' }),
    method: 'PUT',
    path: '/api/my-account/identities',
    body: { newIdentifierVerificationRecordId: 'social' },
    verification: 'when-user-has-method',
    success: ok204,
    result: undefined,
    errors: [
      notEditable,
      thirdParty,
      permissionDenied,
      recordNotFound,
      [422, 'user.identity_already_in_use'],
    ],
    scope: identitiesScope401,
  },
  {
    operation: 'deleteIdentity',
    call: (client) => client.deleteIdentity('google oauth'),
    method: 'DELETE',
    path: '/api/my-account/identities/google%20oauth',
    verification: 'when-user-has-method',
    success: ok204,
    result: undefined,
    errors: [
      notEditable,
      thirdParty,
      permissionDenied,
      [404, 'user.identity_not_exist'],
      [400, 'user.last_sign_in_method_required'],
    ],
    scope: { status: 400, code: 'auth.unauthorized', requiredScope: 'identities' },
  },
  {
    operation: 'getIdentityAccessToken',
    call: (client) => client.getIdentityAccessToken('github'),
    method: 'GET',
    path: '/api/my-account/identities/github/access-token',
    verification: 'never',
    success: { status: 200, body: providerToken },
    result: providerToken,
    errors: [
      [401, 'secrets.third_party_token_set.access_token_expired'],
      [404, 'secrets.third_party_token_set.token_not_found'],
    ],
    scope: tokenScope,
  },
  {
    operation: 'updateIdentityAccessToken',
    call: (client) =>
      client.updateIdentityAccessToken('github', { verificationRecordId: 'social' }),
    method: 'PUT',
    path: '/api/my-account/identities/github/access-token',
    body: { verificationRecordId: 'social' },
    verification: 'never',
    success: { status: 200, body: { access_token: 'gho_y' } },
    result: { access_token: 'gho_y' },
    errors: [
      recordNotFound,
      [422, 'verification_record.social_verification.invalid_target'],
      [422, 'user.identity_not_exists_in_current_user'],
      [422, 'verification_record.social_verification.token_response_not_found'],
    ],
    scope: tokenScope,
  },
  {
    operation: 'getSsoIdentityAccessToken',
    call: (client) => client.getSsoIdentityAccessToken('okta/1'),
    method: 'GET',
    path: '/api/my-account/sso-identities/okta%2F1/access-token',
    verification: 'never',
    success: { status: 200, body: { access_token: 'sso', expires_in: '3600' } },
    result: { access_token: 'sso', expires_in: '3600' },
    errors: [
      [401, 'secrets.third_party_token_set.access_token_expired'],
      [404, 'secrets.third_party_token_set.token_not_found'],
    ],
    scope: tokenScope,
  },
  // MFA (§6.8)
  {
    operation: 'listMfaVerifications',
    call: (client) => client.listMfaVerifications(),
    method: 'GET',
    path: '/api/my-account/mfa-verifications',
    verification: 'never',
    success: {
      status: 200,
      body: [
        { id: 'xew86wox8k40t7h0e4pmq', createdAt: '2026-11-26T22:26:02.129Z', type: 'Totp' },
        {
          id: 'rmw6k0ry0z6odrpyydx91',
          createdAt: '2026-11-26T22:26:02.183Z',
          type: 'BackupCode',
          remainCodes: 10,
        },
        {
          id: 'wa',
          createdAt: '2026-11-26T22:26:02.183Z',
          type: 'WebAuthn',
          agent: 'Chrome',
          name: 'Laptop',
        },
      ],
    },
    result: [
      { id: 'xew86wox8k40t7h0e4pmq', createdAt: '2026-11-26T22:26:02.129Z', type: 'Totp' },
      {
        id: 'rmw6k0ry0z6odrpyydx91',
        createdAt: '2026-11-26T22:26:02.183Z',
        type: 'BackupCode',
        remainCodes: 10,
      },
      {
        id: 'wa',
        createdAt: '2026-11-26T22:26:02.183Z',
        type: 'WebAuthn',
        agent: 'Chrome',
        name: 'Laptop',
      },
    ],
    errors: [notEnabled],
    scope: identitiesScope401,
  },
  {
    operation: 'addMfaVerification',
    call: (client) =>
      client.addMfaVerification({
        type: 'Totp',
        secret: 'JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ',
        code: '879646',
      }),
    method: 'POST',
    path: '/api/my-account/mfa-verifications',
    body: { type: 'Totp', secret: 'JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ', code: '879646' },
    verification: 'always',
    success: ok204,
    result: undefined,
    errors: [
      [400, 'guard.invalid_input'],
      permissionDenied,
      notEditable,
      thirdParty,
      [400, 'session.mfa.mfa_factor_not_enabled'],
      [422, 'user.totp_already_in_use'],
      [400, 'user.totp_secret_invalid'],
      [400, 'session.mfa.invalid_totp_code'],
    ],
    scope: identitiesScope401,
  },
  {
    operation: 'addMfaVerification',
    call: (client) => client.addMfaVerification({ type: 'BackupCode', codes: backupCodes }),
    method: 'POST',
    path: '/api/my-account/mfa-verifications',
    body: { type: 'BackupCode', codes: backupCodes },
    verification: 'always',
    success: ok204,
    result: undefined,
    errors: [
      [422, 'user.backup_code_already_in_use'],
      [422, 'session.mfa.backup_code_can_not_be_alone'],
      [422, 'user.wrong_backup_code_format'],
    ],
  },
  {
    operation: 'addMfaVerification',
    call: (client) =>
      client.addMfaVerification({
        type: 'WebAuthn',
        newIdentifierVerificationRecordId: 'wa',
        name: 'Key',
      }),
    method: 'POST',
    path: '/api/my-account/mfa-verifications',
    body: { type: 'WebAuthn', newIdentifierVerificationRecordId: 'wa', name: 'Key' },
    verification: 'always',
    success: ok204,
    result: undefined,
    errors: [recordNotFound, [400, 'session.mfa.mfa_factor_not_enabled']],
  },
  {
    operation: 'replaceTotp',
    call: (client) => client.replaceTotp({ secret: 'JFSSYXK2HQEBY6SH', code: '123456' }),
    method: 'PUT',
    path: '/api/my-account/mfa-verifications/totp',
    body: { secret: 'JFSSYXK2HQEBY6SH', code: '123456' },
    verification: 'always',
    success: ok204,
    result: undefined,
    errors: [
      permissionDenied,
      notEditable,
      thirdParty,
      [400, 'session.mfa.mfa_factor_not_enabled'],
      [400, 'user.totp_secret_invalid'],
      [400, 'session.mfa.invalid_totp_code'],
    ],
    scope: identitiesScope401,
  },
  {
    operation: 'generateTotpSecret',
    call: (client) => client.generateTotpSecret(),
    method: 'POST',
    path: '/api/my-account/mfa-verifications/totp-secret/generate',
    verification: 'never',
    success: { status: 200, body: { secret: 'JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ' } },
    result: { secret: 'JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ' },
    errors: [[400, 'account_center.not_enabled']],
  },
  {
    operation: 'generateBackupCodes',
    call: (client) => client.generateBackupCodes(),
    method: 'POST',
    path: '/api/my-account/mfa-verifications/backup-codes/generate',
    verification: 'never',
    success: { status: 200, body: { codes: backupCodes } },
    result: { codes: backupCodes },
    errors: [[400, 'account_center.not_enabled']],
  },
  {
    operation: 'getBackupCodes',
    call: (client) => client.getBackupCodes(),
    method: 'GET',
    path: '/api/my-account/mfa-verifications/backup-codes',
    verification: 'always',
    success: {
      status: 200,
      body: {
        codes: [{ code: '50405cf4b5' }, { code: 'fba152efbd', usedAt: '2026-11-26T22:26:02.183Z' }],
      },
    },
    result: {
      codes: [{ code: '50405cf4b5' }, { code: 'fba152efbd', usedAt: '2026-11-26T22:26:02.183Z' }],
    },
    errors: [permissionDenied, [404, 'verification_record.not_found']],
    scope: identitiesScope401,
  },
  {
    operation: 'renameMfaVerification',
    call: (client) => client.renameMfaVerification('wa', { name: 'Laptop' }),
    method: 'PATCH',
    path: '/api/my-account/mfa-verifications/wa/name',
    body: { name: 'Laptop' },
    verification: 'always',
    // §1.5 quirk: 200 text/plain `OK`.
    success: { status: 200, body: 'OK' },
    result: undefined,
    errors: [permissionDenied, notEditable, thirdParty, recordNotFound],
    scope: identitiesScope401,
  },
  {
    operation: 'deleteMfaVerification',
    call: (client) => client.deleteMfaVerification('xew86wox8k40t7h0e4pmq'),
    method: 'DELETE',
    path: '/api/my-account/mfa-verifications/xew86wox8k40t7h0e4pmq',
    verification: 'always',
    success: ok204,
    result: undefined,
    errors: [permissionDenied, thirdParty, recordNotFound, notEditable],
    scope: identitiesScope401,
  },
  {
    operation: 'getMfaSettings',
    call: (client) => client.getMfaSettings(),
    method: 'GET',
    path: '/api/my-account/mfa-settings',
    verification: 'never',
    success: { status: 200, body: { skipMfaOnSignIn: false } },
    result: { skipMfaOnSignIn: false },
    errors: [notEnabled],
    scope: identitiesScope401,
  },
  {
    operation: 'updateMfaSettings',
    call: (client) => client.updateMfaSettings({ skipMfaOnSignIn: true }),
    method: 'PATCH',
    path: '/api/my-account/mfa-settings',
    body: { skipMfaOnSignIn: true },
    verification: 'always',
    success: { status: 200, body: { skipMfaOnSignIn: true } },
    result: { skipMfaOnSignIn: true },
    errors: [permissionDenied, thirdParty, notEditable],
    scope: identitiesScope401,
  },
  {
    operation: 'getLogtoConfigs',
    call: (client) => client.getLogtoConfigs(),
    method: 'GET',
    path: '/api/my-account/logto-configs',
    verification: 'never',
    success: {
      status: 200,
      body: {
        mfa: { enabled: true, skipped: false, skipMfaOnSignIn: false },
        passkeySignIn: { skipped: false },
      },
    },
    result: {
      mfa: { enabled: true, skipped: false, skipMfaOnSignIn: false },
      passkeySignIn: { skipped: false },
    },
    errors: [notEnabled],
    scope: identitiesScope401,
  },
  {
    operation: 'updateLogtoConfigs',
    call: (client) => client.updateLogtoConfigs({ passkeySignIn: { skipped: true } }),
    method: 'PATCH',
    path: '/api/my-account/logto-configs',
    body: { passkeySignIn: { skipped: true } },
    verification: 'always',
    success: {
      status: 200,
      body: { mfa: { skipped: false, skipMfaOnSignIn: false }, passkeySignIn: { skipped: true } },
    },
    result: { mfa: { skipped: false, skipMfaOnSignIn: false }, passkeySignIn: { skipped: true } },
    errors: [permissionDenied, thirdParty, notEditable],
    scope: identitiesScope401,
  },
  // Sessions, grants, trusted devices (§6.9–§6.10)
  {
    operation: 'listSessions',
    call: (client) => client.listSessions(),
    method: 'GET',
    path: '/api/my-account/sessions',
    verification: 'always',
    success: {
      status: 200,
      body: { sessions: [session, { ...session, lastSubmission: null, clientId: null }] },
    },
    result: { sessions: [session, { ...session, lastSubmission: null, clientId: null }] },
    errors: [permissionDenied, notEnabled],
    scope: sessionsScope,
  },
  {
    operation: 'deleteSession',
    call: (client) => client.deleteSession('session-uid', { revokeGrantsTarget: 'firstParty' }),
    method: 'DELETE',
    path: '/api/my-account/sessions/session-uid?revokeGrantsTarget=firstParty',
    verification: 'always',
    success: ok204,
    result: undefined,
    errors: [
      permissionDenied,
      notEditable,
      thirdParty,
      [400, 'oidc.session_not_found'],
      [400, 'oidc.invalid_session_account_id'],
    ],
    scope: sessionsScope,
  },
  {
    operation: 'listGrants',
    call: (client) => client.listGrants({ appType: 'thirdParty' }),
    method: 'GET',
    path: '/api/my-account/grants?appType=thirdParty',
    verification: 'always',
    success: { status: 200, body: { grants: [grant] } },
    result: { grants: [grant] },
    errors: [permissionDenied, notEnabled],
    scope: sessionsScope,
  },
  {
    operation: 'deleteGrant',
    call: (client) => client.deleteGrant('grant'),
    method: 'DELETE',
    path: '/api/my-account/grants/grant',
    verification: 'always',
    success: ok204,
    result: undefined,
    errors: [
      permissionDenied,
      notEditable,
      thirdParty,
      [404, 'oidc.invalid_grant'],
      [500, 'oidc.failed_to_cleanup_session_authorization'],
    ],
    scope: sessionsScope,
  },
  {
    operation: 'listTrustedDevices',
    call: (client) => client.listTrustedDevices({ page: 2, pageSize: 10 }),
    method: 'GET',
    path: '/api/my-account/trusted-devices?page=2&page_size=10',
    verification: 'always',
    success: { status: 200, body: [trustedDevice], headers: { 'Total-Number': '11' } },
    result: { trustedDevices: [trustedDevice], total: 11 },
    errors: [permissionDenied, notEnabled, [400, 'guard.invalid_pagination']],
    scope: trustedScope,
  },
  {
    operation: 'deleteTrustedDevice',
    call: (client) => client.deleteTrustedDevice('device'),
    method: 'DELETE',
    path: '/api/my-account/trusted-devices/device',
    verification: 'always',
    success: ok204,
    result: undefined,
    errors: [permissionDenied, notEditable, thirdParty, [404, 'entity.not_found']],
    scope: trustedScope,
  },
  // Verification API (§4.3)
  {
    operation: 'createPasswordVerification',
    call: (client) => client.createPasswordVerification({ password: 'secret' }),
    method: 'POST',
    path: '/api/verifications/password',
    body: { password: 'secret' },
    verification: 'never',
    success: { status: 201, body: recordCreated },
    result: recordCreated,
    errors: [
      [400, 'guard.invalid_input'],
      thirdParty,
      [422, 'session.invalid_credentials'],
      [401, 'user.suspended'],
      [400, 'session.verification_blocked_too_many_attempts'],
    ],
  },
  {
    operation: 'sendVerificationCode',
    call: (client) =>
      client.sendVerificationCode({
        identifier: { type: 'email', value: 'new.address@example.com' },
      }),
    method: 'POST',
    path: '/api/verifications/verification-code',
    body: { identifier: { type: 'email', value: 'new.address@example.com' } },
    verification: 'never',
    success: { status: 201, body: recordCreated },
    result: recordCreated,
    errors: [
      [400, 'guard.invalid_input'],
      thirdParty,
      [429, 'request.message_rate_limited'],
      [501, 'connector.not_found'],
      [422, 'session.email_blocklist.email_not_allowed'],
      [422, 'session.email_blocklist.email_subaddressing_not_allowed'],
      [400, 'session.email_blocklist.invalid_email'],
      [500, 'session.email_blocklist.disposable_email_validation_failed'],
    ],
  },
  {
    operation: 'verifyVerificationCode',
    call: (client) =>
      client.verifyVerificationCode({
        identifier: { type: 'phone', value: '15555550123' },
        verificationId: 'rec',
        code: '123456',
      }),
    method: 'POST',
    path: '/api/verifications/verification-code/verify',
    body: {
      identifier: { type: 'phone', value: '15555550123' },
      verificationId: 'rec',
      code: '123456',
    },
    verification: 'never',
    success: { status: 200, body: { verificationRecordId: 'rec' } },
    result: { verificationRecordId: 'rec' },
    errors: [
      thirdParty,
      recordNotFound,
      [400, 'verification_code.not_found'],
      [400, 'verification_code.email_mismatch'],
      [400, 'verification_code.phone_mismatch'],
      [400, 'verification_code.expired'],
      [400, 'verification_code.exceed_max_try'],
      [400, 'verification_code.code_mismatch'],
      [400, 'session.verification_blocked_too_many_attempts'],
    ],
  },
  {
    operation: 'createSocialVerification',
    call: (client) =>
      client.createSocialVerification({
        connectorId: 'google',
        state: 's',
        redirectUri: 'https://app/cb',
        scope: 'email',
      }),
    method: 'POST',
    path: '/api/verifications/social',
    body: { connectorId: 'google', state: 's', redirectUri: 'https://app/cb', scope: 'email' },
    verification: 'never',
    success: {
      status: 201,
      body: { ...recordCreated, authorizationUri: 'https://accounts.google.com/o' },
    },
    result: { ...recordCreated, authorizationUri: 'https://accounts.google.com/o' },
    errors: [
      [422, 'session.invalid_connector_id'],
      [400, 'connector.unexpected_type'],
      [400, 'session.insufficient_info'],
    ],
  },
  {
    operation: 'verifySocialVerification',
    call: (client) =>
      client.verifySocialVerification({
        verificationRecordId: 'soc',
        connectorData: { code: 'c', state: 's' },
      }),
    method: 'POST',
    path: '/api/verifications/social/verify',
    body: { verificationRecordId: 'soc', connectorData: { code: 'c', state: 's' } },
    verification: 'never',
    success: { status: 200, body: { verificationRecordId: 'soc' } },
    result: { verificationRecordId: 'soc' },
    errors: [
      recordNotFound,
      [400, 'session.connector_validation_session_not_found'],
      [401, 'connector.social_auth_code_invalid'],
    ],
  },
  {
    operation: 'createWebAuthnRegistration',
    call: (client) => client.createWebAuthnRegistration(),
    method: 'POST',
    path: '/api/verifications/web-authn/registration',
    verification: 'never',
    // Answers 200, not 201 (§4.3).
    success: {
      status: 200,
      body: { verificationRecordId: 'wa', registrationOptions, expiresAt: recordCreated.expiresAt },
    },
    // `expiresAt` on the device clock: the request time plus the record lifetime (§4.1).
    result: {
      verificationRecordId: 'wa',
      registrationOptions,
      expiresAt: '2026-11-26T22:40:00.000Z',
    },
    errors: [thirdParty],
  },
  {
    operation: 'verifyWebAuthnRegistration',
    call: (client) =>
      client.verifyWebAuthnRegistration({ verificationRecordId: 'wa', payload: webAuthnPayload }),
    method: 'POST',
    path: '/api/verifications/web-authn/registration/verify',
    body: { verificationRecordId: 'wa', payload: webAuthnPayload },
    verification: 'never',
    success: { status: 200, body: { verificationRecordId: 'wa' } },
    result: { verificationRecordId: 'wa' },
    errors: [
      thirdParty,
      recordNotFound,
      [400, 'session.mfa.pending_info_not_found'],
      [400, 'session.mfa.webauthn_verification_failed'],
    ],
  },
  // Anonymous documents (§2)
  {
    operation: 'getAccountCenterSettings',
    call: (client) => client.getAccountCenterSettings(),
    method: 'GET',
    path: '/api/.well-known/account-center',
    verification: 'never',
    success: { status: 200, body: accountCenterSettings },
    result: accountCenterSettings,
    errors: [],
    anonymous: true,
  },
  {
    operation: 'getSignInExperience',
    call: (client) => client.getSignInExperience(),
    method: 'GET',
    path: '/api/.well-known/sign-in-exp',
    verification: 'never',
    success: { status: 200, body: signInExperience },
    result: signInExperience,
    errors: [],
    anonymous: true,
  },
  {
    operation: 'getWebAuthnRelatedOrigins',
    call: (client) => client.getWebAuthnRelatedOrigins(),
    method: 'GET',
    path: '/.well-known/webauthn',
    verification: 'never',
    success: { status: 200, body: { origins: ['https://app.example.com'] } },
    result: { origins: ['https://app.example.com'] },
    errors: [],
    anonymous: true,
  },
];

let server: ScriptedServer;
let client: AccountClient;
let getAccessToken: ReturnType<typeof vi.fn<() => Promise<string>>>;
let onUnauthorized: ReturnType<typeof vi.fn<(error: AccountApiError) => void>>;
const now = Date.parse('2026-11-26T22:30:00.000Z');

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  let issued = 0;
  getAccessToken = vi.fn(async () => `token-${++issued}`);
  onUnauthorized = vi.fn<(error: AccountApiError) => void>();
  client = createAccountClient({
    endpoint: `${server.endpoint}/`,
    getAccessToken,
    onUnauthorized,
    locale: 'fr-FR',
    now: () => now,
  });
});
afterEach(() => {
  server.reset();
});

function freshRecord() {
  client.verification.set({
    id: 'identity-record',
    expiresAt: new Date(now + 600_000),
    method: 'password',
  });
}

async function rejection(promise: Promise<unknown>): Promise<AccountApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AccountApiError);
  return error as AccountApiError;
}

it('covers every operation of the route table', () => {
  expect(new Set(cases.map(({ operation }) => operation))).toEqual(
    new Set(Object.keys(accountRoutes)),
  );
});

describe.each(
  cases.map(
    (testCase) => [`${testCase.operation} ${testCase.method} ${testCase.path}`, testCase] as const,
  ),
)('%s', (_title, testCase) => {
  it('sends the request and parses the success answer', async () => {
    server.reply(testCase.success);
    await expect(testCase.call(client)).resolves.toEqual(testCase.result);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe(testCase.method);
    expect(request?.path).toBe(testCase.path);
    expect(request?.headers['accept-language']).toBe('fr-FR');
    if (testCase.body === undefined) {
      if (testCase.operation !== 'uploadAvatar') expect(request?.body).toBe('');
    } else {
      expect(request?.headers['content-type']).toBe('application/json');
      expect(request?.json).toEqual(testCase.body);
    }
    if (testCase.anonymous) expect(request?.headers.authorization).toBeUndefined();
    else expect(request?.headers.authorization).toBe('Bearer token-1');
  });

  it(`attaches the verification header per its rule (${testCase.verification})`, async () => {
    freshRecord();
    server.reply(testCase.success);
    await testCase.call(client);
    const header = server.requests[0]?.headers['logto-verification-id'];
    if (testCase.verification === 'never') expect(header).toBeUndefined();
    else expect(header).toBe('identity-record');
  });

  it.each(testCase.errors)('rejects with %i %s', async (status, code) => {
    freshRecord();
    const data =
      code === 'password.rejected'
        ? [{ code: 'password_rejected.too_short', interpolation: { min: 8 } }]
        : undefined;
    server.reply({ status, body: { code, message: `Message for ${code}.`, data } });
    const error = await rejection(testCase.call(client));
    expect(error).toMatchObject({ status, code, message: `Message for ${code}.`, data });
    // Only auth.* 401s are retried with a new token (§1.2); other 401s are final at once.
    expect(server.requests).toHaveLength(1);
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(client.verification.get() === undefined).toBe(
      code === 'verification_record.permission_denied',
    );
  });

  if (!testCase.anonymous) {
    it('asks for a new token once after 401 auth.unauthorized, then calls onUnauthorized', async () => {
      const unauthorized = {
        status: 401,
        body: { code: 'auth.unauthorized', message: 'Unauthorized.' },
      };
      server.reply(unauthorized, unauthorized);
      const error = await rejection(testCase.call(client));
      expect(error).toMatchObject({ status: 401, code: 'auth.unauthorized' });
      expect(getAccessToken).toHaveBeenCalledTimes(2);
      expect(server.requests.map((request) => request.headers.authorization)).toEqual([
        'Bearer token-1',
        'Bearer token-2',
      ]);
      expect(onUnauthorized).toHaveBeenCalledExactlyOnceWith(error);
    });

    it('succeeds when the retried request succeeds', async () => {
      server.reply(
        { status: 401, body: { code: 'auth.unauthorized', message: 'Unauthorized.' } },
        testCase.success,
      );
      await expect(testCase.call(client)).resolves.toEqual(testCase.result);
      expect(onUnauthorized).not.toHaveBeenCalled();
    });

    it('rejects 400 account_center.not_enabled', async () => {
      server.reply({
        status: 400,
        body: { code: 'account_center.not_enabled', message: 'Account center is not enabled.' },
      });
      await expect(testCase.call(client)).rejects.toMatchObject({
        status: 400,
        code: 'account_center.not_enabled',
      });
    });
  }

  const { scope } = testCase;
  if (scope) {
    it(`names the missing scope (${scope.status} ${scope.code} → ${scope.requiredScope})`, async () => {
      const answer = { status: scope.status, body: { code: scope.code, message: 'Unauthorized.' } };
      // A 401 is retried once (it may also be an expired token); a 400 or 403 is not.
      server.reply(answer, answer);
      const error = await rejection(testCase.call(client));
      expect(error.requiredScope).toBe(scope.requiredScope);
      for (const name of scope.requiredScope.split(' '))
        expect(error.message).toContain(`\`${name}\``);
      expect(server.requests).toHaveLength(scope.status === 401 ? 2 : 1);
    });
  }

  if (
    testCase.success.body !== undefined &&
    testCase.success.status !== 204 &&
    typeof testCase.success.body !== 'string'
  ) {
    it('rejects a success body of the wrong shape with invalid_response', async () => {
      server.reply({ status: testCase.success.status, body: 42 });
      const error = await rejection(testCase.call(client));
      expect(error).toMatchObject({ status: 0, code: 'invalid_response' });
      expect(Array.isArray(error.data)).toBe(true);
    });
  }
});
