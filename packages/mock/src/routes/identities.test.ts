import { describe, expect, it } from 'vitest';
import {
  DEMO_USER_ID,
  GITHUB_CONNECTOR_ID,
  GOOGLE_CONNECTOR_ID,
  socialOnlyUserSeed,
} from '../seed.js';
import { createHarness } from '../test-utils/harness.js';

describe('POST/PUT /api/my-account/identities (§6.7)', () => {
  it('links a verified social identity with its details', async () => {
    const harness = createHarness();
    const record = await harness.verifiedSocialRecord(GITHUB_CONNECTOR_ID, 'github-ada');
    const result = await harness.call('POST', '/api/my-account/identities', {
      verificationId: await harness.passwordRecord(),
      body: { newIdentifierVerificationRecordId: record },
    });
    expect(result.status).toBe(204);
    const account = await harness.call('GET', '/api/my-account');
    expect(account.body.identities.github).toMatchObject({
      userId: 'github-ada',
      details: { id: 'github-ada', name: 'Ada Lovelace' },
    });
  });

  it('rejects an identity owned by another user with 422', async () => {
    const harness = createHarness();
    const record = await harness.verifiedSocialRecord(GITHUB_CONNECTOR_ID, 'github-grace');
    const result = await harness.call('POST', '/api/my-account/identities', {
      verificationId: await harness.passwordRecord(),
      body: { newIdentifierVerificationRecordId: record },
    });
    expect(result.status).toBe(422);
    expect(result.body.code).toBe('user.identity_already_in_use');
  });

  it('rejects a second identity for the same target with 400, which PUT replaces', async () => {
    const harness = createHarness();
    const header = await harness.passwordRecord();
    const record = await harness.verifiedSocialRecord(GOOGLE_CONNECTOR_ID, 'google-alan-1912');
    const added = await harness.call('POST', '/api/my-account/identities', {
      verificationId: header,
      body: { newIdentifierVerificationRecordId: record },
    });
    expect(added.status).toBe(400);
    expect(added.body.code).toBe('user.identity_already_in_use');
    const replaced = await harness.call('PUT', '/api/my-account/identities', {
      verificationId: header,
      body: { newIdentifierVerificationRecordId: record },
    });
    expect(replaced.status).toBe(204);
    expect(harness.simulator.admin.getUser(DEMO_USER_ID)?.identities.google?.userId).toBe(
      'google-alan-1912',
    );
  });

  it('answers verification_record.not_found for an unverified social record', async () => {
    const harness = createHarness();
    const created = await harness.call('POST', '/api/verifications/social', {
      body: { connectorId: GITHUB_CONNECTOR_ID, state: 's', redirectUri: 'http://localhost/cb' },
    });
    const result = await harness.call('POST', '/api/my-account/identities', {
      verificationId: await harness.passwordRecord(),
      body: { newIdentifierVerificationRecordId: created.body.verificationRecordId },
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('verification_record.not_found');
  });

  it('needs no header for a user without password, email or phone', async () => {
    const harness = createHarness({ seed: { users: [socialOnlyUserSeed()] } });
    const record = await harness.verifiedSocialRecord(GITHUB_CONNECTOR_ID, 'github-ada');
    const result = await harness.call('POST', '/api/my-account/identities', {
      body: { newIdentifierVerificationRecordId: record },
    });
    expect(result.status).toBe(204);
  });
});

describe('DELETE /api/my-account/identities/:target (§6.7)', () => {
  it('answers 404 for a target the user has not linked', async () => {
    const harness = createHarness();
    const result = await harness.call('DELETE', '/api/my-account/identities/github', {
      verificationId: await harness.passwordRecord(),
    });
    expect(result.status).toBe(404);
    expect(result.body.code).toBe('user.identity_not_exist');
  });

  it('keeps the last identifier of a social-only user', async () => {
    const harness = createHarness({ seed: { users: [socialOnlyUserSeed()] } });
    const result = await harness.call('DELETE', '/api/my-account/identities/google');
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('user.last_sign_in_method_required');
  });
});

describe('provider access tokens (§6.7)', () => {
  it('returns the stored token, 404 when none', async () => {
    const harness = createHarness();
    const google = await harness.call('GET', '/api/my-account/identities/google/access-token');
    expect(google.body).toEqual({
      access_token: 'mock-google-access-token',
      scope: 'openid profile email',
      token_type: 'Bearer',
    });
    const github = await harness.call('GET', '/api/my-account/identities/github/access-token');
    expect(github.status).toBe(404);
    expect(github.body.code).toBe('secrets.third_party_token_set.token_not_found');
  });

  it('refreshes an expired token when it can, else deletes it with 401', async () => {
    const harness = createHarness();
    const past = harness.simulator.clock.now() - 1000;
    harness.simulator.admin.updateUser(DEMO_USER_ID, {
      socialTokens: {
        google: { access_token: 'old', expiresAt: past, refresh_token: 'r' },
        github: { access_token: 'old', expiresAt: past },
      },
    });
    const refreshed = await harness.call('GET', '/api/my-account/identities/google/access-token');
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.access_token).not.toBe('old');
    expect(refreshed.body.expires_in).toBe(3600);
    const expired = await harness.call('GET', '/api/my-account/identities/github/access-token');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('secrets.third_party_token_set.access_token_expired');
    expect(
      (await harness.call('GET', '/api/my-account/identities/github/access-token')).status,
    ).toBe(404);
  });

  it('stores a fresh token from a social record, with the contract errors', async () => {
    const harness = createHarness();
    const ada = await harness.verifiedSocialRecord(GOOGLE_CONNECTOR_ID, 'google-ada-1815');
    const updated = await harness.call('PUT', '/api/my-account/identities/google/access-token', {
      body: { verificationRecordId: ada },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.access_token).toMatch(/^mock-google-access/);

    const wrongTarget = await harness.call(
      'PUT',
      '/api/my-account/identities/github/access-token',
      { body: { verificationRecordId: ada } },
    );
    expect(wrongTarget.status).toBe(422);
    expect(wrongTarget.body).toMatchObject({
      code: 'verification_record.social_verification.invalid_target',
      message: 'Invalid verification record. Expected github but got google.',
    });

    const alan = await harness.verifiedSocialRecord(GOOGLE_CONNECTOR_ID, 'google-alan-1912');
    const notLinked = await harness.call('PUT', '/api/my-account/identities/google/access-token', {
      body: { verificationRecordId: alan },
    });
    expect(notLinked.body.code).toBe('user.identity_not_exists_in_current_user');

    const header = await harness.passwordRecord();
    const githubRecord = await harness.verifiedSocialRecord(GITHUB_CONNECTOR_ID, 'github-ada');
    await harness.call('POST', '/api/my-account/identities', {
      verificationId: header,
      body: { newIdentifierVerificationRecordId: githubRecord },
    });
    const noTokens = await harness.call('PUT', '/api/my-account/identities/github/access-token', {
      body: { verificationRecordId: githubRecord },
    });
    expect(noTokens.status).toBe(422);
    expect(noTokens.body.code).toBe(
      'verification_record.social_verification.token_response_not_found',
    );
  });

  it('is allowed for third-party tokens and has no field gate', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateAccountCenter({ fields: {} });
    const result = await harness.call('GET', '/api/my-account/identities/google/access-token', {
      token: harness.mint({ thirdParty: true }),
    });
    expect(result.status).toBe(200);
  });
});
