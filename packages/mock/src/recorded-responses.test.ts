/**
 * Replays every case recorded from a real Logto 1.42 server against the simulator and checks the
 * status, `code` and top-level body keys (ids, timestamps, secrets and wording aside).
 */

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_SCOPES, DEMO_PASSWORD, EMAIL_CONNECTOR_ID, allFields } from './seed.js';
import type { FieldLevel } from './types.js';
import { createHarness } from './test-utils/harness.js';
import { totpCode } from './totp.js';

/** Recorded from a real Logto 1.42 server; kept in the repository (see the folder's README). */
const recordedPath = fileURLToPath(
  new URL('../fixtures/logto-1.42/recorded-responses.json', import.meta.url),
);
if (!existsSync(recordedPath)) throw new Error(`Recorded responses not found at ${recordedPath}`);

interface RecordedCase {
  label: string;
  request: { method: string; path: string; headers?: Record<string, string>; body: unknown };
  status: number;
  body: unknown;
}

const { cases } = JSON.parse(readFileSync(recordedPath, 'utf8')) as { cases: RecordedCase[] };

/** The time of the recording: the first record's `expiresAt` minus its 10-minute lifetime. */
function recordingTime(): number {
  const firstRecord = cases.find(
    (recorded) => recorded.status === 201 && (recorded.body as { expiresAt?: string }).expiresAt,
  );
  return Date.parse((firstRecord!.body as { expiresAt: string }).expiresAt) - 10 * 60 * 1000;
}

function keysOf(value: unknown): string[] {
  return value && typeof value === 'object' ? Object.keys(value).sort() : [];
}

describe('replay of recorded Logto 1.42 responses', () => {
  const harness = createHarness();
  const { simulator } = harness;
  const recordIds = new Map<string, string>();
  let currentPassword = DEMO_PASSWORD;

  beforeAll(() => {
    simulator.clock.set(recordingTime());
  });

  it('pins a time at which the recorded TOTP code is valid (RFC 6238)', async () => {
    expect(new Date(recordingTime()).toISOString()).toBe('2026-11-26T22:26:01.036Z');
    expect(await totpCode('JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ', recordingTime())).toBe('879646');
  });

  for (const recorded of cases) {
    it(`${recorded.label}: ${recorded.status}`, async () => {
      const restore: (() => void)[] = [];
      const scopeMatch = /\[scope=([^\],]+)(, no openid)?\]/.exec(recorded.label);
      const fieldMatch = /\[(\w+) (Off|ReadOnly|Edit)\]/.exec(recorded.label);
      if (fieldMatch) {
        simulator.admin.updateAccountCenter({
          fields: { ...allFields('Edit'), [fieldMatch[1]!]: fieldMatch[2] as FieldLevel },
        });
        restore.push(() => simulator.admin.updateAccountCenter({ fields: allFields('Edit') }));
      }
      if (/pwned check off/.test(recorded.label)) {
        const policy = simulator.admin.getSignInExperience().passwordPolicy;
        simulator.admin.updateSignInExperience({
          passwordPolicy: { ...policy, rejects: { ...policy.rejects, pwned: false } },
        });
        restore.push(() => simulator.admin.updateSignInExperience({ passwordPolicy: policy }));
      }
      if (/no email connector/.test(recorded.label)) {
        simulator.admin.removeConnector(EMAIL_CONNECTOR_ID);
        restore.push(() => simulator.admin.addMessageConnector('Email'));
      }

      // Cases recorded without headers were sent with the test user's token.
      const recordedHeaders = recorded.request.headers ?? { authorization: '<token>' };
      const headers: Record<string, string> = {};
      if (recordedHeaders.authorization) {
        const scopes = scopeMatch ? [...scopeMatch[1]!.split(' ')] : [...ALL_SCOPES];
        const token = /bogus/.test(recorded.label)
          ? 'bogus-opaque-token'
          : harness.mint({ scopes });
        headers.authorization = `Bearer ${token}`;
      }
      const recordedId = recordedHeaders['logto-verification-id'];
      if (recordedId) {
        if (recordedId === 'unknown-verification-id') headers['logto-verification-id'] = recordedId;
        else {
          if (!recordIds.has(recordedId)) {
            const created = await harness.call('POST', '/api/verifications/password', {
              body: { password: currentPassword },
            });
            recordIds.set(recordedId, created.body.verificationRecordId);
          }
          headers['logto-verification-id'] = recordIds.get(recordedId)!;
        }
      }
      let body = recorded.request.body;
      if (recorded.label === 'password verification') body = { password: currentPassword };

      const result = await harness.call(recorded.request.method, recorded.request.path, {
        token: null,
        headers,
        ...(body === null ? {} : { body }),
      });
      for (const undo of restore) undo();

      if (recorded.label === 'password verification')
        recordIds.set(
          (recorded.body as { verificationRecordId: string }).verificationRecordId,
          result.body.verificationRecordId,
        );
      if (recorded.request.path === '/api/my-account/password' && result.status === 204) {
        currentPassword = (body as { password: string }).password;
      }

      expect(result.status).toBe(recorded.status);
      const expected = recorded.body as Record<string, unknown> | unknown[] | null;
      if (expected === null) {
        expect(result.text).toBe('');
        return;
      }
      if (Array.isArray(expected)) {
        expect(Array.isArray(result.body)).toBe(true);
        expect(result.body).toHaveLength(expected.length);
        expected.forEach((item, index) => expect(keysOf(result.body[index])).toEqual(keysOf(item)));
        return;
      }
      expect(result.body.code).toBe(expected.code);
      expect(keysOf(result.body)).toEqual(keysOf(expected));
      // Where the payload is deterministic, it must match exactly.
      if (expected.code === 'password.rejected' || expected.code === 'guard.invalid_input') {
        expect(result.body.data).toEqual(expected.data);
      }
      if (expected.code === 'guard.invalid_input')
        expect(result.body.details).toBe(expected.details);
      if (recorded.label === 'get backup codes') expect(result.body).toEqual(expected);
      if (recorded.label.includes('get profile') && recorded.status === 200) {
        expect(keysOf(result.body)).toEqual(keysOf(expected));
      }
    });
  }
});
