/**
 * The verification-code steps shared by step-up and the email/phone change: part of the lazy
 * steps chunk (`./index.ts`). Imports nothing from the entry chunk.
 */
import type { VerificationCodeIdentifier } from '@account-center/client';
import type { AccountKit } from '../kit.js';

/**
 * Send a code. `identity`: to the user's current address, for step-up (the verified record
 * becomes the header record). Otherwise a new address: identity is verified first, so the user is
 * not stopped after typing the code.
 */
export async function sendCode(
  kit: AccountKit,
  identifier: VerificationCodeIdentifier,
  identity?: boolean,
) {
  if (!identity) await kit.ensureVerified('always');
  const sent = await kit.client.sendVerificationCode({
    identifier,
    ...(identity ? { purpose: 'identity' as const } : {}),
  });
  return sent.verificationRecordId;
}

/** Check a code; resolves to the verified record id. */
export async function verifyCode(
  kit: AccountKit,
  identifier: VerificationCodeIdentifier,
  verificationId: string,
  code: string,
) {
  return (
    await kit.client.verifyVerificationCode({ identifier, verificationId, code: code.trim() })
  ).verificationRecordId;
}
