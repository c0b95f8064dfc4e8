import { describe, expect, it } from 'vitest';
import { accountLabel, isSecondFactor, totpIssuer } from './account-rules.js';
import { isQuietError } from './errors.js';
import type { Account } from './schemas/account.js';

const account = (fields: Partial<Account>) =>
  ({ id: 'u1', hasSecurityVerificationMethod: true, ...fields }) as Account;

describe('accountLabel (TOTP label, backup-code file heading)', () => {
  it('names the account by email first, then username, then phone with its plus sign', () => {
    const all = { primaryEmail: 'ada@example.com', username: 'ada', primaryPhone: '15555550123' };
    expect(accountLabel(account(all))).toBe('ada@example.com');
    expect(accountLabel(account({ ...all, primaryEmail: null }))).toBe('ada');
    expect(accountLabel(account({ primaryPhone: '15555550123' }))).toBe('+15555550123');
    expect(accountLabel(account({}))).toBeUndefined();
    expect(accountLabel(undefined)).toBeUndefined();
  });
});

describe('totpIssuer', () => {
  it('is the app name when given, else the Logto host', () => {
    expect(totpIssuer('  Acme  ', 'https://tenant.logto.app')).toBe('Acme');
    expect(totpIssuer(undefined, 'https://tenant.logto.app')).toBe('tenant.logto.app');
    expect(totpIssuer(' ', 'https://auth.example.com:3001')).toBe('auth.example.com');
  });
});

describe('isSecondFactor', () => {
  it('counts TOTP and passkeys, not backup codes', () => {
    expect(isSecondFactor({ type: 'Totp' })).toBe(true);
    expect(isSecondFactor({ type: 'WebAuthn' })).toBe(true);
    expect(isSecondFactor({ type: 'BackupCode' })).toBe(false);
  });
});

describe('isQuietError', () => {
  it('is true for cancelled prompts and aborted requests, false for real failures', () => {
    expect(isQuietError({ code: 'verification_cancelled' })).toBe(true);
    expect(isQuietError({ code: 'webauthn_cancelled' })).toBe(true);
    expect(isQuietError({ code: 'aborted' })).toBe(true);
    expect(isQuietError(new DOMException('stopped', 'AbortError'))).toBe(true);
    expect(isQuietError({ code: 'password.rejected' })).toBe(false);
    expect(isQuietError('verification_cancelled')).toBe(false);
    expect(isQuietError(null)).toBe(false);
  });
});
