/**
 * The email/phone change's own step (the bind, with the expired-code case), part of the lazy
 * steps chunk (`../../steps/index.ts`) with the code steps it uses. Imports nothing from the
 * entry chunk.
 */
import { AccountApiError, isAccountApiError } from '@account-center/client';

/**
 * Bind a new email or phone (`bind`: the write). The body record (the verified code) may be gone:
 * it lives 10 minutes from the send, and a stale header is a 401, not this (§4.5, §6.6).
 * Retrying can never pass then, so instead of throwing this resolves to a
 * `verification_code.expired` error for the code step; `undefined` once bound.
 */
export async function bindIdentifier(bind: () => Promise<unknown>) {
  try {
    await bind();
  } catch (error) {
    if (!isAccountApiError(error, 'verification_record.not_found')) throw error;
    return new AccountApiError({
      status: error.status,
      code: 'verification_code.expired',
      message: 'The verified code expired before it was used. Send a new code.',
      cause: error,
    });
  }
}
