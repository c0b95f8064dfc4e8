/**
 * The real client against the real simulator: social identities and provider tokens (§6.7),
 * sessions and grants (§6.9), and trusted devices behind dev features (§6.10).
 */

import { describe, expect, it, vi } from 'vitest';
import type { AccountClient } from '@account-center/client';
import type { AccountApiSimulator } from './simulator.js';
import {
  DEMO_PASSWORD,
  DEMO_USER_ID,
  GITHUB_CONNECTOR_ID,
  GOOGLE_CONNECTOR_ID,
  allFields,
  demoUserSeed,
  otherUserSeed,
  socialOnlyUserSeed,
} from './seed.js';
import { connect, PAGE_ORIGIN, rejection, START } from './test-utils/client.js';

/** Runs the fake social flow through the client to a verified Social record. */
async function verifiedSocialRecord(
  client: AccountClient,
  simulator: AccountApiSimulator,
  connectorId: string,
  providerUserId: string,
) {
  const created = await client.createSocialVerification({
    connectorId,
    state: 'state-123',
    redirectUri: `${PAGE_ORIGIN}/callback`,
  });
  const redirect = new URL(
    simulator.social.authorize(created.authorizationUri, { user: providerUserId }),
  );
  await client.verifySocialVerification({
    verificationRecordId: created.verificationRecordId,
    connectorData: Object.fromEntries(redirect.searchParams),
  });
  return created.verificationRecordId;
}

describe('identities (§6.7)', () => {
  it('links a GitHub identity with the header record', async () => {
    const { client, simulator } = connect();
    const recordId = await verifiedSocialRecord(
      client,
      simulator,
      GITHUB_CONNECTOR_ID,
      'github-ada',
    );
    const denied = await rejection(
      client.addIdentity({ newIdentifierVerificationRecordId: recordId }),
    );
    expect(denied).toMatchObject({ status: 401, code: 'verification_record.permission_denied' });

    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    await expect(client.addIdentity({ newIdentifierVerificationRecordId: recordId })).resolves.toBe(
      undefined,
    );
    expect((await client.getAccount()).identities?.github).toEqual({
      userId: 'github-ada',
      details: expect.objectContaining({ id: 'github-ada', name: 'Ada Lovelace' }),
    });
  });

  it('needs no header for a user without password, email or phone (C rule)', async () => {
    const { client, simulator } = connect({ seed: { users: [socialOnlyUserSeed()] } });
    const recordId = await verifiedSocialRecord(
      client,
      simulator,
      GITHUB_CONNECTOR_ID,
      'github-ada',
    );
    await client.addIdentity({ newIdentifierVerificationRecordId: recordId });
    expect(Object.keys((await client.getAccount()).identities ?? {})).toEqual(['google', 'github']);
  });

  it('refuses a target already linked (400) and an identity another user owns (422)', async () => {
    const { client, simulator } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const google = await verifiedSocialRecord(
      client,
      simulator,
      GOOGLE_CONNECTOR_ID,
      'google-alan-1912',
    );
    const sameTarget = await rejection(
      client.addIdentity({ newIdentifierVerificationRecordId: google }),
    );
    expect(sameTarget).toMatchObject({ status: 400, code: 'user.identity_already_in_use' });

    const graces = await verifiedSocialRecord(
      client,
      simulator,
      GITHUB_CONNECTOR_ID,
      'github-grace',
    );
    const owned = await rejection(
      client.addIdentity({ newIdentifierVerificationRecordId: graces }),
    );
    expect(owned).toMatchObject({
      status: 422,
      code: 'user.identity_already_in_use',
      message: 'The social account has been associated with an existing account.',
    });
  });

  it('replaces the identity of a target and its stored provider token', async () => {
    const { client, simulator } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const alan = await verifiedSocialRecord(
      client,
      simulator,
      GOOGLE_CONNECTOR_ID,
      'google-alan-1912',
    );
    await expect(client.replaceIdentity({ newIdentifierVerificationRecordId: alan })).resolves.toBe(
      undefined,
    );
    expect((await client.getAccount()).identities?.google?.userId).toBe('google-alan-1912');
    const token = await client.getIdentityAccessToken('google');
    expect(token.access_token).toMatch(/^mock-google-access-google-alan-1912-/);
  });

  it('refuses a social record that was never verified', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const created = await client.createSocialVerification({
      connectorId: GITHUB_CONNECTOR_ID,
      state: 's',
      redirectUri: `${PAGE_ORIGIN}/callback`,
    });
    const error = await rejection(
      client.addIdentity({ newIdentifierVerificationRecordId: created.verificationRecordId }),
    );
    expect(error).toMatchObject({
      status: 400,
      code: 'verification_record.not_found',
      message: 'Verification record not found.',
    });
  });

  it('unlinks an identity; unknown targets answer 404', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    await expect(client.deleteIdentity('google')).resolves.toBe(undefined);
    expect((await client.getAccount()).identities).toEqual({});
    const error = await rejection(client.deleteIdentity('google'));
    expect(error).toMatchObject({ status: 404, code: 'user.identity_not_exist' });
  });

  it('keeps the last identifier: a social-only user cannot unlink their only identity', async () => {
    const { client } = connect({ seed: { users: [socialOnlyUserSeed()] } });
    const error = await rejection(client.deleteIdentity('google'));
    expect(error).toMatchObject({ status: 400, code: 'user.last_sign_in_method_required' });
  });

  it('names the identities scope on the 400 of DELETE and the 401 of POST', async () => {
    const onUnauthorized = vi.fn();
    const { client, simulator } = connect({
      token: { scopes: ['openid', 'profile', 'email'] },
      client: { onUnauthorized },
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const unlink = await rejection(client.deleteIdentity('google'));
    expect(unlink).toMatchObject({
      status: 400,
      code: 'auth.unauthorized',
      requiredScope: 'identities',
    });
    expect(onUnauthorized).not.toHaveBeenCalled();

    const recordId = await verifiedSocialRecord(
      client,
      simulator,
      GITHUB_CONNECTOR_ID,
      'github-ada',
    );
    const link = await rejection(
      client.addIdentity({ newIdentifierVerificationRecordId: recordId }),
    );
    expect(link).toMatchObject({
      status: 401,
      code: 'auth.unauthorized',
      requiredScope: 'identities',
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('answers field_not_editable when social is ReadOnly', async () => {
    const { client } = connect({
      seed: { accountCenter: { fields: { ...allFields('Edit'), social: 'ReadOnly' } } },
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    expect(await rejection(client.deleteIdentity('google'))).toMatchObject({
      status: 400,
      code: 'account_center.field_not_editable',
    });
  });
});

describe('provider access tokens (§6.7)', () => {
  it('reads the stored Google token without a header', async () => {
    const { client } = connect();
    expect(await client.getIdentityAccessToken('google')).toEqual({
      access_token: 'mock-google-access-token',
      scope: 'openid profile email',
      token_type: 'Bearer',
    });
  });

  it('answers 404 token_not_found for a target without a stored token', async () => {
    const { client } = connect();
    const error = await rejection(client.getIdentityAccessToken('github'));
    expect(error).toMatchObject({
      status: 404,
      code: 'secrets.third_party_token_set.token_not_found',
      message: 'Token record not found.',
    });
  });

  it('answers 403 auth.forbidden naming openid and identities, without a retry', async () => {
    const getAccessToken = vi.fn();
    const { client, token } = connect({
      token: { scopes: ['openid', 'profile'] },
      client: { getAccessToken },
    });
    getAccessToken.mockResolvedValue(token);
    const error = await rejection(client.getIdentityAccessToken('google'));
    expect(error).toMatchObject({
      status: 403,
      code: 'auth.forbidden',
      requiredScope: 'openid identities',
    });
    expect(error.message).toContain('`identities`');
    expect(getAccessToken).toHaveBeenCalledTimes(1);
  });

  it('refreshes an expired token that has a refresh token, and drops one that has not', async () => {
    const onUnauthorized = vi.fn();
    const { client } = connect({
      client: { onUnauthorized },
      seed: {
        users: [
          {
            ...demoUserSeed(),
            socialTokens: {
              google: {
                access_token: 'old-google',
                expiresAt: START - 1,
                refresh_token: 'refresh-google',
              },
              github: { access_token: 'old-github', expiresAt: START - 1 },
            },
          },
          otherUserSeed(),
        ],
      },
    });
    const refreshed = await client.getIdentityAccessToken('google');
    expect(refreshed.access_token).toMatch(/^mock-refreshed-/);
    expect(refreshed.expires_in).toBe(3600);

    const expired = await rejection(client.getIdentityAccessToken('github'));
    expect(expired).toMatchObject({
      status: 401,
      code: 'secrets.third_party_token_set.access_token_expired',
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
    const gone = await rejection(client.getIdentityAccessToken('github'));
    expect(gone.code).toBe('secrets.third_party_token_set.token_not_found');
  });

  it('stores a fresh token from a verified social record of the same identity', async () => {
    const { client, simulator } = connect();
    const recordId = await verifiedSocialRecord(
      client,
      simulator,
      GOOGLE_CONNECTOR_ID,
      'google-ada-1815',
    );
    const token = await client.updateIdentityAccessToken('google', {
      verificationRecordId: recordId,
    });
    expect(token).toEqual({
      access_token: expect.stringMatching(/^mock-google-access-google-ada-1815-/),
      scope: 'openid profile email',
      token_type: 'Bearer',
      expires_in: 3600,
    });
    expect(await client.getIdentityAccessToken('google')).toMatchObject({
      access_token: token.access_token,
    });
  });

  it('refuses a record of another target, or of an identity the user has not linked', async () => {
    const { client, simulator } = connect();
    const github = await verifiedSocialRecord(client, simulator, GITHUB_CONNECTOR_ID, 'github-ada');
    const wrongTarget = await rejection(
      client.updateIdentityAccessToken('google', { verificationRecordId: github }),
    );
    expect(wrongTarget).toMatchObject({
      status: 422,
      code: 'verification_record.social_verification.invalid_target',
      message: 'Invalid verification record. Expected google but got github.',
    });

    const alan = await verifiedSocialRecord(
      client,
      simulator,
      GOOGLE_CONNECTOR_ID,
      'google-alan-1912',
    );
    const notLinked = await rejection(
      client.updateIdentityAccessToken('google', { verificationRecordId: alan }),
    );
    expect(notLinked).toMatchObject({
      status: 422,
      code: 'user.identity_not_exists_in_current_user',
    });
  });

  it('reads an enterprise-SSO token by connector id', async () => {
    const { client } = connect({
      seed: {
        users: [
          {
            ...demoUserSeed(),
            ssoTokens: { 'sso-okta': { access_token: 'okta-token', token_type: 'Bearer' } },
          },
          otherUserSeed(),
        ],
      },
    });
    expect(await client.getSsoIdentityAccessToken('sso-okta')).toEqual({
      access_token: 'okta-token',
      token_type: 'Bearer',
    });
    const missing = await rejection(client.getSsoIdentityAccessToken('sso-azure'));
    expect(missing).toMatchObject({
      status: 404,
      code: 'secrets.third_party_token_set.token_not_found',
    });
  });
});

describe('sessions (§6.9)', () => {
  it('lists the sessions with the header, marking the current one', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const { sessions } = await client.listSessions();
    expect(sessions.map((session) => [session.payload.uid, session.isCurrent])).toEqual([
      ['session-current-ada', true],
      ['session-phone-ada', false],
    ]);
    expect(sessions[0]).toMatchObject({
      payload: {
        kind: 'Session',
        accountId: DEMO_USER_ID,
        authorizations: { 'acme-notes': { grantId: 'grant-acme-notes' } },
      },
      lastSubmission: { signInContext: { city: 'London', country: 'GB', ip: '203.0.113.10' } },
      clientId: 'account-center-demo',
      accountId: DEMO_USER_ID,
      expiresAt: expect.any(Number),
    });
  });

  it('signs another session out, resolving void', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    await expect(
      client.deleteSession('session-phone-ada', { revokeGrantsTarget: 'all' }),
    ).resolves.toBe(undefined);
    const { sessions } = await client.listSessions();
    expect(sessions.map((session) => session.payload.uid)).toEqual(['session-current-ada']);
  });

  it('answers an unknown session with 400 and data.status 404 (§10.11)', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.deleteSession('no-such-session'));
    expect(error).toMatchObject({
      status: 400,
      code: 'oidc.session_not_found',
      message: 'Session not found.',
      data: { status: 404 },
    });
  });

  it('answers another user’s session with invalid_session_account_id, also 400', async () => {
    const { client } = connect({
      seed: {
        users: [demoUserSeed(), { ...otherUserSeed(), sessions: [{ uid: 'session-grace' }] }],
      },
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.deleteSession('session-grace'));
    expect(error).toMatchObject({
      status: 400,
      code: 'oidc.invalid_session_account_id',
      data: { status: 404 },
    });
  });

  it('names the sessions scope on its 401 and calls onUnauthorized after the retry', async () => {
    const onUnauthorized = vi.fn();
    const { client } = connect({
      token: { scopes: ['openid', 'profile', 'email'] },
      client: { onUnauthorized },
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.listSessions());
    expect(error).toMatchObject({
      status: 401,
      code: 'auth.unauthorized',
      requiredScope: 'urn:logto:scope:sessions',
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('answers field_not_editable for sign-out when session is ReadOnly, field_not_enabled when Off', async () => {
    const readOnly = connect({
      seed: { accountCenter: { fields: { ...allFields('Edit'), session: 'ReadOnly' } } },
    });
    await readOnly.client.createPasswordVerification({ password: DEMO_PASSWORD });
    expect((await readOnly.client.listSessions()).sessions).toHaveLength(2);
    expect(await rejection(readOnly.client.deleteSession('session-phone-ada'))).toMatchObject({
      code: 'account_center.field_not_editable',
    });

    const off = connect({
      seed: { accountCenter: { fields: { ...allFields('Edit'), session: 'Off' } } },
    });
    await off.client.createPasswordVerification({ password: DEMO_PASSWORD });
    expect(await rejection(off.client.listSessions())).toMatchObject({
      status: 400,
      code: 'account_center.field_not_enabled',
    });
  });
});

describe('grants (§6.9)', () => {
  it('lists grants, filtered by app type', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const { grants } = await client.listGrants();
    expect(grants).toEqual([
      {
        id: 'grant-acme-notes',
        payload: expect.objectContaining({
          kind: 'Grant',
          clientId: 'acme-notes',
          accountId: DEMO_USER_ID,
        }),
        expiresAt: expect.any(Number),
        application: { id: 'acme-notes', name: 'Acme Notes' },
      },
    ]);
    expect((await client.listGrants({ appType: 'firstParty' })).grants).toEqual([]);
    expect((await client.listGrants({ appType: 'thirdParty' })).grants).toHaveLength(1);
  });

  it('revokes a grant; an unknown grant answers 404 oidc.invalid_grant', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    await expect(client.deleteGrant('grant-acme-notes')).resolves.toBe(undefined);
    expect((await client.listGrants()).grants).toEqual([]);
    const error = await rejection(client.deleteGrant('grant-acme-notes'));
    expect(error).toMatchObject({
      status: 404,
      code: 'oidc.invalid_grant',
      message: 'Grant request is invalid.',
    });
  });
});

describe('trusted devices (§6.10, dev features)', () => {
  const devices = [
    { id: 'device-mac', userAgent: 'Mac', country: 'GB', city: 'London' },
    { id: 'device-phone', userAgent: 'iPhone' },
    { id: 'device-tablet', userAgent: 'iPad' },
  ];

  it('lists one page with the total from Total-Number', async () => {
    const { client } = connect({
      seed: { devFeatures: true, users: [{ ...demoUserSeed(), trustedDevices: devices }] },
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const page = await client.listTrustedDevices({ page: 2, pageSize: 2 });
    expect(page.total).toBe(3);
    expect(page.trustedDevices).toEqual([
      {
        id: 'device-tablet',
        userAgent: 'iPad',
        country: null,
        city: null,
        createdAt: START - 86_400_000,
        lastUsedAt: START - 3_600_000,
        expiresAt: START + 30 * 86_400_000,
        isCurrent: false,
      },
    ]);
    expect((await client.listTrustedDevices()).trustedDevices).toHaveLength(3);
  });

  it('forgets a device; another id answers 404 entity.not_found', async () => {
    const { client } = connect({
      seed: { devFeatures: true, users: [{ ...demoUserSeed(), trustedDevices: devices }] },
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    await expect(client.deleteTrustedDevice('device-mac')).resolves.toBe(undefined);
    expect((await client.listTrustedDevices()).total).toBe(2);
    const error = await rejection(client.deleteTrustedDevice('device-mac'));
    expect(error).toMatchObject({ status: 404, code: 'entity.not_found' });
  });

  it('answers guard.invalid_pagination for a page size over 100', async () => {
    const { client } = connect({ seed: { devFeatures: true } });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.listTrustedDevices({ pageSize: 101 }));
    expect(error).toMatchObject({ status: 400, code: 'guard.invalid_pagination' });
  });

  it('names the trusted-devices scope on its 401', async () => {
    const { client } = connect({
      seed: { devFeatures: true },
      token: { scopes: ['openid', 'profile'] },
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.listTrustedDevices());
    expect(error).toMatchObject({
      status: 401,
      code: 'auth.unauthorized',
      requiredScope: 'urn:logto:scope:trusted_devices',
    });
  });

  it('is a plain-text 404 (http_error) on a server without dev features', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.listTrustedDevices());
    expect(error).toMatchObject({ status: 404, code: 'http_error', message: 'Not Found' });
  });
});
