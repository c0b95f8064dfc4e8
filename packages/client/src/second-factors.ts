/**
 * Which of the user's methods count as a second factor (facts §8): bound TOTP and passkeys, plus
 * the primary email and phone where the tenant offers their code factors. Pure functions, no React.
 */
import type { Account } from './schemas/account.js';
import type { MfaVerification } from './schemas/mfa.js';

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
