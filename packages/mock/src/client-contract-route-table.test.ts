/**
 * The client's route table (`accountRoutes`: scope, scope-failure status, header requirement)
 * held against what the simulator answers for every operation that has a scope or a header rule
 * (§5 legend and catalogue). A disagreement here means the client would name the wrong scope or
 * send (or withhold) the `logto-verification-id` header on the wrong routes.
 */

import { accountRoutes, verificationRequirement } from '@account-center/client/operations';
import type { AccountClient, AccountOperation } from '@account-center/client';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, socialOnlyUserSeed } from './seed.js';
import { connect, rejection } from './test-utils/client.js';

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44,
  0xae, 0x42, 0x60, 0x82,
]);

/** One call per operation with a body the route's guard accepts. */
const calls: [AccountOperation, (client: AccountClient) => Promise<unknown>][] = [
  ['updateAccount', (client) => client.updateAccount({ name: 'Ada King' })],
  ['updateProfile', (client) => client.updateProfile({ nickname: 'Ada' })],
  ['updatePassword', (client) => client.updatePassword({ password: 'Difference-Engine-1822' })],
  ['uploadAvatar', (client) => client.uploadAvatar(new Blob([PNG], { type: 'image/png' }))],
  [
    'updatePrimaryEmail',
    (client) =>
      client.updatePrimaryEmail({
        email: 'new@example.com',
        newIdentifierVerificationRecordId: 'x',
      }),
  ],
  ['deletePrimaryEmail', (client) => client.deletePrimaryEmail()],
  [
    'updatePrimaryPhone',
    (client) =>
      client.updatePrimaryPhone({ phone: '15555550123', newIdentifierVerificationRecordId: 'x' }),
  ],
  ['deletePrimaryPhone', (client) => client.deletePrimaryPhone()],
  ['addIdentity', (client) => client.addIdentity({ newIdentifierVerificationRecordId: 'x' })],
  [
    'replaceIdentity',
    (client) => client.replaceIdentity({ newIdentifierVerificationRecordId: 'x' }),
  ],
  ['deleteIdentity', (client) => client.deleteIdentity('google')],
  ['getIdentityAccessToken', (client) => client.getIdentityAccessToken('google')],
  [
    'updateIdentityAccessToken',
    (client) => client.updateIdentityAccessToken('google', { verificationRecordId: 'x' }),
  ],
  ['getSsoIdentityAccessToken', (client) => client.getSsoIdentityAccessToken('sso-okta')],
  ['listMfaVerifications', (client) => client.listMfaVerifications()],
  [
    'addMfaVerification',
    (client) => client.addMfaVerification({ type: 'Totp', secret: DEMO_TOTP_SECRET }),
  ],
  ['replaceTotp', (client) => client.replaceTotp({ secret: DEMO_TOTP_SECRET, code: '000000' })],
  ['getBackupCodes', (client) => client.getBackupCodes()],
  ['renameMfaVerification', (client) => client.renameMfaVerification('x', { name: 'Key' })],
  ['deleteMfaVerification', (client) => client.deleteMfaVerification('x')],
  ['getMfaSettings', (client) => client.getMfaSettings()],
  ['updateMfaSettings', (client) => client.updateMfaSettings({ skipMfaOnSignIn: true })],
  ['getLogtoConfigs', (client) => client.getLogtoConfigs()],
  ['updateLogtoConfigs', (client) => client.updateLogtoConfigs({ mfa: { skipped: true } })],
  ['listSessions', (client) => client.listSessions()],
  ['deleteSession', (client) => client.deleteSession('session-phone-ada')],
  ['listGrants', (client) => client.listGrants()],
  ['deleteGrant', (client) => client.deleteGrant('grant-acme-notes')],
  ['listTrustedDevices', (client) => client.listTrustedDevices()],
  ['deleteTrustedDevice', (client) => client.deleteTrustedDevice('x')],
];

const scoped = calls.filter(([operation]) => accountRoutes[operation].scope !== undefined);

describe('missing scope: the status the table promises, and the scope it names (§5)', () => {
  it.each(scoped)('%s', async (operation, call) => {
    const route = accountRoutes[operation];
    const { client } = connect({ seed: { devFeatures: true }, token: { scopes: ['openid'] } });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(call(client));
    expect({ status: error.status, code: error.code }).toEqual({
      status: route.scopeFailureStatus,
      code: route.scopeFailureStatus === 403 ? 'auth.forbidden' : 'auth.unauthorized',
    });
    expect(error.requiredScope?.split(' ')).toContain(route.scope);
  });
});

describe('header rule: A and C routes deny without a record, – routes never do (§5)', () => {
  it.each(calls)('%s', async (operation, call) => {
    const requirement = verificationRequirement(operation);
    const { client } = connect({ seed: { devFeatures: true } });
    const outcome = await call(client).then(
      () => undefined,
      (error: unknown) => error,
    );
    const denied = (outcome as { code?: string } | undefined)?.code;
    if (requirement === 'never') expect(denied).not.toBe('verification_record.permission_denied');
    else expect(denied).toBe('verification_record.permission_denied');
  });

  it('username changes are the one header-needing case of updateAccount', async () => {
    expect(verificationRequirement('updateAccount', { username: 'countess' })).toBe('always');
    const { client } = connect();
    const error = await rejection(client.updateAccount({ username: 'countess' }));
    expect(error.code).toBe('verification_record.permission_denied');
  });

  const conditional = calls.filter(
    ([operation]) => verificationRequirement(operation) === 'when-user-has-method',
  );

  it.each(conditional)(
    '%s needs no header for a user without password, email or phone',
    async (_operation, call) => {
      const { client } = connect({ seed: { users: [socialOnlyUserSeed()] } });
      const outcome = await call(client).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect((outcome as { code?: string } | undefined)?.code).not.toBe(
        'verification_record.permission_denied',
      );
    },
  );
});
