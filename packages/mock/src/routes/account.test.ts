import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER_ID, allFields, socialOnlyUserSeed } from '../seed.js';
import { createHarness } from '../test-utils/harness.js';

describe('GET /api/my-account (§3.2)', () => {
  it('returns only id and hasSecurityVerificationMethod with an openid-only token', async () => {
    const harness = createHarness();
    const result = await harness.call('GET', '/api/my-account', {
      token: harness.mint({ scopes: ['openid'] }),
    });
    expect(result.body).toEqual({ id: DEMO_USER_ID, hasSecurityVerificationMethod: true });
  });

  it('drops keys whose field is Off and never shows ssoIdentities', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateAccountCenter({
      fields: { ...allFields('Edit'), email: 'Off', social: 'Off', password: 'Off' },
    });
    harness.simulator.admin.updateUser(DEMO_USER_ID, {
      ssoIdentities: [{ connectorId: 'sso', issuer: 'https://idp', identityId: '1' }],
    });
    const result = await harness.call('GET', '/api/my-account');
    expect(result.body).not.toHaveProperty('primaryEmail');
    expect(result.body).not.toHaveProperty('identities');
    expect(result.body).not.toHaveProperty('hasPassword');
    expect(result.body).not.toHaveProperty('ssoIdentities');
    expect(result.body.username).toBe('ada_lovelace');
  });

  it('shows a readable field without a value as null', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateAccountCenter({ fields: { phone: 'ReadOnly' } });
    const result = await harness.call('GET', '/api/my-account');
    expect(result.body).toEqual({
      id: DEMO_USER_ID,
      primaryPhone: null,
      lastSignInAt: expect.any(Number),
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
      applicationId: null,
      cimdClientId: null,
      isSuspended: false,
      hasSecurityVerificationMethod: true,
    });
  });

  it('includes profile.address only with the address scope', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateUser(DEMO_USER_ID, {
      profile: { givenName: 'Ada', address: { locality: 'London' } },
    });
    const without = await harness.call('GET', '/api/my-account', {
      token: harness.mint({ scopes: ['openid', 'profile'] }),
    });
    expect(without.body.profile).toEqual({ givenName: 'Ada' });
    const withAddress = await harness.call('GET', '/api/my-account');
    expect(withAddress.body.profile.address).toEqual({ locality: 'London' });
  });

  it('reports hasSecurityVerificationMethod false for a social-only user', async () => {
    const harness = createHarness({ seed: { users: [socialOnlyUserSeed()] } });
    const result = await harness.call('GET', '/api/my-account');
    expect(result.body.hasSecurityVerificationMethod).toBe(false);
    expect(result.body.hasPassword).toBe(false);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const harness = createHarness();
    const first = await harness.call('GET', '/api/my-account');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    const second = await harness.call('GET', '/api/my-account', {
      headers: { 'if-none-match': etag },
    });
    expect(second.status).toBe(304);
    expect(second.text).toBe('');
  });
});

describe('PATCH /api/my-account (§6.2)', () => {
  it('replaces customData instead of merging it', async () => {
    const harness = createHarness();
    await harness.call('PATCH', '/api/my-account', { body: { customData: { a: 1, b: 2 } } });
    const result = await harness.call('PATCH', '/api/my-account', {
      body: { customData: { c: 3 } },
    });
    expect(result.body.customData).toEqual({ c: 3 });
  });

  it('checks the field gate before the scope', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateAccountCenter({
      fields: { ...allFields('Edit'), name: 'ReadOnly' },
    });
    const result = await harness.call('PATCH', '/api/my-account', {
      body: { name: 'x' },
      token: harness.mint({ scopes: ['openid'] }),
    });
    expect(result.body.code).toBe('account_center.field_not_editable');
  });

  it('validates the username pattern with a guard error', async () => {
    const harness = createHarness();
    const result = await harness.call('PATCH', '/api/my-account', {
      body: { username: '1abc' },
      verificationId: await harness.passwordRecord(),
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('guard.invalid_input');
    expect(result.body.data.issues[0].path).toEqual(['username']);
  });

  it('accepts the current username and rejects another user’s (§12)', async () => {
    const harness = createHarness();
    const verificationId = await harness.passwordRecord();
    expect(
      (
        await harness.call('PATCH', '/api/my-account', {
          body: { username: 'ada_lovelace' },
          verificationId,
        })
      ).status,
    ).toBe(200);
    const taken = await harness.call('PATCH', '/api/my-account', {
      body: { username: 'grace_hopper' },
      verificationId,
    });
    expect(taken.status).toBe(422);
    expect(taken.body.code).toBe('user.username_already_in_use');
  });

  it('applies the tenant username policy', async () => {
    const harness = createHarness();
    const policy = harness.simulator.admin.getSignInExperience().usernamePolicy;
    harness.simulator.admin.updateSignInExperience({
      usernamePolicy: {
        ...policy,
        minLength: 4,
        allowedChars: { ...policy.allowedChars, uppercase: false },
      },
    });
    const verificationId = await harness.passwordRecord();
    expect(
      (
        await harness.call('PATCH', '/api/my-account', {
          body: { username: 'abc' },
          verificationId,
        })
      ).body.code,
    ).toBe('user.username_too_short');
    expect(
      (
        await harness.call('PATCH', '/api/my-account', {
          body: { username: 'Abcd' },
          verificationId,
        })
      ).body.code,
    ).toBe('user.username_uppercase_not_allowed');
  });

  it('enforces the last-identifier rule when clearing the username', async () => {
    const harness = createHarness({
      seed: { users: [{ id: 'onlyusername', username: 'solo', password: 'Some-Password-12' }] },
    });
    const result = await harness.call('PATCH', '/api/my-account', {
      body: { username: null },
      verificationId: (
        await harness.call('POST', '/api/verifications/password', {
          body: { password: 'Some-Password-12' },
        })
      ).body.verificationRecordId,
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('user.last_sign_in_method_required');
  });

  it('answers 422 to an empty body, like the upstream UPDATE with no columns (recorded)', async () => {
    const harness = createHarness();
    const result = await harness.call('PATCH', '/api/my-account', { body: {} });
    expect(result.status).toBe(422);
    expect(result.body).toEqual({
      code: 'entity.invalid_input',
      message: 'Invalid input. Value list must not be empty.',
    });
  });

  it('rejects mutations from third-party apps', async () => {
    const harness = createHarness();
    const result = await harness.call('PATCH', '/api/my-account', {
      body: { name: 'x' },
      token: harness.mint({ thirdParty: true }),
    });
    expect(result.status).toBe(403);
    expect(result.body.code).toBe('auth.third_party_application_forbidden');
  });
});

describe('PATCH /api/my-account/profile (§6.3)', () => {
  it('shallow-merges and replaces address as a whole', async () => {
    const harness = createHarness();
    await harness.call('PATCH', '/api/my-account/profile', {
      body: { address: { locality: 'London', country: 'UK' } },
    });
    const result = await harness.call('PATCH', '/api/my-account/profile', {
      body: { nickname: 'Ada', address: { region: 'Marylebone' } },
    });
    expect(result.body).toEqual({
      givenName: 'Ada',
      familyName: 'Lovelace',
      nickname: 'Ada',
      address: { region: 'Marylebone' },
    });
  });

  it('needs the address scope to send address', async () => {
    const harness = createHarness();
    const token = harness.mint({ scopes: ['openid', 'profile'] });
    const result = await harness.call('PATCH', '/api/my-account/profile', {
      token,
      body: { address: { locality: 'x' } },
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('auth.unauthorized');
  });
});

describe('POST /api/my-account/password (§6.4, §9)', () => {
  it('lets a user without password, email or phone set one without a header', async () => {
    const harness = createHarness({ seed: { users: [socialOnlyUserSeed()] } });
    const result = await harness.call('POST', '/api/my-account/password', {
      body: { password: 'First-Password-77' },
    });
    expect(result.status).toBe(204);
  });

  it('checks no OIDC scope', async () => {
    const harness = createHarness();
    const token = harness.mint({ scopes: ['openid'] });
    const verificationId = await harness.passwordRecord(token);
    const result = await harness.call('POST', '/api/my-account/password', {
      token,
      verificationId,
      body: { password: 'Fresh-Secret-Words-9' },
    });
    expect(result.status).toBe(204);
  });

  it('rejects a breached password with password_rejected.pwned', async () => {
    const harness = createHarness();
    const result = await harness.call('POST', '/api/my-account/password', {
      verificationId: await harness.passwordRecord(),
      body: { password: 'qwerty123' },
    });
    expect(result.status).toBe(422);
    expect(result.body.data).toEqual([{ code: 'password_rejected.pwned' }]);
  });

  it('answers 500 when the breached-password service is unreachable (§12)', async () => {
    const harness = createHarness({ seed: { pwnedServiceUnreachable: true } });
    const result = await harness.call('POST', '/api/my-account/password', {
      verificationId: await harness.passwordRecord(),
      body: { password: 'Fresh-Secret-Words-9' },
    });
    expect(result.status).toBe(500);
    expect(result.body).toEqual({ message: 'Internal server error.' });
  });

  it('rejects the current password with user.same_password', async () => {
    const harness = createHarness();
    const result = await harness.call('POST', '/api/my-account/password', {
      verificationId: await harness.passwordRecord(),
      body: { password: DEMO_PASSWORD },
    });
    expect(result.status).toBe(422);
    expect(result.body.code).toBe('user.same_password');
  });

  it('reports character types and user info issues', async () => {
    const harness = createHarness();
    const policy = harness.simulator.admin.getSignInExperience().passwordPolicy;
    harness.simulator.admin.updateSignInExperience({
      passwordPolicy: { ...policy, characterTypes: { min: 3 } },
    });
    const result = await harness.call('POST', '/api/my-account/password', {
      verificationId: await harness.passwordRecord(),
      body: { password: 'adalovelace' },
    });
    expect(result.body.data).toEqual([
      { code: 'password_rejected.character_types', interpolation: { min: 3 } },
      { code: 'password_rejected.restricted.user_info' },
    ]);
  });

  it('reuses one verification record for two changes, and tokens keep working (§12)', async () => {
    const harness = createHarness();
    const verificationId = await harness.passwordRecord();
    expect(
      (
        await harness.call('POST', '/api/my-account/password', {
          verificationId,
          body: { password: 'Fresh-Secret-Words-9' },
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await harness.call('POST', '/api/my-account/password', {
          verificationId,
          body: { password: 'Other-Secret-Words-8' },
        })
      ).status,
    ).toBe(204);
    expect((await harness.call('GET', '/api/my-account')).status).toBe(200);
    const wrongNow = await harness.call('POST', '/api/verifications/password', {
      body: { password: DEMO_PASSWORD },
    });
    expect(wrongNow.body.code).toBe('session.invalid_credentials');
  });
});

describe('POST /api/my-account/user-assets/avatar (§6.5)', () => {
  const png = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 0xae, 0x42, 0x60, 0x82,
  ]);
  const form = (bytes: Uint8Array, type = 'image/png') => {
    const data = new FormData();
    data.set('file', new Blob([bytes as BlobPart], { type }), 'avatar');
    return data;
  };

  it('stores the file, answers its URL and does not change the user', async () => {
    const harness = createHarness();
    const result = await harness.call('POST', '/api/my-account/user-assets/avatar', {
      body: form(png),
    });
    expect(result.status).toBe(200);
    expect(result.body.url).toMatch(
      /^http:\/\/localhost:3001\/__mock\/user-assets\/demouser0001\/\w+\.png$/,
    );
    const image = await harness.simulator.handle(new Request(result.body.url));
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(png);
    expect((await harness.call('GET', '/api/my-account')).body.avatar).toBeNull();
  });

  it('rejects SVG and truncated images', async () => {
    const harness = createHarness();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(
      (
        await harness.call('POST', '/api/my-account/user-assets/avatar', {
          body: form(svg, 'image/svg+xml'),
        })
      ).body.code,
    ).toBe('guard.mime_type_not_allowed');
    expect(
      (
        await harness.call('POST', '/api/my-account/user-assets/avatar', {
          body: form(png.slice(0, 10)),
        })
      ).body.code,
    ).toBe('guard.mime_type_not_allowed');
  });

  it('rejects files over 20 MiB', async () => {
    const harness = createHarness();
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(png.slice(0, 8));
    const result = await harness.call('POST', '/api/my-account/user-assets/avatar', {
      body: form(big),
    });
    expect(result.body.code).toBe('guard.file_size_exceeded');
  });

  it('answers storage.not_configured without a storage provider', async () => {
    const harness = createHarness({ seed: { storageConfigured: false } });
    const result = await harness.call('POST', '/api/my-account/user-assets/avatar', {
      body: form(png),
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('storage.not_configured');
  });

  it('answers a guard error without a file', async () => {
    const harness = createHarness();
    const result = await harness.call('POST', '/api/my-account/user-assets/avatar', {
      body: new FormData(),
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('guard.invalid_input');
  });
});
