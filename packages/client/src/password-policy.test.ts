import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPassword, defaultPasswordPolicy, resolvePasswordPolicy } from './password-policy.js';
import type { PasswordIssue } from './password-policy.js';

/** Recorded from a real Logto 1.42 server; kept in the repository (see the folder's README). */
const recordedPath = fileURLToPath(
  new URL('../../mock/fixtures/logto-1.42/recorded-responses.json', import.meta.url),
);

interface RecordedCase {
  label: string;
  request: { method: string; path: string; body: unknown };
  status: number;
  body: { code?: string; data?: unknown } | null;
}

function loadRecorded(): RecordedCase[] {
  // Fail, never skip: agreement with the real server is the point of these tests.
  if (!existsSync(recordedPath)) throw new Error(`Recorded responses not found at ${recordedPath}`);
  return (JSON.parse(readFileSync(recordedPath, 'utf8')) as { cases: RecordedCase[] }).cases;
}

const code = (issues: PasswordIssue[]) => issues.map((issue) => issue.code);

describe('agreement with a real Logto 1.42 server (recorded-responses.json)', () => {
  const cases = loadRecorded().filter(
    (recorded) =>
      recorded.request.path === '/api/my-account/password' && recorded.request.method === 'POST',
  );
  // The recorded user (pwned check off, otherwise default policy).
  const user = {
    name: 'x',
    username: 'oracle_user',
    primaryEmail: 'oracle.user@example.com',
    primaryPhone: null,
  };
  const policy = { rejects: { pwned: false } };

  it('has the password.rejected cases to compare with', () => {
    expect(
      cases.filter((recorded) => recorded.body?.code === 'password.rejected').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it.each(
    cases
      .filter((recorded) => recorded.body?.code === 'password.rejected')
      .map((recorded) => [recorded.label, recorded] as const),
  )('%s', (_label, recorded) => {
    const { password } = recorded.request.body as { password: string };
    expect(checkPassword(password, policy, user)).toEqual(recorded.body?.data);
  });

  it.each(
    cases
      .filter((recorded) => recorded.status === 204)
      .map((recorded) => [recorded.label, recorded] as const),
  )('%s passes', (_label, recorded) => {
    const { password } = recorded.request.body as { password: string };
    expect(checkPassword(password, policy, user)).toEqual([]);
  });
});

describe('defaults (§9)', () => {
  it('fills a missing or partial policy with Logto defaults', () => {
    expect(resolvePasswordPolicy()).toEqual(defaultPasswordPolicy);
    expect(resolvePasswordPolicy({ length: { min: 12 } })).toEqual({
      ...defaultPasswordPolicy,
      length: { min: 12, max: 256 },
    });
    expect(defaultPasswordPolicy).toEqual({
      length: { min: 8, max: 256 },
      characterTypes: { min: 1 },
      rejects: { pwned: true, repetitionAndSequence: true, userInfo: true, words: [] },
    });
  });

  it('never reports pwned: that check needs the server', () => {
    expect(checkPassword('password', { rejects: { pwned: true } })).toEqual([]);
  });
});

describe('length', () => {
  it('reports too_short with min', () => {
    expect(checkPassword('Ab1!xyz')).toEqual([
      { code: 'password_rejected.too_short', interpolation: { min: 8 } },
    ]);
  });
  it('reports too_long with max', () => {
    expect(checkPassword('a1b2c3d4e5f6', { length: { max: 10 } })).toEqual([
      { code: 'password_rejected.too_long', interpolation: { max: 10 } },
    ]);
  });
  it('accepts the bounds themselves', () => {
    expect(checkPassword('a1b2c3d4')).toEqual([]);
    expect(checkPassword('a1b2c3d4e5', { length: { max: 10 } })).toEqual([]);
  });
});

describe('character types', () => {
  it('counts lowercase, uppercase, digits and symbols (space included)', () => {
    const policy = { characterTypes: { min: 4 } };
    expect(checkPassword('aB3! x9Q', policy)).toEqual([]);
    expect(checkPassword('aB3 xz9Q', policy)).toEqual([]);
    expect(checkPassword('aB3kxz9Q', policy)).toEqual([
      { code: 'password_rejected.character_types', interpolation: { min: 4 } },
    ]);
  });
  it('reports unsupported_characters for anything outside the four types', () => {
    expect(code(checkPassword('pässwörd-42'))).toEqual([
      'password_rejected.unsupported_characters',
    ]);
    expect(code(checkPassword('tab\tinside1'))).toEqual([
      'password_rejected.unsupported_characters',
    ]);
  });
});

describe('restricted phrases', () => {
  it('reports repetition when runs of 3+ equal characters leave fewer than 3 free characters', () => {
    expect(code(checkPassword('aaaaaaaaaa1'))).toEqual(['password_rejected.restricted.repetition']);
    expect(code(checkPassword('aaaaaaaa1bc'))).toEqual([]);
  });

  it('reports sequence for ascending and descending letters or digits', () => {
    expect(code(checkPassword('abcdefgh12345678'))).toEqual([
      'password_rejected.restricted.sequence',
    ]);
    expect(code(checkPassword('zyxwvuts'))).toEqual(['password_rejected.restricted.sequence']);
    expect(code(checkPassword('87654321'))).toEqual(['password_rejected.restricted.sequence']);
    expect(code(checkPassword('ABCdef12'))).toEqual(['password_rejected.restricted.sequence']);
  });

  it('does not count two-character runs', () => {
    expect(checkPassword('abxyqr12')).toEqual([]);
  });

  it('reports every rule that marked characters, in the server order', () => {
    expect(code(checkPassword('aaa123zzz9'))).toEqual([
      'password_rejected.restricted.repetition',
      'password_rejected.restricted.sequence',
    ]);
  });

  it('reports user_info for name, username, email local part and phone', () => {
    expect(code(checkPassword('adalovelace1', {}, { name: 'Ada Lovelace' }))).toEqual([
      'password_rejected.restricted.user_info',
    ]);
    expect(code(checkPassword('Oracle_User!', {}, { username: 'oracle_user' }))).toEqual([
      'password_rejected.restricted.user_info',
    ]);
    expect(
      code(checkPassword('oracle.user9', {}, { primaryEmail: 'oracle.user@example.com' })),
    ).toEqual(['password_rejected.restricted.user_info']);
    expect(code(checkPassword('x16502537194', {}, { primaryPhone: '16502537194' }))).toEqual([
      'password_rejected.restricted.user_info',
    ]);
    // Enough other characters: accepted.
    expect(checkPassword('ada-likes-tea', {}, { name: 'Ada' })).toEqual([]);
  });

  it('skips user info when the policy says so', () => {
    expect(
      checkPassword('adalovelace1', { rejects: { userInfo: false } }, { name: 'Ada Lovelace' }),
    ).toEqual([]);
  });

  it('reports words from the policy, case-insensitively', () => {
    const policy = { rejects: { words: ['acme', 'rocket'] } };
    expect(code(checkPassword('AcmeRocket1', policy))).toEqual([
      'password_rejected.restricted.words',
    ]);
    expect(checkPassword('acme-is-great', policy)).toEqual([]);
  });

  it('skips repetition and sequence when the policy says so', () => {
    expect(checkPassword('abcdefgh', { rejects: { repetitionAndSequence: false } })).toEqual([]);
  });

  it('orders length, then character types, then restricted issues', () => {
    expect(checkPassword('123', { characterTypes: { min: 2 } })).toEqual([
      { code: 'password_rejected.too_short', interpolation: { min: 8 } },
      { code: 'password_rejected.character_types', interpolation: { min: 2 } },
      { code: 'password_rejected.restricted.sequence' },
    ]);
  });
});
