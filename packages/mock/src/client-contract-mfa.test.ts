/**
 * The real client against the real simulator: MFA factors (TOTP, backup codes, passkeys), MFA
 * settings and Logto configs (§6.8), with real TOTP maths and a genuine WebAuthn attestation.
 */

import { buildOtpAuthUri } from '@account-center/client/helpers';
import { describe, expect, it, vi } from 'vitest';
import {
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  allFields,
  defaultBackupCodes,
  demoUserSeed,
  mfaUserSeed,
  otherUserSeed,
} from './seed.js';
import { attest, connect, PAGE_ORIGIN, rejection, START } from './test-utils/client.js';
import { isValidTotpSecret, totpCode } from './totp.js';

describe('listMfaVerifications', () => {
  it('lists TOTP and backup codes with their shapes, without a header', async () => {
    const { client } = connect({ seed: { users: [mfaUserSeed()] } });
    const factors = await client.listMfaVerifications();
    expect(factors).toEqual([
      { id: expect.any(String), createdAt: expect.any(String), type: 'Totp' },
      {
        id: expect.any(String),
        createdAt: expect.any(String),
        type: 'BackupCode',
        remainCodes: 10,
      },
    ]);
    expect(Date.parse(factors[0]!.createdAt)).toBeLessThan(START);
  });

  it('answers field_not_enabled when mfa is Off, even with passkey Edit (no fallback here)', async () => {
    const { client } = connect({
      seed: { accountCenter: { fields: { ...allFields('Edit'), mfa: 'Off', passkey: 'Edit' } } },
    });
    const error = await rejection(client.listMfaVerifications());
    expect(error).toMatchObject({
      status: 400,
      code: 'account_center.field_not_enabled',
      message: 'Field is not enabled.',
    });
  });

  it('names the identities scope on its 401 after the one retry', async () => {
    const onUnauthorized = vi.fn();
    const getAccessToken = vi.fn();
    const { client, token } = connect({
      token: { scopes: ['openid', 'profile'] },
      client: { getAccessToken, onUnauthorized },
    });
    getAccessToken.mockResolvedValue(token);
    const error = await rejection(client.listMfaVerifications());
    expect(error).toMatchObject({
      status: 401,
      code: 'auth.unauthorized',
      requiredScope: 'identities',
    });
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).toHaveBeenCalledWith(error);
  });
});

describe('TOTP', () => {
  it('generates a secret and binds it with a current code', async () => {
    const { client, simulator } = connect();
    const { secret } = await client.generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(isValidTotpSecret(secret)).toBe(true);
    expect(buildOtpAuthUri({ issuer: 'Acme', account: 'ada', secret })).toBe(
      `otpauth://totp/Acme:ada?secret=${secret}&issuer=Acme`,
    );

    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const code = await totpCode(secret, simulator.clock.now());
    await expect(client.addMfaVerification({ type: 'Totp', secret, code })).resolves.toBe(
      undefined,
    );
    expect((await client.listMfaVerifications()).map((factor) => factor.type)).toEqual(['Totp']);
    expect((await client.getLogtoConfigs()).mfa.enabled).toBe(true);
  });

  it('needs the header, a valid code, and no TOTP already', async () => {
    const { client, simulator } = connect();
    const { secret } = await client.generateTotpSecret();
    const denied = await rejection(client.addMfaVerification({ type: 'Totp', secret }));
    expect(denied).toMatchObject({ status: 401, code: 'verification_record.permission_denied' });

    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const code = await totpCode(secret, simulator.clock.now());
    const wrongCode = code === '000000' ? '111111' : '000000';
    const invalid = await rejection(
      client.addMfaVerification({ type: 'Totp', secret, code: wrongCode }),
    );
    expect(invalid).toMatchObject({ status: 400, code: 'session.mfa.invalid_totp_code' });

    // The code is optional on this route (§6.8).
    await client.addMfaVerification({ type: 'Totp', secret });
    const again = await rejection(client.addMfaVerification({ type: 'Totp', secret }));
    expect(again).toMatchObject({ status: 422, code: 'user.totp_already_in_use' });
  });

  it('rejects a secret that is not whole base32 groups', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(
      client.addMfaVerification({ type: 'Totp', secret: 'ABCDEFGHIJKLMNOPQRST' }),
    );
    expect(error).toMatchObject({
      status: 400,
      code: 'user.totp_secret_invalid',
      message: 'Invalid TOTP secret supplied.',
    });
  });

  it('replaces the TOTP with a new entry (code required)', async () => {
    const { client, simulator } = connect({ seed: { users: [mfaUserSeed()] } });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const before = (await client.listMfaVerifications()).find((factor) => factor.type === 'Totp');
    const { secret } = await client.generateTotpSecret();
    const wrong = await rejection(
      client.replaceTotp({ secret, code: await totpCode(DEMO_TOTP_SECRET, START) }),
    );
    expect(wrong.code).toBe('session.mfa.invalid_totp_code');

    await expect(
      client.replaceTotp({ secret, code: await totpCode(secret, simulator.clock.now()) }),
    ).resolves.toBe(undefined);
    const after = (await client.listMfaVerifications()).filter((factor) => factor.type === 'Totp');
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(before!.id);
  });

  it('answers mfa_factor_not_enabled when the tenant does not offer TOTP', async () => {
    const { client, simulator } = connect();
    simulator.admin.updateSignInExperience({
      mfa: { factors: ['WebAuthn'], policy: 'UserControlled' },
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(
      client.addMfaVerification({ type: 'Totp', secret: DEMO_TOTP_SECRET }),
    );
    expect(error).toMatchObject({ status: 400, code: 'session.mfa.mfa_factor_not_enabled' });
  });
});

describe('backup codes', () => {
  it('generates ten codes, refuses them alone, binds them after a TOTP and reads them back', async () => {
    const { client } = connect();
    const { codes } = await client.generateBackupCodes();
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-f]{10}$/);

    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const alone = await rejection(client.addMfaVerification({ type: 'BackupCode', codes }));
    expect(alone).toMatchObject({
      status: 422,
      code: 'session.mfa.backup_code_can_not_be_alone',
      message: 'Backup code can not be the only MFA.',
    });

    await client.addMfaVerification({ type: 'Totp', secret: DEMO_TOTP_SECRET });
    await client.addMfaVerification({ type: 'BackupCode', codes });
    expect(await client.getBackupCodes()).toEqual({ codes: codes.map((code) => ({ code })) });
    const list = await client.listMfaVerifications();
    expect(list.find((factor) => factor.type === 'BackupCode')).toMatchObject({ remainCodes: 10 });
  });

  it('rejects a wrong format, and a second set while codes remain', async () => {
    const { client } = connect({
      seed: { users: [{ ...demoUserSeed(), mfa: { totp: true } }, otherUserSeed()] },
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const format = await rejection(
      client.addMfaVerification({ type: 'BackupCode', codes: ['not-hex'] }),
    );
    expect(format).toMatchObject({ status: 422, code: 'user.wrong_backup_code_format' });

    await client.addMfaVerification({ type: 'BackupCode', codes: defaultBackupCodes() });
    const again = await rejection(
      client.addMfaVerification({ type: 'BackupCode', codes: defaultBackupCodes() }),
    );
    expect(again).toMatchObject({ status: 422, code: 'user.backup_code_already_in_use' });
  });

  it('shows used codes with usedAt, and counts only unused ones', async () => {
    const { client, simulator } = connect({ seed: { users: [mfaUserSeed()] } });
    const usedAt = new Date(START - 60_000).toISOString();
    const user = simulator.admin.getUser('mfauser00001')!;
    simulator.admin.updateUser(user.id, {
      mfaVerifications: user.mfaVerifications.map((entry) =>
        entry.type === 'BackupCode'
          ? {
              ...entry,
              codes: entry.codes.map((code, index) => (index === 0 ? { ...code, usedAt } : code)),
            }
          : entry,
      ),
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const { codes } = await client.getBackupCodes();
    expect(codes[0]).toEqual({ code: defaultBackupCodes()[0], usedAt });
    expect(codes[1]).toEqual({ code: defaultBackupCodes()[1] });
    const list = await client.listMfaVerifications();
    expect(list.find((factor) => factor.type === 'BackupCode')).toMatchObject({ remainCodes: 9 });
  });

  it('answers 404 verification_record.not_found when the user has none', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.getBackupCodes());
    expect(error).toMatchObject({ status: 404, code: 'verification_record.not_found' });
  });

  it('needs the header even to read them', async () => {
    const { client } = connect({ seed: { users: [mfaUserSeed()] } });
    const error = await rejection(client.getBackupCodes());
    expect(error.code).toBe('verification_record.permission_denied');
  });
});

describe('passkeys (WebAuthn)', () => {
  async function registeredRecord(client: ReturnType<typeof connect>['client']) {
    const registration = await client.createWebAuthnRegistration();
    const payload = await attest(registration.registrationOptions, PAGE_ORIGIN);
    await client.verifyWebAuthnRegistration({
      verificationRecordId: registration.verificationRecordId,
      payload,
    });
    return registration.verificationRecordId;
  }

  it('binds, renames (text OK resolves void) and deletes a passkey', async () => {
    const { client } = connect();
    const recordId = await registeredRecord(client);
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    await client.addMfaVerification({
      type: 'WebAuthn',
      newIdentifierVerificationRecordId: recordId,
      name: 'MacBook',
    });
    const [passkey] = await client.listMfaVerifications();
    expect(passkey).toEqual({
      id: expect.any(String),
      createdAt: new Date(START).toISOString(),
      type: 'WebAuthn',
      agent: expect.any(String),
      name: 'MacBook',
    });

    await expect(client.renameMfaVerification(passkey!.id, { name: 'Work laptop' })).resolves.toBe(
      undefined,
    );
    expect((await client.listMfaVerifications())[0]).toMatchObject({ name: 'Work laptop' });

    await expect(client.deleteMfaVerification(passkey!.id)).resolves.toBe(undefined);
    expect(await client.listMfaVerifications()).toEqual([]);
  });

  it('excludes the bound credential from the next registration', async () => {
    const { client } = connect();
    const recordId = await registeredRecord(client);
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    await client.addMfaVerification({
      type: 'WebAuthn',
      newIdentifierVerificationRecordId: recordId,
    });
    const next = await client.createWebAuthnRegistration();
    expect(next.registrationOptions.excludeCredentials).toEqual([
      expect.objectContaining({ type: 'public-key', id: expect.any(String) }),
    ]);
  });

  it('refuses an unverified registration record and a rename of a non-passkey', async () => {
    const { client } = connect({ seed: { users: [mfaUserSeed()] } });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const registration = await client.createWebAuthnRegistration();
    const unverified = await rejection(
      client.addMfaVerification({
        type: 'WebAuthn',
        newIdentifierVerificationRecordId: registration.verificationRecordId,
      }),
    );
    expect(unverified).toMatchObject({ status: 400, code: 'verification_record.not_found' });

    const totp = (await client.listMfaVerifications()).find((factor) => factor.type === 'Totp');
    const rename = await rejection(client.renameMfaVerification(totp!.id, { name: 'x' }));
    expect(rename).toMatchObject({ status: 400, code: 'verification_record.not_found' });
  });

  it('lets passkey Edit manage passkeys while mfa is ReadOnly', async () => {
    const { client } = connect({
      seed: {
        accountCenter: { fields: { ...allFields('Edit'), mfa: 'ReadOnly', passkey: 'Edit' } },
      },
    });
    const recordId = await registeredRecord(client);
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    await client.addMfaVerification({
      type: 'WebAuthn',
      newIdentifierVerificationRecordId: recordId,
    });
    const totp = await rejection(
      client.addMfaVerification({ type: 'Totp', secret: DEMO_TOTP_SECRET }),
    );
    expect(totp).toMatchObject({ status: 400, code: 'account_center.field_not_editable' });
  });
});

describe('deleteMfaVerification', () => {
  it('deletes the TOTP and leaves backup codes alone (§10.10)', async () => {
    const { client } = connect({ seed: { users: [mfaUserSeed()] } });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const totp = (await client.listMfaVerifications()).find((factor) => factor.type === 'Totp');
    await client.deleteMfaVerification(totp!.id);
    expect((await client.listMfaVerifications()).map((factor) => factor.type)).toEqual([
      'BackupCode',
    ]);
  });

  it('answers 400 verification_record.not_found for an unknown id', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.deleteMfaVerification('nope'));
    expect(error).toMatchObject({ status: 400, code: 'verification_record.not_found' });
  });
});

describe('mfa-settings', () => {
  it('reads without a header and updates with one', async () => {
    const { client } = connect();
    expect(await client.getMfaSettings()).toEqual({ skipMfaOnSignIn: false });
    const denied = await rejection(client.updateMfaSettings({ skipMfaOnSignIn: true }));
    expect(denied.code).toBe('verification_record.permission_denied');
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    expect(await client.updateMfaSettings({ skipMfaOnSignIn: true })).toEqual({
      skipMfaOnSignIn: true,
    });
    expect(await client.getMfaSettings()).toEqual({ skipMfaOnSignIn: true });
  });

  it('checks the scope before the field (§10.3)', async () => {
    const { client } = connect({
      seed: { accountCenter: { fields: { ...allFields('Edit'), mfa: 'Off' } } },
      token: { scopes: ['openid'] },
    });
    expect(await rejection(client.getMfaSettings())).toMatchObject({
      status: 401,
      code: 'auth.unauthorized',
      requiredScope: 'identities',
    });
  });

  it('answers field_not_editable for a ReadOnly mfa field', async () => {
    const { client } = connect({
      seed: { accountCenter: { fields: { ...allFields('Edit'), mfa: 'ReadOnly' } } },
    });
    expect(await client.getMfaSettings()).toEqual({ skipMfaOnSignIn: false });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.updateMfaSettings({ skipMfaOnSignIn: true }));
    expect(error).toMatchObject({ status: 400, code: 'account_center.field_not_editable' });
  });
});

describe('logto-configs', () => {
  it('reads and merges the flags', async () => {
    const { client } = connect({
      seed: { users: [{ ...demoUserSeed(), logtoConfig: {} }, otherUserSeed()] },
    });
    expect(await client.getLogtoConfigs()).toEqual({
      mfa: { skipped: false, skipMfaOnSignIn: false },
      passkeySignIn: { skipped: false },
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    expect(
      await client.updateLogtoConfigs({
        mfa: { skipped: true, additionalBindingSuggestionSkipped: true },
        passkeySignIn: { skipped: true },
      }),
    ).toEqual({
      mfa: { skipped: true, skipMfaOnSignIn: false },
      passkeySignIn: { skipped: true },
    });
  });

  it('follows passkey ?? mfa: readable with passkey ReadOnly and mfa Off', async () => {
    const { client } = connect({
      seed: {
        accountCenter: { fields: { ...allFields('Edit'), mfa: 'Off', passkey: 'ReadOnly' } },
      },
    });
    expect((await client.getLogtoConfigs()).passkeySignIn).toEqual({ skipped: false });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const error = await rejection(client.updateLogtoConfigs({ passkeySignIn: { skipped: true } }));
    expect(error).toMatchObject({ status: 400, code: 'account_center.field_not_editable' });
  });
});
