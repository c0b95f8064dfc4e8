import { describe, expect, it } from 'vitest';
import type { MfaVerification } from './schemas/mfa.js';
import { secondFactors } from './second-factors.js';
import { isMfaMandatory, isWebConnector } from './tenant-policies.js';
import { checkUsername, resolveUsernamePolicy } from './username-policy.js';

describe('checkUsername (facts §7, in the server order)', () => {
  const policy = (overrides: object) => ({ ...resolveUsernamePolicy(), ...overrides });
  it('accepts anything within the default policy', () => {
    expect(checkUsername('Some_user9', undefined)).toBeUndefined();
  });
  it('checks the length bounds', () => {
    expect(checkUsername('abc', policy({ minLength: 4 }))).toBe('user.username_too_short');
    expect(checkUsername('abcdef', policy({ maxLength: 5 }))).toBe('user.username_too_long');
    expect(checkUsername('abcd', policy({ minLength: 4, maxLength: 4 }))).toBeUndefined();
  });
  it('checks each character class', () => {
    const only = (allowedChars: object) =>
      policy({
        allowedChars: {
          lowercase: true,
          uppercase: true,
          numbers: true,
          underscore: true,
          ...allowedChars,
        },
      });
    expect(checkUsername('Abc', only({ uppercase: false }))).toBe(
      'user.username_uppercase_not_allowed',
    );
    expect(checkUsername('ABc', only({ lowercase: false }))).toBe(
      'user.username_lowercase_not_allowed',
    );
    expect(checkUsername('ab1', only({ numbers: false }))).toBe(
      'user.username_numbers_not_allowed',
    );
    expect(checkUsername('a_b', only({ underscore: false }))).toBe(
      'user.username_underscore_not_allowed',
    );
  });
  it('keeps Logto’s default for a value of the wrong type (the document is kept unparsed)', () => {
    expect(resolveUsernamePolicy({ minLength: '4', allowedChars: { numbers: 'no' } })).toEqual(
      resolveUsernamePolicy(undefined),
    );
    expect(checkUsername('ab1', { minLength: 2, allowedChars: { numbers: false } })).toBe(
      'user.username_numbers_not_allowed',
    );
  });
  it('reports the length before the characters, as the server does', () => {
    expect(
      checkUsername('A', {
        minLength: 3,
        allowedChars: { uppercase: false },
      }),
    ).toBe('user.username_too_short');
  });
});

describe('isMfaMandatory (facts §8)', () => {
  const doc = (policy: string, extra: object = {}, adaptive?: boolean) => ({
    mfa: { factors: ['Totp'], policy, ...extra },
    adaptiveMfa: adaptive === undefined ? undefined : { enabled: adaptive },
  });
  it('is mandatory under the Mandatory policy', () => {
    expect(isMfaMandatory(doc('Mandatory'))).toBe(true);
  });
  it('is mandatory under the *Mandatory prompt policies only while adaptive MFA is on', () => {
    expect(isMfaMandatory(doc('PromptAtSignInAndSignUpMandatory', {}, true))).toBe(true);
    expect(isMfaMandatory(doc('PromptOnlyAtSignInMandatory', {}, true))).toBe(true);
    expect(isMfaMandatory(doc('PromptOnlyAtSignInMandatory', {}, false))).toBe(false);
    expect(isMfaMandatory(doc('PromptAtSignInAndSignUpMandatory'))).toBe(false);
  });
  it('is mandatory when organizations require MFA', () => {
    expect(
      isMfaMandatory(doc('UserControlled', { organizationRequiredMfaPolicy: 'Mandatory' })),
    ).toBe(true);
    expect(
      isMfaMandatory(doc('UserControlled', { organizationRequiredMfaPolicy: 'NoPrompt' })),
    ).toBe(false);
  });
  it('is not mandatory under the skippable policies or an unknown document', () => {
    for (const policy of [
      'UserControlled',
      'PromptOnlyAtSignIn',
      'PromptAtSignInAndSignUp',
      'NoPrompt',
    ])
      expect(isMfaMandatory(doc(policy, {}, true))).toBe(false);
    expect(isMfaMandatory(undefined)).toBe(false);
  });
});

describe('secondFactors', () => {
  const factors = [
    { id: 'b', type: 'BackupCode', createdAt: '', remainCodes: 10 },
  ] as unknown as MfaVerification[];
  const account = { primaryEmail: 'a@example.com', primaryPhone: '15555550100' };
  it('does not count backup codes', () => {
    expect(secondFactors({ factors, account })).toEqual([]);
  });
  it('counts the email and phone where the tenant offers their code factors', () => {
    expect(
      secondFactors({
        factors,
        account,
        offered: ['EmailVerificationCode', 'PhoneVerificationCode'],
      }),
    ).toEqual([
      { type: 'EmailVerificationCode', value: 'a@example.com' },
      { type: 'PhoneVerificationCode', value: '15555550100' },
    ]);
    expect(
      secondFactors({
        factors,
        account: { primaryEmail: null },
        offered: ['EmailVerificationCode'],
      }),
    ).toEqual([]);
  });
  it('counts TOTP and passkeys', () => {
    const bound = [
      { id: 't', type: 'Totp' },
      { id: 'w', type: 'WebAuthn' },
    ] as MfaVerification[];
    expect(secondFactors({ factors: bound }).map((factor) => factor.type)).toEqual([
      'Totp',
      'WebAuthn',
    ]);
  });
});

describe('isWebConnector', () => {
  it('leaves out native-only connectors', () => {
    expect(isWebConnector({ platform: 'Native' })).toBe(false);
    expect(isWebConnector({ platform: 'Web' })).toBe(true);
    expect(isWebConnector({ platform: 'Universal' })).toBe(true);
    expect(isWebConnector({})).toBe(true);
  });
});
