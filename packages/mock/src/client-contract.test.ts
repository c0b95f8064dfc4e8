/**
 * The real `@account-center/client` against the real simulator (no mocks on either side): the
 * account operations, the anonymous documents, and the transport's behaviour on what a Logto
 * server answers (§1–§3, §5, §6.1–§6.6, §9, §12). Verification records, MFA, identities and
 * sessions live in the sibling `client-contract-*.test.ts` files.
 */

import { createAccountClient, fetchAccountCenterSettings } from '@account-center/client';
import { checkPassword } from '@account-center/client/helpers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordedCustomProfileFields } from './custom-profile-fields.js';
import { createSimulatorFetch } from './fetch.js';
import { PWNED_PASSWORDS } from './password.js';
import {
  DEMO_EMAIL,
  DEMO_PASSWORD,
  DEMO_USER_ID,
  allFields,
  defaultUsernamePolicy,
  demoUserSeed,
  otherUserSeed,
  socialOnlyUserSeed,
} from './seed.js';
import { connect, ENDPOINT, rejection, START } from './test-utils/client.js';

/** A 1×1 PNG as the avatar route sniffs it: signature and the IEND end marker. */
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44,
  0xae, 0x42, 0x60, 0x82,
]);

describe('getAccount (§6.1, §3.2)', () => {
  it('parses the demo user with every scope and field', async () => {
    const { client } = connect();
    const account = await client.getAccount();
    expect(account).toEqual({
      id: DEMO_USER_ID,
      username: 'ada_lovelace',
      primaryEmail: DEMO_EMAIL,
      primaryPhone: null,
      name: 'Ada Lovelace',
      avatar: null,
      customData: {},
      identities: {
        google: {
          userId: 'google-ada-1815',
          details: {
            id: 'google-ada-1815',
            email: 'ada.lovelace@gmail.example',
            name: 'Ada Lovelace',
          },
        },
      },
      lastSignInAt: START - 3_600_000,
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
      profile: { givenName: 'Ada', familyName: 'Lovelace' },
      applicationId: null,
      cimdClientId: null,
      isSuspended: false,
      hasPassword: true,
      hasSecurityVerificationMethod: true,
    });
  });

  it('drops keys the token has no scope for, keeping id and hasSecurityVerificationMethod', async () => {
    const { client } = connect({ token: { scopes: ['openid'] } });
    expect(await client.getAccount()).toEqual({
      id: DEMO_USER_ID,
      hasSecurityVerificationMethod: true,
    });
  });

  it('drops keys whose field is Off', async () => {
    const { client } = connect({
      seed: { accountCenter: { fields: { ...allFields('Edit'), name: 'Off', social: 'Off' } } },
    });
    const account = await client.getAccount();
    expect(account).not.toHaveProperty('name');
    expect(account).not.toHaveProperty('identities');
    expect(account.username).toBe('ada_lovelace');
  });

  it('answers 403 auth.forbidden naming openid for a token without openid (§1.2 row 5)', async () => {
    const { client } = connect({ token: { scopes: ['profile'] } });
    const error = await rejection(client.getAccount());
    expect(error).toMatchObject({ status: 403, code: 'auth.forbidden', requiredScope: 'openid' });
  });
});

describe('updateAccount (§6.2)', () => {
  it('updates name and replaces customData, answering the account', async () => {
    const { client } = connect({
      seed: { users: [{ ...demoUserSeed(), customData: { theme: 'light', beta: true } }] },
    });
    const account = await client.updateAccount({ name: 'Ada King', customData: { theme: 'dark' } });
    expect(account.name).toBe('Ada King');
    expect(account.customData).toEqual({ theme: 'dark' });
    expect((await client.getAccount()).customData).toEqual({ theme: 'dark' });
  });

  it('needs the verification header for a username change, and takes the stored one', async () => {
    const { client } = connect();
    const denied = await rejection(client.updateAccount({ username: 'countess' }));
    expect(denied).toMatchObject({ status: 401, code: 'verification_record.permission_denied' });

    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    expect((await client.updateAccount({ username: 'countess' })).username).toBe('countess');

    const taken = await rejection(client.updateAccount({ username: 'grace_hopper' }));
    expect(taken).toMatchObject({ status: 422, code: 'user.username_already_in_use' });
    // Setting the current value again answers 200 (§12).
    expect((await client.updateAccount({ username: 'countess' })).username).toBe('countess');
  });

  it('rejects a ReadOnly field with field_not_editable', async () => {
    const { client } = connect({
      seed: { accountCenter: { fields: { ...allFields('Edit'), name: 'ReadOnly' } } },
    });
    const error = await rejection(client.updateAccount({ name: 'Ada King' }));
    expect(error).toMatchObject({
      status: 400,
      code: 'account_center.field_not_editable',
      message: 'Field is not editable.',
      requiredScope: undefined,
    });
  });

  it('names the missing scope on a 400 auth.unauthorized and does not retry it', async () => {
    const getAccessToken = vi.fn();
    const onUnauthorized = vi.fn();
    const { client, token } = connect({
      token: { scopes: ['openid', 'profile'] },
      client: { getAccessToken, onUnauthorized },
    });
    getAccessToken.mockResolvedValue(token);

    const error = await rejection(client.updateAccount({ customData: { theme: 'dark' } }));
    expect(error).toMatchObject({
      status: 400,
      code: 'auth.unauthorized',
      requiredScope: 'profile custom_data',
    });
    expect(error.message).toContain('`custom_data`');
    expect(getAccessToken).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('answers a guard.invalid_input with details for a username Logto refuses (§12)', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.updateAccount({ username: '1abc' }));
    expect(error.status).toBe(400);
    expect(error.code).toBe('guard.invalid_input');
    expect(error.message).toBe('The request body is invalid.');
    expect(error.details).toMatch(/^Error in key path "username": \(invalid_string\)/);
    expect(error.data).toMatchObject({
      name: 'ZodError',
      issues: [expect.objectContaining({ path: ['username'] })],
    });
  });
});

describe('updateProfile (§6.3)', () => {
  it('shallow-merges and answers the profile object', async () => {
    const { client } = connect();
    const profile = await client.updateProfile({ nickname: 'Ada', website: 'https://ada.example' });
    expect(profile).toEqual({
      givenName: 'Ada',
      familyName: 'Lovelace',
      nickname: 'Ada',
      website: 'https://ada.example',
    });
  });

  it('returns the address only with the address scope, and names both scopes without it', async () => {
    const withAddress = connect();
    const profile = await withAddress.client.updateProfile({ address: { country: 'GB' } });
    expect(profile.address).toEqual({ country: 'GB' });

    const without = connect({ token: { scopes: ['openid', 'profile'] } });
    const error = await rejection(without.client.updateProfile({ address: { country: 'GB' } }));
    expect(error).toMatchObject({
      status: 400,
      code: 'auth.unauthorized',
      requiredScope: 'profile address',
    });
  });
});

describe('updatePassword (§6.4, §9)', () => {
  it('changes the password with the stored record and resolves with nothing', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    await expect(client.updatePassword({ password: 'Difference-Engine-1822' })).resolves.toBe(
      undefined,
    );
    const wrong = await rejection(client.createPasswordVerification({ password: DEMO_PASSWORD }));
    expect(wrong).toMatchObject({ status: 422, code: 'session.invalid_credentials' });
    await client.createPasswordVerification({ password: 'Difference-Engine-1822' });
    // The access token keeps working after a password change (§12).
    expect((await client.getAccount()).id).toBe(DEMO_USER_ID);
  });

  it('lets a user without any sign-in method set a first password without a header', async () => {
    const { client } = connect({ seed: { users: [socialOnlyUserSeed()] } });
    expect(client.verification.get()).toBeUndefined();
    await client.updatePassword({ password: 'First-Password-2026' });
    expect((await client.getAccount()).hasPassword).toBe(true);
  });

  it('puts the policy issues in data, in the server order of §9', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const cases: [password: string, issues: unknown[]][] = [
      [
        'abc',
        [
          { code: 'password_rejected.too_short', interpolation: { min: 8 } },
          { code: 'password_rejected.restricted.sequence' },
        ],
      ],
      ['aaaaaaaaaa', [{ code: 'password_rejected.restricted.repetition' }]],
      // Mostly the username: user info is rejected by default.
      ['ada_lovelace1', [{ code: 'password_rejected.restricted.user_info' }]],
    ];
    for (const [password, issues] of cases) {
      const error = await rejection(client.updatePassword({ password }));
      expect(error).toMatchObject({
        status: 422,
        code: 'password.rejected',
        message: 'Password rejected. Please check if your password meets the requirements.',
      });
      expect(error.data).toEqual(issues);
    }
  });

  it('agrees with checkPassword on the policy the sign-in experience publishes', async () => {
    // The simulator evaluates with the client's checkPassword (packages/mock/src/password-policy.ts),
    // so this holds the published policy and the account keys the client reads, not the algorithm.
    const { client, simulator } = connect();
    simulator.admin.updateSignInExperience({
      passwordPolicy: {
        length: { min: 10, max: 64 },
        characterTypes: { min: 3 },
        rejects: { pwned: false, repetitionAndSequence: true, userInfo: true, words: ['engine'] },
      },
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const account = await client.getAccount();
    const { passwordPolicy } = await client.getSignInExperience();
    const password = 'engine-Ada1';
    const error = await rejection(client.updatePassword({ password }));
    expect(error.data).toEqual(
      checkPassword(password, passwordPolicy, {
        name: account.name,
        username: account.username,
        primaryEmail: account.primaryEmail,
        primaryPhone: account.primaryPhone,
      }),
    );
    expect(error.data).not.toEqual([]);
  });

  it('reports a breached password (server-only) and the same password', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const pwned = await rejection(client.updatePassword({ password: PWNED_PASSWORDS[0]! }));
    expect(pwned.data).toContainEqual({ code: 'password_rejected.pwned' });
    const same = await rejection(client.updatePassword({ password: DEMO_PASSWORD }));
    expect(same).toMatchObject({ status: 422, code: 'user.same_password' });
  });

  it('surfaces the 500 of a server that cannot reach the breached-password service (§12)', async () => {
    const { client } = connect({ seed: { pwnedServiceUnreachable: true } });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.updatePassword({ password: 'Difference-Engine-1822' }));
    expect(error).toMatchObject({
      status: 500,
      code: 'http_error',
      message: 'Internal server error.',
    });
  });
});

describe('uploadAvatar (§6.5)', () => {
  it('uploads an image and answers a URL that serves it; the account changes only on updateAccount', async () => {
    const { client, simulator } = connect();
    const { url } = await client.uploadAvatar(new Blob([PNG], { type: 'image/png' }), 'me.png');
    expect(url).toMatch(new RegExp(`^${ENDPOINT}/__mock/user-assets/${DEMO_USER_ID}/`));
    const image = await createSimulatorFetch(simulator)(url);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect((await client.getAccount()).avatar).toBeNull();
    expect((await client.updateAccount({ avatar: url })).avatar).toBe(url);
  });

  it('uploads a Blob without a file name too', async () => {
    const { client } = connect();
    const { url } = await client.uploadAvatar(new Blob([PNG], { type: 'image/png' }));
    expect(url).toMatch(/\.png$/);
  });

  it('rejects an SVG with guard.mime_type_not_allowed', async () => {
    const { client } = connect();
    const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/svg+xml' });
    const error = await rejection(client.uploadAvatar(svg, 'me.svg'));
    expect(error).toMatchObject({ status: 400, code: 'guard.mime_type_not_allowed' });
  });

  it('retries a 401 missing scope once, then calls onUnauthorized with requiredScope set', async () => {
    const getAccessToken = vi.fn();
    const onUnauthorized = vi.fn();
    const { client, token } = connect({
      token: { scopes: ['openid', 'email'] },
      client: { getAccessToken, onUnauthorized },
    });
    getAccessToken.mockResolvedValue(token);

    const error = await rejection(client.uploadAvatar(new Blob([PNG], { type: 'image/png' })));
    expect(error).toMatchObject({
      status: 401,
      code: 'auth.unauthorized',
      requiredScope: 'profile',
    });
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledWith(error);
  });
});

describe('primary email and phone (§6.6)', () => {
  it('changes the email with a header record and a code sent to the new address', async () => {
    const { client, simulator } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const identifier = { type: 'email', value: 'ada.king@example.com' } as const;
    const sent = await client.sendVerificationCode({ identifier });
    await client.verifyVerificationCode({
      identifier,
      verificationId: sent.verificationRecordId,
      code: simulator.inbox.latestCode(identifier.value)!,
    });
    await expect(
      client.updatePrimaryEmail({
        email: identifier.value,
        newIdentifierVerificationRecordId: sent.verificationRecordId,
      }),
    ).resolves.toBe(undefined);
    expect((await client.getAccount()).primaryEmail).toBe('ada.king@example.com');
  });

  it('refuses a record for another address and an address another user owns', async () => {
    const { client, simulator } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const verifiedRecord = async (value: string) => {
      const identifier = { type: 'email', value } as const;
      const sent = await client.sendVerificationCode({ identifier });
      await client.verifyVerificationCode({
        identifier,
        verificationId: sent.verificationRecordId,
        code: simulator.inbox.latestCode(value)!,
      });
      return sent.verificationRecordId;
    };
    const forOther = await verifiedRecord('ada.king@example.com');
    const mismatch = await rejection(
      client.updatePrimaryEmail({
        email: 'someone.else@example.com',
        newIdentifierVerificationRecordId: forOther,
      }),
    );
    expect(mismatch).toMatchObject({ status: 400, code: 'verification_record.not_found' });

    const graces = await verifiedRecord('grace@example.com');
    const taken = await rejection(
      client.updatePrimaryEmail({
        email: 'grace@example.com',
        newIdentifierVerificationRecordId: graces,
      }),
    );
    expect(taken).toMatchObject({
      status: 422,
      code: 'user.email_already_in_use',
      message: 'This email is associated with an existing account.',
    });
  });

  it('removes the email with the header, and keeps the last identifier', async () => {
    const { client } = connect();
    const denied = await rejection(client.deletePrimaryEmail());
    expect(denied).toMatchObject({ status: 401, code: 'verification_record.permission_denied' });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    await expect(client.deletePrimaryEmail()).resolves.toBe(undefined);
    expect((await client.getAccount()).primaryEmail).toBeNull();

    const lonely = connect({
      seed: {
        users: [{ id: 'lonely000001', primaryEmail: 'solo@example.com', password: DEMO_PASSWORD }],
      },
    });
    await lonely.client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(lonely.client.deletePrimaryEmail());
    expect(error).toMatchObject({ status: 400, code: 'user.last_sign_in_method_required' });
  });

  it('names the email scope on its 400', async () => {
    const { client } = connect({ token: { scopes: ['openid', 'profile'] } });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.deletePrimaryEmail());
    expect(error).toMatchObject({ status: 400, code: 'auth.unauthorized', requiredScope: 'email' });
  });

  it('adds and removes a phone (digits only)', async () => {
    const { client, simulator } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const identifier = { type: 'phone', value: '15555550123' } as const;
    const sent = await client.sendVerificationCode({ identifier });
    await client.verifyVerificationCode({
      identifier,
      verificationId: sent.verificationRecordId,
      code: simulator.inbox.latestCode(identifier.value)!,
    });
    await client.updatePrimaryPhone({
      phone: identifier.value,
      newIdentifierVerificationRecordId: sent.verificationRecordId,
    });
    expect((await client.getAccount()).primaryPhone).toBe('15555550123');
    await client.deletePrimaryPhone();
    expect((await client.getAccount()).primaryPhone).toBeNull();
  });

  it('answers guard.invalid_input with details and issues for a phone with "+" (§12)', async () => {
    const { client } = connect();
    const error = await rejection(
      client.updatePrimaryPhone({ phone: '+15555550123', newIdentifierVerificationRecordId: 'x' }),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe('guard.invalid_input');
    expect(error.details).toContain('Error in key path "phone"');
    expect(error.data).toMatchObject({ issues: [expect.objectContaining({ path: ['phone'] })] });
  });

  it('refuses a phone another user owns', async () => {
    const { client, simulator } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const identifier = { type: 'phone', value: '15555550100' } as const;
    const sent = await client.sendVerificationCode({ identifier });
    await client.verifyVerificationCode({
      identifier,
      verificationId: sent.verificationRecordId,
      code: simulator.inbox.latestCode(identifier.value)!,
    });
    const error = await rejection(
      client.updatePrimaryPhone({
        phone: identifier.value,
        newIdentifierVerificationRecordId: sent.verificationRecordId,
      }),
    );
    expect(error).toMatchObject({ status: 422, code: 'user.phone_already_in_use' });
  });
});

describe('anonymous documents (§2)', () => {
  it('reads the account-center settings without asking for a token', async () => {
    const getAccessToken = vi.fn(async () => 'unused');
    const { client } = connect({ client: { getAccessToken } });
    const settings = await client.getAccountCenterSettings();
    expect(settings).toEqual({
      tenantId: 'default',
      id: 'default',
      enabled: true,
      fields: allFields('Edit'),
      webauthnRelatedOrigins: [],
      deleteAccountUrl: null,
      customCss: null,
      profileFields: null,
    });
    expect(getAccessToken).not.toHaveBeenCalled();
  });

  it('reads the sign-in experience the account UI needs', async () => {
    const { client } = connect();
    const signInExperience = await client.getSignInExperience();
    expect(signInExperience.mfa).toEqual({
      factors: ['Totp', 'WebAuthn', 'BackupCode'],
      policy: 'UserControlled',
    });
    expect(signInExperience.passwordPolicy).toMatchObject({ length: { min: 8, max: 256 } });
    expect(signInExperience.socialConnectors?.map(({ id, target }) => ({ id, target }))).toEqual([
      { id: 'mock-google', target: 'google' },
      { id: 'mock-github', target: 'github' },
    ]);
  });

  it('reads a tenant-configured document: catalogue, selection, branding and policies survive parsing', async () => {
    const { client, simulator } = connect({
      seed: {
        devFeatures: true,
        management: {
          customProfileFields: recordedCustomProfileFields(),
          socialPlatforms: { 'mock-github': 'Native' },
        },
        accountCenter: { profileFields: [{ name: 'plan' }, { name: 'address' }] },
        signInExperience: {
          branding: { logoUrl: 'https://brand.example/logo.svg' },
          mfa: {
            factors: ['Totp', 'EmailVerificationCode'],
            policy: 'Mandatory',
            organizationRequiredMfaPolicy: 'Mandatory',
          },
        },
      },
    });
    const signInExperience = (await client.getSignInExperience()) as Record<string, unknown>;
    expect(signInExperience.customProfileFieldCatalog).toHaveLength(17);
    expect(signInExperience.usernamePolicy).toEqual(defaultUsernamePolicy());
    expect(signInExperience.branding).toEqual({ logoUrl: 'https://brand.example/logo.svg' });
    expect(signInExperience.mfa).toMatchObject({ organizationRequiredMfaPolicy: 'Mandatory' });
    expect(
      (signInExperience.socialConnectors as { platform: string }[]).map(({ platform }) => platform),
    ).toEqual(['Universal', 'Native']);
    expect((await client.getAccountCenterSettings()).profileFields).toEqual([
      { name: 'plan' },
      { name: 'address' },
    ]);
    expect(simulator.admin.listCustomProfileFields()).toHaveLength(17);
  });

  it('reads the related origins the admin set', async () => {
    const { client, simulator } = connect();
    simulator.admin.updateAccountCenter({ webauthnRelatedOrigins: ['https://app.example'] });
    expect(await client.getWebAuthnRelatedOrigins()).toEqual({ origins: ['https://app.example'] });
  });

  it('serves both documents to server code, also while the account center is disabled', async () => {
    const { simulator } = connect({ seed: { preset: 'logto-default' } });
    const discovery = await fetchAccountCenterSettings(ENDPOINT, {
      fetch: createSimulatorFetch(simulator),
    });
    expect(discovery.accountCenter).toMatchObject({ enabled: false, fields: {} });
    expect(discovery.signInExperience.mfa?.factors).toEqual([]);
  });
});

describe('transport against the simulator (§1)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers account_center.not_enabled for both APIs while the account center is off', async () => {
    const { client, simulator } = connect();
    simulator.admin.updateAccountCenter({ enabled: false });
    const account = await rejection(client.getAccount());
    expect(account).toMatchObject({
      status: 400,
      code: 'account_center.not_enabled',
      message: 'Account center is not enabled.',
    });
    const verification = await rejection(
      client.createPasswordVerification({ password: DEMO_PASSWORD }),
    );
    expect(verification.code).toBe('account_center.not_enabled');
  });

  it('asks for a fresh token once after 401 auth.unauthorized and succeeds with it', async () => {
    const onUnauthorized = vi.fn();
    const getAccessToken = vi.fn();
    const { client, simulator, token } = connect({ client: { getAccessToken, onUnauthorized } });
    const fresh = simulator.mintToken();
    getAccessToken.mockResolvedValueOnce(token).mockResolvedValueOnce(fresh);
    simulator.revokeToken(token);

    expect((await client.getAccount()).id).toBe(DEMO_USER_ID);
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('calls onUnauthorized once when the fresh token fails too', async () => {
    const onUnauthorized = vi.fn();
    const getAccessToken = vi.fn();
    const { client, simulator, token } = connect({ client: { getAccessToken, onUnauthorized } });
    getAccessToken.mockResolvedValue(token);
    simulator.revokeToken(token);

    const error = await rejection(client.getAccount());
    expect(error).toMatchObject({
      status: 401,
      code: 'auth.unauthorized',
      requiredScope: undefined,
    });
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledWith(error);
    // Safe to log: the plain form carries Logto's answer, never the token.
    expect(error.toJSON()).toEqual({
      name: 'AccountApiError',
      status: 401,
      code: 'auth.unauthorized',
      message: 'Unauthorized. Please check credentials and its scope.',
    });
    expect(JSON.stringify(error)).not.toContain(token);
  });

  it('treats an expired token like a revoked one', async () => {
    const onUnauthorized = vi.fn();
    const getAccessToken = vi.fn();
    const { client, simulator } = connect({ client: { getAccessToken, onUnauthorized } });
    const shortLived = simulator.mintToken({ expiresInSeconds: 60 });
    getAccessToken.mockResolvedValue(shortLived);
    expect((await client.getAccount()).id).toBe(DEMO_USER_ID);
    simulator.clock.advance(61_000);
    expect(await rejection(client.getAccount())).toMatchObject({ code: 'auth.unauthorized' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('sends no Authorization header without a token: 401 authorization_header_missing, retried', async () => {
    const onUnauthorized = vi.fn();
    const getAccessToken = vi.fn(async () => null);
    const { client } = connect({ client: { getAccessToken, onUnauthorized } });
    const error = await rejection(client.getAccount());
    expect(error).toMatchObject({ status: 401, code: 'auth.authorization_header_missing' });
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('turns a throwing getAccessToken into no_access_token', async () => {
    const onUnauthorized = vi.fn();
    const cause = new Error('login_required');
    const { client } = connect({
      client: { getAccessToken: () => Promise.reject(cause), onUnauthorized },
    });
    const error = await rejection(client.getAccount());
    expect(error).toMatchObject({ status: 401, code: 'no_access_token', cause });
    expect(onUnauthorized).toHaveBeenCalledWith(error);
  });

  it('does not retry other 401s (permission_denied) nor call onUnauthorized', async () => {
    const onUnauthorized = vi.fn();
    const getAccessToken = vi.fn();
    const { client, token } = connect({ client: { getAccessToken, onUnauthorized } });
    getAccessToken.mockResolvedValue(token);
    const error = await rejection(client.listSessions());
    expect(error).toMatchObject({
      status: 401,
      code: 'verification_record.permission_denied',
      message: 'Permission denied, please re-authenticate.',
    });
    expect(getAccessToken).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('surfaces the third-party guard as 403 without a scope hint', async () => {
    const { client } = connect({ token: { thirdParty: true } });
    expect((await client.getAccount()).id).toBe(DEMO_USER_ID);
    const error = await rejection(client.updateAccount({ name: 'Ada King' }));
    expect(error).toMatchObject({
      status: 403,
      code: 'auth.third_party_application_forbidden',
      requiredScope: undefined,
    });
  });

  it('turns a dropped connection into network, with the TypeError as cause', async () => {
    const { client, simulator } = connect();
    simulator.faults.inject({ route: 'GET /api/my-account', networkError: true, once: true });
    const error = await rejection(client.getAccount());
    expect(error).toMatchObject({ status: 0, code: 'network' });
    expect(error.cause).toBeInstanceOf(TypeError);
    expect((await client.getAccount()).id).toBe(DEMO_USER_ID);
  });

  it('turns a truncated 200 body into invalid_response', async () => {
    const { client, simulator } = connect();
    simulator.faults.inject({ route: 'GET /api/my-account', malformedBody: true, once: true });
    const error = await rejection(client.getAccount());
    expect(error).toMatchObject({ status: 0, code: 'invalid_response' });
  });

  it('turns a 500 without a Logto code into http_error, and a forced code into that code', async () => {
    const { client, simulator } = connect();
    simulator.faults.inject({ route: 'PATCH /api/my-account', status: 500, once: true });
    expect(await rejection(client.updateAccount({ name: 'Ada King' }))).toMatchObject({
      status: 500,
      code: 'http_error',
      message: 'Internal server error.',
    });
    simulator.faults.inject({
      route: '/api/my-account',
      status: 400,
      code: 'account_center.field_not_editable',
      once: true,
    });
    expect(await rejection(client.updateAccount({ name: 'Ada King' }))).toMatchObject({
      status: 400,
      code: 'account_center.field_not_editable',
      message: 'Field is not editable.',
    });
  });

  it('times out on a slow answer (timeoutMs, fake timers)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { simulator, token } = connect();
    const client = createAccountClient({
      endpoint: ENDPOINT,
      fetch: createSimulatorFetch(simulator),
      getAccessToken: async () => token,
      timeoutMs: 50,
    });
    simulator.faults.inject({ route: 'GET /api/my-account', latencyMs: 1_000, once: true });
    const pending = rejection(client.getAccount());
    await vi.advanceTimersByTimeAsync(50);
    expect(await pending).toMatchObject({ status: 0, code: 'timeout' });
    await vi.advanceTimersByTimeAsync(1_000);
  });

  it('times out with the bare simulator fetch too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client, simulator } = connect({ client: { timeoutMs: 50 } });
    simulator.faults.inject({ route: 'GET /api/my-account', latencyMs: 1_000, once: true });
    const outcome = client.getAccount().then(
      () => 'resolved',
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(1_050);
    expect(await outcome).toMatchObject({ code: 'timeout' });
  });

  it('rejects with aborted when the caller aborts mid-flight', async () => {
    const { simulator, token } = connect();
    const client = createAccountClient({
      endpoint: ENDPOINT,
      fetch: createSimulatorFetch(simulator),
      getAccessToken: async () => token,
    });
    simulator.faults.inject({ route: 'GET /api/my-account', latencyMs: 5, once: true });
    const controller = new AbortController();
    const pending = rejection(client.getAccount({ signal: controller.signal }));
    const reason = new Error('user left the page');
    controller.abort(reason);
    expect(await pending).toMatchObject({ status: 0, code: 'aborted', cause: reason });
  });

  it('does not reach the server with an already aborted signal', async () => {
    const { simulator, token } = connect();
    const fetchSpy = vi.fn(createSimulatorFetch(simulator));
    const client = createAccountClient({
      endpoint: ENDPOINT,
      fetch: fetchSpy,
      getAccessToken: async () => token,
    });
    const error = await rejection(client.getAccount({ signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ status: 0, code: 'aborted' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('ETag and 304 (§1.4)', () => {
  /** An app fetch that sends `If-None-Match` with the last ETag it saw per URL. */
  function conditionalFetch(base: typeof fetch) {
    const etags = new Map<string, string>();
    const statuses: number[] = [];
    const wrapped: typeof fetch = async (input, init) => {
      const url = String(input);
      const headers = new Headers(init?.headers);
      const etag = etags.get(url);
      if (etag && (init?.method ?? 'GET') === 'GET') headers.set('if-none-match', etag);
      const response = await base(input, { ...init, headers });
      const received = response.headers.get('etag');
      if (received) etags.set(url, received);
      statuses.push(response.status);
      return response;
    };
    return { fetch: wrapped, statuses };
  }

  it('answers a 304 from the last good body, and reads again after a change', async () => {
    const { simulator, token } = connect();
    const conditional = conditionalFetch(createSimulatorFetch(simulator));
    const client = createAccountClient({
      endpoint: ENDPOINT,
      fetch: conditional.fetch,
      getAccessToken: async () => token,
    });
    const first = await client.getAccount();
    const second = await client.getAccount();
    expect(conditional.statuses).toEqual([200, 304]);
    expect(second).toEqual(first);

    await client.updateAccount({ name: 'Ada King' });
    expect((await client.getAccount()).name).toBe('Ada King');
    expect(conditional.statuses).toEqual([200, 304, 200, 200]);
  });

  it('answers a 304 on trusted devices with the kept page and the total header', async () => {
    const { simulator, token } = connect({
      seed: {
        devFeatures: true,
        users: [{ ...demoUserSeed(), trustedDevices: [{ id: 'device-mac' }, { id: 'device-pc' }] }],
      },
    });
    const conditional = conditionalFetch(createSimulatorFetch(simulator));
    const client = createAccountClient({
      endpoint: ENDPOINT,
      fetch: conditional.fetch,
      getAccessToken: async () => token,
      now: () => simulator.clock.now(),
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const first = await client.listTrustedDevices({ pageSize: 1 });
    const second = await client.listTrustedDevices({ pageSize: 1 });
    expect(conditional.statuses.slice(-2)).toEqual([200, 304]);
    expect(second).toEqual(first);
    expect(second.total).toBe(2);
  });

  it('never keeps secrets: a 304 on backup codes rejects with not_modified', async () => {
    const { simulator, token } = connect({
      seed: {
        users: [
          { ...demoUserSeed(), mfa: { totp: true, backupCodes: ['0123456789'] } },
          otherUserSeed(),
        ],
      },
    });
    const conditional = conditionalFetch(createSimulatorFetch(simulator));
    const client = createAccountClient({
      endpoint: ENDPOINT,
      fetch: conditional.fetch,
      getAccessToken: async () => token,
      now: () => simulator.clock.now(),
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    expect((await client.getBackupCodes()).codes).toEqual([{ code: '0123456789' }]);
    const error = await rejection(client.getBackupCodes());
    expect(conditional.statuses.at(-1)).toBe(304);
    expect(error).toMatchObject({ status: 304, code: 'not_modified' });
  });

  it('never keeps provider tokens either', async () => {
    const { simulator, token } = connect();
    const conditional = conditionalFetch(createSimulatorFetch(simulator));
    const client = createAccountClient({
      endpoint: ENDPOINT,
      fetch: conditional.fetch,
      getAccessToken: async () => token,
    });
    expect((await client.getIdentityAccessToken('google')).access_token).toBe(
      'mock-google-access-token',
    );
    const error = await rejection(client.getIdentityAccessToken('google'));
    expect(conditional.statuses).toEqual([200, 304]);
    expect(error.code).toBe('not_modified');
  });
});
