import { describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET, DEMO_USER_ID, allFields, mfaUserSeed } from '../seed.js';
import { createHarness } from '../test-utils/harness.js';
import { isValidTotpSecret, totpCode } from '../totp.js';

const SECRET = DEMO_TOTP_SECRET;

describe('POST /api/my-account/mfa-verifications (§6.8)', () => {
  it('needs the factor enabled in the sign-in experience', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateSignInExperience({
      mfa: { factors: [], policy: 'UserControlled' },
    });
    const result = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: await harness.passwordRecord(),
      body: { type: 'Totp', secret: SECRET },
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('session.mfa.mfa_factor_not_enabled');
  });

  it('accepts TOTP without a code, rejects a bad secret and a wrong code', async () => {
    const harness = createHarness();
    const header = await harness.passwordRecord();
    const badSecret = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: header,
      body: { type: 'Totp', secret: 'ABCDEFGHIJKLMNOPQRST' },
    });
    expect(badSecret.body.code).toBe('user.totp_secret_invalid');
    const wrongCode = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: header,
      body: { type: 'Totp', secret: SECRET, code: '000000' },
    });
    expect(wrongCode.body.code).toBe('session.mfa.invalid_totp_code');
    const noCode = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: header,
      body: { type: 'Totp', secret: SECRET },
    });
    expect(noCode.status).toBe(204);
    expect(harness.simulator.admin.getUser(DEMO_USER_ID)?.logtoConfig.mfa.enabled).toBe(true);
  });

  it('accepts a code one step away but not two', async () => {
    const harness = createHarness();
    const header = await harness.passwordRecord();
    const now = harness.simulator.clock.now();
    const twoStepsAgo = await totpCode(SECRET, now - 60_000);
    const stillValid = await totpCode(SECRET, now - 30_000);
    const rejected = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: header,
      body: { type: 'Totp', secret: SECRET, code: twoStepsAgo },
    });
    if (
      twoStepsAgo !== stillValid &&
      twoStepsAgo !== (await totpCode(SECRET, now)) &&
      twoStepsAgo !== (await totpCode(SECRET, now + 30_000))
    ) {
      expect(rejected.body.code).toBe('session.mfa.invalid_totp_code');
    }
    const accepted = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: header,
      body: { type: 'Totp', secret: SECRET, code: stillValid },
    });
    expect(accepted.status).toBe(204);
  });

  it('applies the backup-code rules', async () => {
    const harness = createHarness();
    const header = await harness.passwordRecord();
    const codes = Array.from({ length: 10 }, (_, index) => `0123456ab${index}`);
    const alone = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: header,
      body: { type: 'BackupCode', codes },
    });
    expect(alone.status).toBe(422);
    expect(alone.body).toMatchObject({
      code: 'session.mfa.backup_code_can_not_be_alone',
      message: 'Backup code can not be the only MFA.',
    });
    await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: header,
      body: { type: 'Totp', secret: SECRET },
    });
    const wrongFormat = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: header,
      body: { type: 'BackupCode', codes: codes.slice(0, 9) },
    });
    expect(wrongFormat.body.code).toBe('user.wrong_backup_code_format');
    expect(
      (
        await harness.call('POST', '/api/my-account/mfa-verifications', {
          verificationId: header,
          body: { type: 'BackupCode', codes },
        })
      ).status,
    ).toBe(204);
    const again = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: header,
      body: { type: 'BackupCode', codes },
    });
    expect(again.body.code).toBe('user.backup_code_already_in_use');
  });

  it('appends new backup codes once the old ones are all used', async () => {
    const harness = createHarness({ seed: { users: [mfaUserSeed()] } });
    const user = harness.simulator.admin.getUser('mfauser00001')!;
    const used = user.mfaVerifications.map((entry) =>
      entry.type === 'BackupCode'
        ? {
            ...entry,
            codes: entry.codes.map((code) => ({ ...code, usedAt: new Date().toISOString() })),
          }
        : entry,
    );
    harness.simulator.admin.updateUser('mfauser00001', { mfaVerifications: used });
    const result = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: await harness.passwordRecord(),
      body: { type: 'BackupCode', codes: Array.from({ length: 10 }, () => 'abcdefabcd') },
    });
    expect(result.status).toBe(204);
    expect(
      harness.simulator.admin
        .getUser('mfauser00001')!
        .mfaVerifications.filter((entry) => entry.type === 'BackupCode'),
    ).toHaveLength(2);
  });

  it('binds a passkey from a verified WebAuthn record and lists it', async () => {
    const harness = createHarness();
    const record = await harness.verifiedWebAuthnRecord();
    const result = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: await harness.passwordRecord(),
      headers: { 'user-agent': 'TestAgent/1.0' },
      body: { type: 'WebAuthn', newIdentifierVerificationRecordId: record },
    });
    expect(result.status).toBe(204);
    const list = await harness.call('GET', '/api/my-account/mfa-verifications');
    expect(list.body).toEqual([
      {
        id: expect.any(String),
        createdAt: expect.any(String),
        type: 'WebAuthn',
        agent: 'TestAgent/1.0',
      },
    ]);
  });

  it('rejects an unverified WebAuthn record', async () => {
    const harness = createHarness();
    const created = await harness.call('POST', '/api/verifications/web-authn/registration');
    const result = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: await harness.passwordRecord(),
      body: {
        type: 'WebAuthn',
        newIdentifierVerificationRecordId: created.body.verificationRecordId,
      },
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('verification_record.not_found');
  });

  it('lets passkey sign-in enable WebAuthn binding without the MFA factor', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateSignInExperience({
      mfa: { factors: [], policy: 'UserControlled' },
      passkeySignIn: { enabled: true },
    });
    const record = await harness.verifiedWebAuthnRecord();
    const result = await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: await harness.passwordRecord(),
      body: { type: 'WebAuthn', newIdentifierVerificationRecordId: record },
    });
    expect(result.status).toBe(204);
    expect(harness.simulator.admin.getUser(DEMO_USER_ID)?.logtoConfig.mfa.enabled).toBeUndefined();
  });
});

describe('passkey field fallback (§3.1)', () => {
  it('falls back to mfa when passkey is unset, but not when it is Off', async () => {
    const harness = createHarness();
    const { passkey: _passkey, ...withoutPasskey } = allFields('Edit');
    harness.simulator.admin.updateAccountCenter({ fields: { ...withoutPasskey, mfa: 'ReadOnly' } });
    expect((await harness.call('GET', '/api/my-account/logto-configs')).status).toBe(200);
    const header = await harness.passwordRecord();
    expect(
      (
        await harness.call('PATCH', '/api/my-account/logto-configs', {
          verificationId: header,
          body: {},
        })
      ).body.code,
    ).toBe('account_center.field_not_editable');
    harness.simulator.admin.updateAccountCenter({ fields: { ...withoutPasskey, mfa: 'Edit' } });
    expect(
      (
        await harness.call('PATCH', '/api/my-account/logto-configs', {
          verificationId: header,
          body: {},
        })
      ).status,
    ).toBe(200);
  });

  it('does not use passkey for the MFA list (mfa Off + passkey Edit ⇒ 400)', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateAccountCenter({
      fields: { ...allFields('Edit'), mfa: 'Off', passkey: 'Edit' },
    });
    const result = await harness.call('GET', '/api/my-account/mfa-verifications');
    expect(result.body.code).toBe('account_center.field_not_enabled');
  });
});

describe('other MFA routes (§6.8)', () => {
  it('replaces TOTP with a new id and requires the code', async () => {
    const harness = createHarness({ seed: { users: [mfaUserSeed()] } });
    const header = await harness.passwordRecord();
    const before = (await harness.call('GET', '/api/my-account/mfa-verifications')).body.find(
      (entry: { type: string }) => entry.type === 'Totp',
    );
    const missingCode = await harness.call('PUT', '/api/my-account/mfa-verifications/totp', {
      verificationId: header,
      body: { secret: SECRET },
    });
    expect(missingCode.body.code).toBe('guard.invalid_input');
    const result = await harness.call('PUT', '/api/my-account/mfa-verifications/totp', {
      verificationId: header,
      body: { secret: SECRET, code: await totpCode(SECRET, harness.simulator.clock.now()) },
    });
    expect(result.status).toBe(204);
    const after = (await harness.call('GET', '/api/my-account/mfa-verifications')).body.filter(
      (entry: { type: string }) => entry.type === 'Totp',
    );
    expect(after).toHaveLength(1);
    expect(after[0].id).not.toBe(before.id);
  });

  it('generates a valid 32-char secret and ten 10-hex backup codes without persisting them', async () => {
    const harness = createHarness();
    const token = harness.mint({ scopes: ['openid'] });
    const secret = await harness.call(
      'POST',
      '/api/my-account/mfa-verifications/totp-secret/generate',
      { token },
    );
    expect(secret.body.secret).toHaveLength(32);
    expect(isValidTotpSecret(secret.body.secret)).toBe(true);
    const codes = await harness.call(
      'POST',
      '/api/my-account/mfa-verifications/backup-codes/generate',
      { token },
    );
    expect(codes.body.codes).toHaveLength(10);
    for (const code of codes.body.codes) expect(code).toMatch(/^[0-9a-f]{10}$/);
    expect((await harness.call('GET', '/api/my-account/mfa-verifications')).body).toEqual([]);
  });

  it('answers 404 for backup codes when none exist, with no field gate', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateAccountCenter({ fields: {} });
    const result = await harness.call('GET', '/api/my-account/mfa-verifications/backup-codes', {
      verificationId: await harness.passwordRecord(),
    });
    expect(result.status).toBe(404);
    expect(result.body.code).toBe('verification_record.not_found');
  });

  it('renames only WebAuthn entries and answers text OK', async () => {
    const harness = createHarness({
      seed: { users: [{ ...mfaUserSeed(), mfa: { totp: true, webAuthn: [{ name: 'Old' }] } }] },
    });
    const header = await harness.passwordRecord();
    const list = (await harness.call('GET', '/api/my-account/mfa-verifications')).body as {
      id: string;
      type: string;
    }[];
    const totp = list.find((entry) => entry.type === 'Totp')!;
    const passkey = list.find((entry) => entry.type === 'WebAuthn')!;
    const notPasskey = await harness.call(
      'PATCH',
      `/api/my-account/mfa-verifications/${totp.id}/name`,
      { verificationId: header, body: { name: 'x' } },
    );
    expect(notPasskey.body.code).toBe('verification_record.not_found');
    const renamed = await harness.call(
      'PATCH',
      `/api/my-account/mfa-verifications/${passkey.id}/name`,
      { verificationId: header, body: { name: 'New' } },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.text).toBe('OK');
    expect(renamed.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('deletes the last TOTP even when backup codes remain (§10.10), and 400 for unknown ids', async () => {
    const harness = createHarness({ seed: { users: [mfaUserSeed()] } });
    const header = await harness.passwordRecord();
    const unknown = await harness.call('DELETE', '/api/my-account/mfa-verifications/nope', {
      verificationId: header,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('verification_record.not_found');
    const totp = (await harness.call('GET', '/api/my-account/mfa-verifications')).body.find(
      (entry: { type: string }) => entry.type === 'Totp',
    );
    expect(
      (
        await harness.call('DELETE', `/api/my-account/mfa-verifications/${totp.id}`, {
          verificationId: header,
        })
      ).status,
    ).toBe(204);
    const left = (await harness.call('GET', '/api/my-account/mfa-verifications')).body;
    expect(left).toEqual([
      {
        id: expect.any(String),
        createdAt: expect.any(String),
        type: 'BackupCode',
        remainCodes: 10,
      },
    ]);
  });

  it('checks the scope before the field on GET mfa-settings', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateAccountCenter({ fields: {} });
    const result = await harness.call('GET', '/api/my-account/mfa-settings', {
      token: harness.mint({ scopes: ['openid'] }),
    });
    expect(result.status).toBe(401);
    expect(result.body.code).toBe('auth.unauthorized');
  });

  it('merges logto-configs and mfa-settings', async () => {
    const harness = createHarness();
    const header = await harness.passwordRecord();
    await harness.call('PATCH', '/api/my-account/mfa-settings', {
      verificationId: header,
      body: { skipMfaOnSignIn: true },
    });
    const result = await harness.call('PATCH', '/api/my-account/logto-configs', {
      verificationId: header,
      body: { passkeySignIn: { skipped: true }, mfa: { skipped: true } },
    });
    expect(result.body).toEqual({
      mfa: { skipped: true, skipMfaOnSignIn: true },
      passkeySignIn: { skipped: true },
    });
  });
});
