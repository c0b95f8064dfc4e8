'use client';
import { useCallback } from 'react';
import { useAccountKit } from './kit.js';
import type { StepUpRequirement } from './kit.js';

/** Options of {@link useReverification}. */
export interface ReverificationOptions<TRequirement extends StepUpRequirement = StepUpRequirement> {
  /**
   * `always` (default): every user steps up and `fn` gets a record id. `when-user-has-method`:
   * like `POST …/password` (§6.4), a user with no password, email or phone has nothing to verify
   * with, so `fn` gets `undefined` for them.
   */
  requirement?: TRequirement;
}

/**
 * The one step-up wrapper. Turns `fn` into a function that first asks for step-up when no fresh
 * record exists (through the provider's prompt slot), hands the record id to `fn` (send it as the
 * `logto-verification-id` header, to Logto or to the app's own server), and when `fn` rejects with
 * `401 verification_record.permission_denied`, drops the record, asks again and runs `fn` once
 * more. Cancelling the prompt rejects with `VerificationCancelledError`.
 *
 * @example
 * const deleteAccount = useReverification((recordId) =>
 *   fetch('/api/delete-account', { method: 'POST', headers: { 'logto-verification-id': recordId } }),
 * );
 */
export function useReverification<TArgs extends unknown[], TResult>(
  fn: (verificationRecordId: string, ...args: TArgs) => Promise<TResult>,
  options?: ReverificationOptions<'always'>,
): (...args: TArgs) => Promise<TResult>;
export function useReverification<TArgs extends unknown[], TResult>(
  fn: (verificationRecordId: string | undefined, ...args: TArgs) => Promise<TResult>,
  options: ReverificationOptions<'when-user-has-method'>,
): (...args: TArgs) => Promise<TResult>;
export function useReverification<TArgs extends unknown[], TResult>(
  fn: (verificationRecordId: string, ...args: TArgs) => Promise<TResult>,
  options?: ReverificationOptions,
): (...args: TArgs) => Promise<TResult> {
  const kit = useAccountKit();
  const requirement = options?.requirement ?? 'always';
  return useCallback(
    (...args: TArgs) => kit.reverify(requirement, (id) => fn(id!, ...args)),
    [kit, requirement, fn],
  );
}
