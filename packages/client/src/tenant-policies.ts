/**
 * Rules the tenant sets in its sign-in experience that an account UI applies itself (facts §7,
 * §8): the username policy, what "MFA is mandatory" means, which of the user's methods count as a
 * second factor, and which social connectors a browser can use. Pure functions, no React.
 */
import type { Account } from './schemas/account.js';
import type { MfaVerification } from './schemas/mfa.js';
import type { SignInExperience, UsernamePolicy } from './schemas/well-known.js';

/** Logto's default username policy (facts §7): case-sensitive, 1–128, every character class. */
export function defaultUsernamePolicy(): Required<UsernamePolicy> {
  return {
    caseSensitive: true,
    minLength: 1,
    maxLength: 128,
    allowedChars: { lowercase: true, uppercase: true, numbers: true, underscore: true },
  };
}

/** The policy with Logto's defaults for anything the document leaves out. */
export function resolveUsernamePolicy(policy?: UsernamePolicy | null): Required<UsernamePolicy> {
  const defaults = defaultUsernamePolicy();
  return {
    caseSensitive: policy?.caseSensitive ?? defaults.caseSensitive,
    minLength: policy?.minLength ?? defaults.minLength,
    maxLength: policy?.maxLength ?? defaults.maxLength,
    allowedChars: { ...defaults.allowedChars, ...policy?.allowedChars },
  };
}

/** The `422` codes a username can get from the tenant's policy, in the server's order. */
export type UsernamePolicyIssue =
  | 'user.username_too_short'
  | 'user.username_too_long'
  | 'user.username_uppercase_not_allowed'
  | 'user.username_lowercase_not_allowed'
  | 'user.username_numbers_not_allowed'
  | 'user.username_underscore_not_allowed';

/**
 * The first rule of the tenant's username policy that `username` breaks, as the server's `422`
 * code (checked in the server's order), or `undefined`. The hard floor (a letter or underscore
 * first, then word characters) is a separate check.
 */
export function checkUsername(
  username: string,
  policy?: UsernamePolicy | null,
): UsernamePolicyIssue | undefined {
  const { minLength, maxLength, allowedChars } = resolveUsernamePolicy(policy);
  if (username.length < minLength) return 'user.username_too_short';
  if (username.length > maxLength) return 'user.username_too_long';
  if (!allowedChars.uppercase && /[A-Z]/.test(username))
    return 'user.username_uppercase_not_allowed';
  if (!allowedChars.lowercase && /[a-z]/.test(username))
    return 'user.username_lowercase_not_allowed';
  if (!allowedChars.numbers && /\d/.test(username)) return 'user.username_numbers_not_allowed';
  if (!allowedChars.underscore && username.includes('_'))
    return 'user.username_underscore_not_allowed';
  return undefined;
}

/**
 * Whether the tenant requires a second factor (facts §8): `policy === 'Mandatory'`, one of the two
 * non-skippable `*Mandatory` prompt policies while Adaptive MFA is on, or an organization-level
 * `Mandatory`. An unknown document is not mandatory (the server has the last word).
 */
export function isMfaMandatory(
  experience: Pick<SignInExperience, 'mfa' | 'adaptiveMfa'> | undefined,
) {
  const mfa = experience?.mfa;
  if (!mfa) return false;
  if (mfa.policy === 'Mandatory' || mfa.organizationRequiredMfaPolicy === 'Mandatory') return true;
  const adaptive = experience.adaptiveMfa?.enabled === true;
  return (
    adaptive &&
    (mfa.policy === 'PromptAtSignInAndSignUpMandatory' ||
      mfa.policy === 'PromptOnlyAtSignInMandatory')
  );
}

/** The email and phone code factors of the sign-in experience (not bound through the Account API). */
export const EMAIL_CODE_FACTOR = 'EmailVerificationCode';
export const PHONE_CODE_FACTOR = 'PhoneVerificationCode';

/** One second factor the user has: a bound factor, or an email/phone the tenant accepts codes at. */
export type SecondFactor =
  | { type: 'Totp' | 'WebAuthn'; id: string }
  | { type: 'EmailVerificationCode' | 'PhoneVerificationCode'; value: string };

/**
 * The user's second factors: TOTP and passkeys (backup codes never stand alone, §6.8), plus the
 * primary email and phone where the tenant offers `EmailVerificationCode` /
 * `PhoneVerificationCode` among its factors.
 */
export function secondFactors(input: {
  factors: readonly MfaVerification[] | null | undefined;
  offered?: readonly string[] | undefined;
  account?: Pick<Account, 'primaryEmail' | 'primaryPhone'> | undefined;
}): SecondFactor[] {
  const result: SecondFactor[] = [];
  for (const factor of input.factors ?? [])
    if (factor.type === 'Totp' || factor.type === 'WebAuthn')
      result.push({ type: factor.type, id: factor.id });
  const email = input.account?.primaryEmail;
  const phone = input.account?.primaryPhone;
  if (email && input.offered?.includes(EMAIL_CODE_FACTOR))
    result.push({ type: EMAIL_CODE_FACTOR, value: email });
  if (phone && input.offered?.includes(PHONE_CODE_FACTOR))
    result.push({ type: PHONE_CODE_FACTOR, value: phone });
  return result;
}

/** Whether a bound factor can stand alone as a second factor (backup codes can't). */
export const isSecondFactor = (factor: Pick<MfaVerification, 'type'>) =>
  factor.type === 'Totp' || factor.type === 'WebAuthn';

/** A social connector of the sign-in experience, as far as its platform goes. */
type ConnectorWithPlatform = { platform?: string | null | undefined };

/**
 * Whether a browser can use this social connector: everything but `Native` (a connector for
 * native apps only). A connector without a platform (older documents) is kept.
 */
export const isWebConnector = (connector: ConnectorWithPlatform) => connector.platform !== 'Native';
