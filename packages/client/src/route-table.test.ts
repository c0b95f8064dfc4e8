import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accountRoutes, verificationRequirement } from './route-table.js';
import type { AccountOperation } from './route-table.js';

// The §5 legend, transcribed independently of the route definitions: A, C, –.
const expected: Record<AccountOperation, 'always' | 'when-user-has-method' | 'never'> = {
  getAccount: 'never',
  updateAccount: 'never',
  updateProfile: 'never',
  updatePassword: 'when-user-has-method',
  uploadAvatar: 'never',
  updatePrimaryEmail: 'always',
  deletePrimaryEmail: 'always',
  updatePrimaryPhone: 'always',
  deletePrimaryPhone: 'always',
  addIdentity: 'when-user-has-method',
  replaceIdentity: 'when-user-has-method',
  deleteIdentity: 'when-user-has-method',
  getIdentityAccessToken: 'never',
  updateIdentityAccessToken: 'never',
  getSsoIdentityAccessToken: 'never',
  listMfaVerifications: 'never',
  addMfaVerification: 'always',
  replaceTotp: 'always',
  generateTotpSecret: 'never',
  generateBackupCodes: 'never',
  getBackupCodes: 'always',
  renameMfaVerification: 'always',
  deleteMfaVerification: 'always',
  getMfaSettings: 'never',
  updateMfaSettings: 'always',
  getLogtoConfigs: 'never',
  updateLogtoConfigs: 'always',
  listSessions: 'always',
  deleteSession: 'always',
  listGrants: 'always',
  deleteGrant: 'always',
  listTrustedDevices: 'always',
  deleteTrustedDevice: 'always',
  createPasswordVerification: 'never',
  sendVerificationCode: 'never',
  verifyVerificationCode: 'never',
  createSocialVerification: 'never',
  verifySocialVerification: 'never',
  createWebAuthnRegistration: 'never',
  verifyWebAuthnRegistration: 'never',
  getAccountCenterSettings: 'never',
  getSignInExperience: 'never',
  getWebAuthnRelatedOrigins: 'never',
};

describe('verificationRequirement', () => {
  it.each(Object.entries(expected))('%s → %s', (operation, requirement) => {
    expect(verificationRequirement(operation as AccountOperation)).toBe(requirement);
  });

  it('needs the header for PATCH /my-account only when username is in the body', () => {
    expect(verificationRequirement('updateAccount', { username: 'ada' })).toBe('always');
    expect(verificationRequirement('updateAccount', { username: null })).toBe('always');
    expect(verificationRequirement('updateAccount', {})).toBe('never');
  });
});

describe('accountRoutes', () => {
  it('lists the 32 Account/Verification API paths plus the three anonymous documents', () => {
    const paths = new Set(Object.values(accountRoutes).map((route) => route.path));
    expect(paths.size).toBe(35);
    const anonymous = Object.values(accountRoutes).filter(
      (route) => 'anonymous' in route && route.anonymous,
    );
    expect(anonymous.map((route) => route.path)).toEqual([
      '/api/.well-known/account-center',
      '/api/.well-known/sign-in-exp',
      '/.well-known/webauthn',
    ]);
  });

  it('uses the scope fail statuses of §5', () => {
    expect(accountRoutes.deleteIdentity.scopeFailureStatus).toBe(400);
    expect(accountRoutes.addIdentity.scopeFailureStatus).toBe(401);
    expect(accountRoutes.getIdentityAccessToken.scopeFailureStatus).toBe(403);
    expect(accountRoutes.uploadAvatar).toMatchObject({ scope: 'profile', scopeFailureStatus: 401 });
    expect(accountRoutes.updatePassword).not.toHaveProperty('scope');
  });
});

describe('agreement with the server OpenAPI document', () => {
  // Served by a Logto 1.42 server; kept in the repository (see the folder's README).
  const openApiPath = fileURLToPath(
    new URL('../../mock/fixtures/logto-1.42/openapi-user.json', import.meta.url),
  );

  it('covers exactly the operations of the 32 Account/Verification API paths', () => {
    if (!existsSync(openApiPath)) throw new Error(`OpenAPI document not found at ${openApiPath}`);
    const document = JSON.parse(readFileSync(openApiPath, 'utf8')) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const fromServer = Object.entries(document.paths).flatMap(([template, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${template}`),
    );
    const fromClient = Object.values(accountRoutes)
      .filter((route) => !('anonymous' in route))
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(Object.keys(document.paths)).toHaveLength(32);
    expect(new Set(fromClient)).toEqual(new Set(fromServer));
    expect(fromClient).toHaveLength(fromServer.length);
  });
});
