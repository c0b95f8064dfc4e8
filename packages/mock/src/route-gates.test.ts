/**
 * For every Account API route of the catalogue (§5): success, its field gate at Off and
 * ReadOnly, the missing scope, and a missing / expired / other user's verification record where
 * the header applies. Each case starts from a valid request and breaks exactly one thing.
 */

import { describe, expect, it } from 'vitest';
import type { GateField } from './guards.js';
import {
  ALL_SCOPES,
  DEMO_USER_ID,
  GITHUB_CONNECTOR_ID,
  GOOGLE_CONNECTOR_ID,
  allFields,
} from './seed.js';
import type { TenantSeed } from './seed.js';
import type { Harness } from './test-utils/harness.js';
import { createHarness } from './test-utils/harness.js';
import { totpCode } from './totp.js';
import type { MfaVerificationState } from './types.js';

interface GateCase {
  name: string;
  method: string;
  path: string;
  /** Prepares the user and returns the body (may create verification records). */
  prepare?: (harness: Harness) => Promise<unknown> | unknown;
  field?: { key: GateField; mode: 'read' | 'edit' };
  scope?: { scope: string; status: 400 | 401 | 403 };
  header?: 'A' | 'C';
  success: number;
  seed?: TenantSeed;
}

const SECRET = 'JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ';
const now = () => new Date().toISOString();
const totpEntry = (): MfaVerificationState => ({
  id: 'totp-entry',
  type: 'Totp',
  createdAt: now(),
  key: SECRET,
});
const passkeyEntry = (): MfaVerificationState => ({
  id: 'passkey-entry',
  type: 'WebAuthn',
  createdAt: now(),
  rpId: 'localhost',
  credentialId: 'cred',
  publicKey: '',
  counter: 0,
  agent: 'test',
  transports: [],
});
const backupEntry = (): MfaVerificationState => ({
  id: 'backup-entry',
  type: 'BackupCode',
  createdAt: now(),
  codes: [{ code: '0123456789' }],
});

function pngBytes(): Uint8Array {
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42,
    0x60, 0x82,
  ]);
}

const cases: GateCase[] = [
  {
    name: 'update name',
    method: 'PATCH',
    path: '/api/my-account',
    prepare: () => ({ name: 'Countess' }),
    field: { key: 'name', mode: 'edit' },
    scope: { scope: 'profile', status: 400 },
    success: 200,
  },
  {
    name: 'update avatar URL',
    method: 'PATCH',
    path: '/api/my-account',
    prepare: () => ({ avatar: 'https://example.com/a.png' }),
    field: { key: 'avatar', mode: 'edit' },
    scope: { scope: 'profile', status: 400 },
    success: 200,
  },
  {
    name: 'update customData',
    method: 'PATCH',
    path: '/api/my-account',
    prepare: () => ({ customData: { theme: 'dark' } }),
    field: { key: 'customData', mode: 'edit' },
    scope: { scope: 'custom_data', status: 400 },
    success: 200,
  },
  {
    name: 'update username',
    method: 'PATCH',
    path: '/api/my-account',
    prepare: () => ({ username: 'countess' }),
    field: { key: 'username', mode: 'edit' },
    scope: { scope: 'profile', status: 400 },
    header: 'A',
    success: 200,
  },
  {
    name: 'update profile',
    method: 'PATCH',
    path: '/api/my-account/profile',
    prepare: () => ({ nickname: 'Ada' }),
    field: { key: 'profile', mode: 'edit' },
    scope: { scope: 'profile', status: 400 },
    success: 200,
  },
  {
    name: 'update password',
    method: 'POST',
    path: '/api/my-account/password',
    prepare: () => ({ password: 'Fresh-Secret-Words-9' }),
    field: { key: 'password', mode: 'edit' },
    header: 'C',
    success: 204,
  },
  {
    name: 'upload avatar',
    method: 'POST',
    path: '/api/my-account/user-assets/avatar',
    prepare: () => {
      const form = new FormData();
      form.set('file', new Blob([pngBytes() as BlobPart], { type: 'image/png' }), 'a.png');
      return form;
    },
    field: { key: 'avatar', mode: 'edit' },
    scope: { scope: 'profile', status: 401 },
    success: 200,
  },
  {
    name: 'update primary email',
    method: 'POST',
    path: '/api/my-account/primary-email',
    prepare: async (harness) => ({
      email: 'countess@example.com',
      newIdentifierVerificationRecordId: await harness.verifiedEmailRecord('countess@example.com'),
    }),
    field: { key: 'email', mode: 'edit' },
    scope: { scope: 'email', status: 400 },
    header: 'A',
    success: 204,
  },
  {
    name: 'delete primary email',
    method: 'DELETE',
    path: '/api/my-account/primary-email',
    field: { key: 'email', mode: 'edit' },
    scope: { scope: 'email', status: 400 },
    header: 'A',
    success: 204,
  },
  {
    name: 'update primary phone',
    method: 'POST',
    path: '/api/my-account/primary-phone',
    prepare: async (harness) => ({
      phone: '15555550199',
      newIdentifierVerificationRecordId: await harness.verifiedPhoneRecord('15555550199'),
    }),
    field: { key: 'phone', mode: 'edit' },
    scope: { scope: 'phone', status: 400 },
    header: 'A',
    success: 204,
  },
  {
    name: 'delete primary phone',
    method: 'DELETE',
    path: '/api/my-account/primary-phone',
    prepare: (harness) =>
      void harness.simulator.admin.updateUser(DEMO_USER_ID, { primaryPhone: '15555550111' }),
    field: { key: 'phone', mode: 'edit' },
    scope: { scope: 'phone', status: 400 },
    header: 'A',
    success: 204,
  },
  {
    name: 'link identity',
    method: 'POST',
    path: '/api/my-account/identities',
    prepare: async (harness) => ({
      newIdentifierVerificationRecordId: await harness.verifiedSocialRecord(
        GITHUB_CONNECTOR_ID,
        'github-ada',
      ),
    }),
    field: { key: 'social', mode: 'edit' },
    scope: { scope: 'identities', status: 401 },
    header: 'C',
    success: 204,
  },
  {
    name: 'replace identity',
    method: 'PUT',
    path: '/api/my-account/identities',
    prepare: async (harness) => ({
      newIdentifierVerificationRecordId: await harness.verifiedSocialRecord(
        GOOGLE_CONNECTOR_ID,
        'google-alan-1912',
      ),
    }),
    field: { key: 'social', mode: 'edit' },
    scope: { scope: 'identities', status: 401 },
    header: 'C',
    success: 204,
  },
  {
    name: 'unlink identity',
    method: 'DELETE',
    path: '/api/my-account/identities/google',
    field: { key: 'social', mode: 'edit' },
    scope: { scope: 'identities', status: 400 },
    header: 'C',
    success: 204,
  },
  {
    name: 'get provider token',
    method: 'GET',
    path: '/api/my-account/identities/google/access-token',
    scope: { scope: 'identities', status: 403 },
    success: 200,
  },
  {
    name: 'update provider token',
    method: 'PUT',
    path: '/api/my-account/identities/google/access-token',
    prepare: async (harness) => ({
      verificationRecordId: await harness.verifiedSocialRecord(
        GOOGLE_CONNECTOR_ID,
        'google-ada-1815',
      ),
    }),
    scope: { scope: 'identities', status: 403 },
    success: 200,
  },
  {
    name: 'get SSO provider token',
    method: 'GET',
    path: '/api/my-account/sso-identities/sso-1/access-token',
    prepare: (harness) =>
      void harness.simulator.admin.updateUser(DEMO_USER_ID, {
        ssoTokens: { 'sso-1': { access_token: 'sso-token' } },
      }),
    scope: { scope: 'identities', status: 403 },
    success: 200,
  },
  {
    name: 'list MFA',
    method: 'GET',
    path: '/api/my-account/mfa-verifications',
    field: { key: 'mfa', mode: 'read' },
    scope: { scope: 'identities', status: 401 },
    success: 200,
  },
  {
    name: 'bind TOTP',
    method: 'POST',
    path: '/api/my-account/mfa-verifications',
    prepare: async (harness) => ({
      type: 'Totp',
      secret: SECRET,
      code: await totpCode(SECRET, harness.simulator.clock.now()),
    }),
    field: { key: 'mfa', mode: 'edit' },
    scope: { scope: 'identities', status: 401 },
    header: 'A',
    success: 204,
  },
  {
    name: 'bind backup codes',
    method: 'POST',
    path: '/api/my-account/mfa-verifications',
    prepare: (harness) => {
      harness.simulator.admin.updateUser(DEMO_USER_ID, { mfaVerifications: [totpEntry()] });
      return {
        type: 'BackupCode',
        codes: Array.from({ length: 10 }, (_, index) => `abcdef012${index}`),
      };
    },
    field: { key: 'mfa', mode: 'edit' },
    scope: { scope: 'identities', status: 401 },
    header: 'A',
    success: 204,
  },
  {
    name: 'bind passkey',
    method: 'POST',
    path: '/api/my-account/mfa-verifications',
    prepare: async (harness) => ({
      type: 'WebAuthn',
      newIdentifierVerificationRecordId: await harness.verifiedWebAuthnRecord(),
      name: 'Laptop',
    }),
    field: { key: 'passkey*', mode: 'edit' },
    scope: { scope: 'identities', status: 401 },
    header: 'A',
    success: 204,
  },
  {
    name: 'replace TOTP',
    method: 'PUT',
    path: '/api/my-account/mfa-verifications/totp',
    prepare: async (harness) => ({
      secret: SECRET,
      code: await totpCode(SECRET, harness.simulator.clock.now()),
    }),
    field: { key: 'mfa', mode: 'edit' },
    scope: { scope: 'identities', status: 401 },
    header: 'A',
    success: 204,
  },
  {
    name: 'get backup codes',
    method: 'GET',
    path: '/api/my-account/mfa-verifications/backup-codes',
    prepare: (harness) =>
      void harness.simulator.admin.updateUser(DEMO_USER_ID, {
        mfaVerifications: [totpEntry(), backupEntry()],
      }),
    scope: { scope: 'identities', status: 401 },
    header: 'A',
    success: 200,
  },
  {
    name: 'rename passkey',
    method: 'PATCH',
    path: '/api/my-account/mfa-verifications/passkey-entry/name',
    prepare: (harness) => {
      harness.simulator.admin.updateUser(DEMO_USER_ID, { mfaVerifications: [passkeyEntry()] });
      return { name: 'YubiKey' };
    },
    field: { key: 'passkey*', mode: 'edit' },
    scope: { scope: 'identities', status: 401 },
    header: 'A',
    success: 200,
  },
  {
    name: 'delete TOTP',
    method: 'DELETE',
    path: '/api/my-account/mfa-verifications/totp-entry',
    prepare: (harness) =>
      void harness.simulator.admin.updateUser(DEMO_USER_ID, { mfaVerifications: [totpEntry()] }),
    field: { key: 'mfa', mode: 'edit' },
    scope: { scope: 'identities', status: 401 },
    header: 'A',
    success: 204,
  },
  {
    name: 'delete passkey',
    method: 'DELETE',
    path: '/api/my-account/mfa-verifications/passkey-entry',
    prepare: (harness) =>
      void harness.simulator.admin.updateUser(DEMO_USER_ID, { mfaVerifications: [passkeyEntry()] }),
    field: { key: 'passkey*', mode: 'edit' },
    scope: { scope: 'identities', status: 401 },
    header: 'A',
    success: 204,
  },
  {
    name: 'get MFA settings',
    method: 'GET',
    path: '/api/my-account/mfa-settings',
    field: { key: 'mfa', mode: 'read' },
    scope: { scope: 'identities', status: 401 },
    success: 200,
  },
  {
    name: 'update MFA settings',
    method: 'PATCH',
    path: '/api/my-account/mfa-settings',
    prepare: () => ({ skipMfaOnSignIn: true }),
    field: { key: 'mfa', mode: 'edit' },
    scope: { scope: 'identities', status: 401 },
    header: 'A',
    success: 200,
  },
  {
    name: 'get logto-configs',
    method: 'GET',
    path: '/api/my-account/logto-configs',
    field: { key: 'passkey*', mode: 'read' },
    scope: { scope: 'identities', status: 401 },
    success: 200,
  },
  {
    name: 'update logto-configs',
    method: 'PATCH',
    path: '/api/my-account/logto-configs',
    prepare: () => ({ mfa: { skipped: true } }),
    field: { key: 'passkey*', mode: 'edit' },
    scope: { scope: 'identities', status: 401 },
    header: 'A',
    success: 200,
  },
  {
    name: 'list sessions',
    method: 'GET',
    path: '/api/my-account/sessions',
    field: { key: 'session', mode: 'read' },
    scope: { scope: 'urn:logto:scope:sessions', status: 401 },
    header: 'A',
    success: 200,
  },
  {
    name: 'delete session',
    method: 'DELETE',
    path: '/api/my-account/sessions/session-phone-ada',
    field: { key: 'session', mode: 'edit' },
    scope: { scope: 'urn:logto:scope:sessions', status: 401 },
    header: 'A',
    success: 204,
  },
  {
    name: 'list grants',
    method: 'GET',
    path: '/api/my-account/grants',
    field: { key: 'session', mode: 'read' },
    scope: { scope: 'urn:logto:scope:sessions', status: 401 },
    header: 'A',
    success: 200,
  },
  {
    name: 'delete grant',
    method: 'DELETE',
    path: '/api/my-account/grants/grant-acme-notes',
    field: { key: 'session', mode: 'edit' },
    scope: { scope: 'urn:logto:scope:sessions', status: 401 },
    header: 'A',
    success: 204,
  },
  {
    name: 'list trusted devices',
    method: 'GET',
    path: '/api/my-account/trusted-devices',
    seed: { devFeatures: true },
    prepare: (harness) =>
      void harness.simulator.admin.updateUser(DEMO_USER_ID, {
        trustedDevices: [
          {
            id: 'device-1',
            userAgent: 'x',
            country: null,
            city: null,
            createdAt: 0,
            lastUsedAt: 0,
            expiresAt: 0,
          },
        ],
      }),
    field: { key: 'trustedDevice', mode: 'read' },
    scope: { scope: 'urn:logto:scope:trusted_devices', status: 401 },
    header: 'A',
    success: 200,
  },
  {
    name: 'delete trusted device',
    method: 'DELETE',
    path: '/api/my-account/trusted-devices/device-1',
    seed: { devFeatures: true },
    prepare: (harness) =>
      void harness.simulator.admin.updateUser(DEMO_USER_ID, {
        trustedDevices: [
          {
            id: 'device-1',
            userAgent: 'x',
            country: null,
            city: null,
            createdAt: 0,
            lastUsedAt: 0,
            expiresAt: 0,
          },
        ],
      }),
    field: { key: 'trustedDevice', mode: 'edit' },
    scope: { scope: 'urn:logto:scope:trusted_devices', status: 401 },
    header: 'A',
    success: 204,
  },
];

function fieldsWith(key: GateField, level: 'Off' | 'ReadOnly', devFeatures: boolean) {
  // For `passkey ?? mfa` set the passkey key itself: an explicit value does not fall back (§3.1).
  const field = key === 'passkey*' ? 'passkey' : key;
  return { ...allFields('Edit', devFeatures), [field]: level };
}

async function send(
  harness: Harness,
  gate: GateCase,
  options: { token?: string; verificationId?: string } = {},
) {
  const body = await gate.prepare?.(harness);
  const verificationId =
    options.verificationId ?? (gate.header ? await harness.passwordRecord() : undefined);
  return harness.call(gate.method, gate.path, {
    ...(options.token ? { token: options.token } : {}),
    ...(verificationId ? { verificationId } : {}),
    ...(body === undefined ? {} : { body }),
  });
}

describe.each(cases)('$method $path ($name)', (gate) => {
  const setup = () => createHarness({ seed: gate.seed ?? {} });

  it(`succeeds with ${gate.success}`, async () => {
    const result = await send(setup(), gate);
    expect(result.status, result.text).toBe(gate.success);
  });

  if (gate.field) {
    const { key, mode } = gate.field;
    it(`answers 400 when ${key} is Off`, async () => {
      const harness = setup();
      harness.simulator.admin.updateAccountCenter({
        fields: fieldsWith(key, 'Off', gate.seed?.devFeatures ?? false),
      });
      const result = await send(harness, gate);
      expect(result.status).toBe(400);
      expect(result.body.code).toBe(
        mode === 'read' ? 'account_center.field_not_enabled' : 'account_center.field_not_editable',
      );
    });
    it(`${mode === 'read' ? 'succeeds' : 'answers 400 field_not_editable'} when ${key} is ReadOnly`, async () => {
      const harness = setup();
      harness.simulator.admin.updateAccountCenter({
        fields: fieldsWith(key, 'ReadOnly', gate.seed?.devFeatures ?? false),
      });
      const result = await send(harness, gate);
      if (mode === 'read') expect(result.status).toBe(gate.success);
      else {
        expect(result.status).toBe(400);
        expect(result.body.code).toBe('account_center.field_not_editable');
      }
    });
  }

  if (gate.scope) {
    const { scope, status } = gate.scope;
    it(`answers ${status} without the ${scope} scope`, async () => {
      const harness = setup();
      const token = harness.mint({ scopes: ALL_SCOPES.filter((candidate) => candidate !== scope) });
      const result = await send(harness, gate, { token });
      expect(result.status).toBe(status);
      expect(result.body.code).toBe(status === 403 ? 'auth.forbidden' : 'auth.unauthorized');
    });
  }

  if (gate.header) {
    it('answers 401 without a verification record', async () => {
      const harness = setup();
      const body = await gate.prepare?.(harness);
      const result = await harness.call(gate.method, gate.path, body === undefined ? {} : { body });
      expect(result.status).toBe(401);
      expect(result.body.code).toBe('verification_record.permission_denied');
    });
    it('answers 401 with an expired verification record', async () => {
      const harness = setup();
      const verificationId = await harness.passwordRecord();
      harness.simulator.clock.advance(6 * 60 * 1000);
      const body = await gate.prepare?.(harness);
      harness.simulator.clock.advance(4 * 60 * 1000 + 1);
      const result = await harness.call(gate.method, gate.path, {
        verificationId,
        ...(body === undefined ? {} : { body }),
      });
      expect(result.status).toBe(401);
      expect(result.body.code).toBe('verification_record.permission_denied');
    });
    it("answers 401 with another user's verification record", async () => {
      const harness = setup();
      const verificationId = await harness.otherUsersRecord();
      const body = await gate.prepare?.(harness);
      const result = await harness.call(gate.method, gate.path, {
        verificationId,
        ...(body === undefined ? {} : { body }),
      });
      expect(result.status).toBe(401);
      expect(result.body.code).toBe('verification_record.permission_denied');
    });
  }
});
