import { AccountApiError, isQuietError } from '@account-center/client';

/** Code of the error a mutation rejects with when the user closes the step-up prompt. */
export const VERIFICATION_CANCELLED = 'verification_cancelled';

/**
 * Rejection of an action whose step-up the user cancelled (or that had no prompt to ask).
 * It is an `AccountApiError` (status 0) so every hook keeps `TError = AccountApiError`; UIs
 * treat it as quiet: nothing changed, nothing to show.
 */
export class VerificationCancelledError extends AccountApiError {
  constructor() {
    super({ status: 0, code: VERIFICATION_CANCELLED, message: 'Verification cancelled.' });
  }
}

/** Whether an error needs no message (a cancelled prompt, an aborted request): the client's rule. */
export { isQuietError };

/**
 * Whether the server refused the code itself (wrong, expired, over-tried, already used, sent to
 * another address): the typed code is useless, so the field is cleared for a new one. Anything
 * else (network, timeout, `5xx`, `429`) says nothing about the code, so it is kept for a retry.
 *
 * @example
 * if (isCodeRejected(error)) setCode('');
 */
export function isCodeRejected(error: unknown): boolean {
  return String((error as { code?: unknown } | null)?.code).startsWith('verification_code.');
}

/** Narrow an unknown rejection to the kit's error type (wrapping anything else). */
export function toAccountError(error: unknown): AccountApiError {
  return error instanceof AccountApiError
    ? error
    : new AccountApiError({ status: 0, code: 'unknown', message: String(error), cause: error });
}
