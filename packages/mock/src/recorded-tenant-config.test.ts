/**
 * Replays the 161 tenant-configuration cases recorded from a real Logto 1.42 server
 * (`fixtures/logto-1.42/recorded-tenant-config.json`: custom profile fields, where their values
 * are stored, branding, languages and phrases, username and MFA policy) against the simulator, in
 * recording order on one tenant seeded like the recorded one, so each case sees the state the
 * earlier ones left. Management API cases (`MAPI …`) go through the simulator's Management API;
 * the others through the Account API or the anonymous well-known documents.
 *
 * Each case must match the recorded status, error `code` (with `data` and `details` where
 * recorded) and the recorded body values, ids and timestamps aside. Every case is compared; what
 * is left out of a comparison is said where it is (effective defaults, account keys, trimmed
 * bodies).
 */

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCTOR_M2M_APP_ID, DOCTOR_M2M_SECRET } from './management/state.js';
import { managementApiResource } from './management/handler.js';
import { allFields, TENANT_ID } from './seed.js';
import { createHarness } from './test-utils/harness.js';
import type { FieldLevel, SignInExperience } from './types.js';

interface RecordedCase {
  label: string;
  request: { method: string; path: string; headers?: Record<string, string>; body: unknown };
  status: number;
  body: unknown;
  note?: string;
  responseHeaders?: Record<string, string>;
}

const { cases } = JSON.parse(
  readFileSync(
    new URL('../fixtures/logto-1.42/recorded-tenant-config.json', import.meta.url),
    'utf8',
  ),
) as { cases: RecordedCase[] };

/**
 * Changes the recording made between two cases without recording them: the next recorded body
 * shows their effect (case 57 set `signUpProfileFields`, case 59 shows `null` again; case 111
 * replaced `branding`, case 112 shows the four URLs of case 110 again).
 */
const UNRECORDED_CHANGES: Record<string, Partial<SignInExperience>> = {
  'well-known experience (alias of sign-in-exp), custom profile keys only': {
    signUpProfileFields: null,
  },
  'well-known sign-in-exp after branding + languageInfo change': {
    branding: {
      logoUrl: 'https://brand.example/logo.svg',
      darkLogoUrl: 'https://brand.example/logo-dark.svg',
      favicon: 'https://brand.example/favicon.ico',
      darkFavicon: 'https://brand.example/favicon-dark.ico',
    },
  },
};

/** The recorded user (`tcfg_user`) and the scopes of its token (see the recording's `about`). */
const USER_ID = '7j53dm3o8jc1';
const USER_PASSWORD = 'Tcfg-User-Password-1';
const RECORDED_SCOPES = [
  'openid',
  'offline_access',
  'profile',
  'email',
  'phone',
  'custom_data',
  'identities',
  'address',
  'urn:logto:scope:sessions',
  'urn:logto:scope:trusted_devices',
];

/** Values that differ by nature between two servers. */
const VOLATILE = new Set(['id', 'createdAt', 'updatedAt', 'lastSignInAt']);

function withoutVolatile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutVolatile);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !VOLATILE.has(key))
        .map(([key, item]) => [key, withoutVolatile(item)]),
    );
  return value;
}

/**
 * Keys of the well-known sign-in experience where the simulator publishes Logto's effective
 * defaults (`{min: 8, …}`, `{maxAttempts: 100, …}`) where the recorded tenant stored `{}` or a
 * partial object: the same policy, spelled out.
 */
const EFFECTIVE_DEFAULTS = new Set([
  'passwordPolicy',
  'sentinelPolicy',
  'verificationCodePolicy',
  'passkeySignIn',
]);

/** Account API bodies: the keys a UI reads (the rest is covered by `recorded-responses.test.ts`). */
const ACCOUNT_KEYS = ['username', 'name', 'avatar', 'customData', 'profile'];

describe('replay of recorded Logto 1.42 tenant-configuration answers', () => {
  const harness = createHarness({
    seed: {
      devFeatures: true,
      emailConnector: false,
      smsConnector: false,
      socialConnectors: [],
      accountCenter: {
        enabled: true,
        fields: allFields('Edit', true),
        webauthnRelatedOrigins: ['http://localhost:5173'],
      },
      signInExperience: {
        color: { primaryColor: '#6139F6', isDarkModeEnabled: false, darkPrimaryColor: '#8768F8' },
        branding: {
          logoUrl: 'https://logto.io/logo.svg',
          darkLogoUrl: 'https://logto.io/logo-dark.svg',
        },
        signIn: {
          methods: [
            {
              identifier: 'username',
              password: true,
              verificationCode: false,
              isPasswordPrimary: true,
            },
          ],
        },
        mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'NoPrompt' },
        passwordPolicy: {
          length: { min: 8, max: 256 },
          characterTypes: { min: 1 },
          rejects: { pwned: false, repetitionAndSequence: true, userInfo: true, words: [] },
        },
      },
      users: [
        {
          id: USER_ID,
          username: 'tcfg_user',
          password: USER_PASSWORD,
          name: 'Tcfg User',
          primaryEmail: null,
          primaryPhone: null,
        },
      ],
    },
  });
  let managementToken = '';
  let verificationId = '';

  beforeAll(async () => {
    const response = await harness.simulator.handle(
      new Request('http://localhost:3001/oidc/token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: DOCTOR_M2M_APP_ID,
          client_secret: DOCTOR_M2M_SECRET,
          resource: managementApiResource(TENANT_ID),
          scope: 'all',
        }),
      }),
    );
    managementToken = ((await response.json()) as { access_token: string }).access_token;
    const token = harness.mint({ userId: USER_ID, scopes: RECORDED_SCOPES });
    const created = await harness.call('POST', '/api/verifications/password', {
      token,
      body: { password: USER_PASSWORD },
    });
    verificationId = created.body.verificationRecordId;
  });

  /** The state a `[…]` label prefix describes but no recorded case set up. */
  function arrange(label: string): () => void {
    const { admin } = harness.simulator;
    const unrecorded = UNRECORDED_CHANGES[label];
    if (unrecorded) admin.updateSignInExperience(unrecorded);
    const fields = /^\[MAPI ([^\]]+)\]/.exec(label)?.[1];
    if (fields) {
      const levels = Object.fromEntries(
        fields.split(', ').map((part) => part.split(' ') as [string, FieldLevel]),
      );
      admin.updateAccountCenter({ fields: { ...allFields('Edit', true), ...levels } });
      return () => admin.updateAccountCenter({ fields: allFields('Edit', true) });
    }
    const language = /^\[autoDetect=(true|false), fallback=(\w+)\]/.exec(label);
    if (language)
      admin.updateSignInExperience({
        languageInfo: { autoDetect: language[1] === 'true', fallbackLanguage: language[2]! },
      });
    return () => {};
  }

  for (const recorded of cases) {
    it(`${recorded.label}: ${recorded.status}`, async () => {
      const undo = arrange(recorded.label);
      const { method, path, headers: recordedHeaders = {}, body } = recorded.request;
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(recordedHeaders)) {
        if (name === 'authorization') continue;
        headers[name] = value === '<verification-id>' ? verificationId : value;
      }
      let token: string | null = null;
      if (recordedHeaders.authorization) {
        if (recorded.label.startsWith('MAPI')) token = managementToken;
        else {
          const without = /^\[scope without (\w+)\]/.exec(recorded.label)?.[1];
          token = harness.mint({
            userId: USER_ID,
            scopes: RECORDED_SCOPES.filter((scope) => scope !== without),
          });
        }
      }
      const result = await harness.call(method, path, {
        token,
        headers,
        ...(body === null ? {} : { body }),
      });
      undo();

      expect(result.status).toBe(recorded.status);
      for (const [name, value] of Object.entries(recorded.responseHeaders ?? {}))
        expect(result.headers.get(name)).toBe(value);
      const expected = recorded.body as Record<string, unknown> | unknown[] | null;
      if (expected === null) return expect(result.text).toBe('');
      if (Array.isArray(expected))
        return expect(withoutVolatile(result.body)).toEqual(withoutVolatile(expected));
      if (typeof expected.code === 'string') {
        expect(result.body.code).toBe(expected.code);
        if ('data' in expected) expect(result.body.data).toEqual(expected.data);
        if ('details' in expected) expect(result.body.details).toBe(expected.details);
        return;
      }
      if ('hasCustomDataKey' in expected)
        return expect('customData' in result.body).toBe(expected.hasCustomDataKey);
      const wholeAccount = path === '/api/my-account';
      const trimmedLists = recorded.note?.includes('list values replaced by their length');
      for (const [key, value] of Object.entries(expected)) {
        if (key === '_trimmed' || VOLATILE.has(key) || EFFECTIVE_DEFAULTS.has(key)) continue;
        if (wholeAccount && !ACCOUNT_KEYS.includes(key)) continue;
        if (trimmedLists && typeof value === 'number')
          expect(result.body[key], key).toHaveLength(value);
        else expect(withoutVolatile(result.body[key]), key).toEqual(withoutVolatile(value));
      }
      // Untrimmed whole accounts: `customData` and `profile` present exactly when Logto sends them.
      if (wholeAccount && !recorded.note?.includes('trimmed'))
        for (const key of ['customData', 'profile'])
          expect(key in result.body, `${key} present`).toBe(key in expected);
      // A whole well-known document: the same keys as Logto's.
      if (path === '/api/.well-known/sign-in-exp' && 'tenantId' in expected)
        expect(Object.keys(result.body).sort()).toEqual(Object.keys(expected).sort());
    });
  }
});
