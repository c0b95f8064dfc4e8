'use client';
import { useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { AccountApiError } from '@account-center/client';
import { toPhoneDigits } from '@account-center/client/helpers';
import { useAccountCenter } from '../kit.js';
import { accountMutations } from '../mutations.js';
import { loadSteps, useCooldown, useMachine } from '../internal.js';
import { RESEND_COOLDOWN_SECONDS } from '../verification.js';

/**
 * Email/phone change: `idle` → `sending` → `code-sent` → `verifying` → `binding` → `done`.
 * Send failures (incl. `429`) return to where they started and wrong codes to `code-sent`, with
 * `error`; `error` = the bind failed (or its step-up was cancelled): `retry()` keeps the code.
 * A verified code whose record expired before the bind goes back to `code-sent` with
 * `verification_code.expired`: only a new code can pass then.
 */
export type IdentifierChangeState =
  'idle' | 'sending' | 'code-sent' | 'verifying' | 'binding' | 'done' | 'error';

/** What `useEmailChange` / `usePhoneChange` return. */
export interface IdentifierChange {
  state: IdentifierChangeState;
  error: AccountApiError | null;
  /** The new address as sent (phones: digits only, §12); kept when going back to edit. */
  value: string;
  /** Seconds before `resend` is allowed. */
  resendIn: number;
  /** Verify identity if needed (prompt), then send a code to the new address. */
  sendCode(value: string): Promise<void>;
  /** Send a new code to the same address once the cooldown is over. */
  resend(): Promise<void>;
  /** Check the code, then bind the new address. */
  verifyCode(code: string): Promise<void>;
  /** Bind again after a failure, with the already verified code record. */
  retry(): Promise<void>;
  /** Back to the address step, keeping the typed value. */
  edit(): void;
  reset(): void;
}

function useIdentifierChange(type: 'email' | 'phone'): IdentifierChange {
  const kit = useAccountCenter();
  const [resendIn, startCooldown] = useCooldown(kit.now);
  const bindMutation = useMutation<
    void,
    AccountApiError,
    { email?: string; phone?: string; newIdentifierVerificationRecordId: string }
  >(
    accountMutations[type === 'email' ? 'updatePrimaryEmail' : 'updatePrimaryPhone'](
      kit.client,
    ) as never,
  );
  const { snapshot, latest, go, reset, step } = useMachine<
    IdentifierChangeState,
    { value: string; verificationId?: string; recordId?: string }
  >('idle', { value: '' });

  // One action at a time: a double submit (or a second call while the first is in flight) joins
  // the running one instead of sending a second code or a second bind.
  const running = useRef<Promise<void> | null>(null);
  const once =
    <TArgs extends unknown[]>(action: (...args: TArgs) => Promise<void>) =>
    (...args: TArgs): Promise<void> =>
      (running.current ??= action(...args).finally(() => {
        running.current = null;
      }));

  // Header needed (§6.6): the step-up gate prompts and, on permission_denied, retries with this same record.
  const bind = () =>
    step('binding', 'error', async () => {
      const { value, recordId } = latest.current;
      const expired = await (
        await loadSteps()
      ).bindIdentifier(() =>
        bindMutation.mutateAsync({ [type]: value, newIdentifierVerificationRecordId: recordId! }),
      );
      if (expired) {
        // Back to the code step, where a new code can be sent at once.
        startCooldown(0);
        go('code-sent', { recordId: undefined }, expired);
        return;
      }
      go('done');
    });

  const sendCode = once((input: string) => {
    const value = type === 'phone' ? toPhoneDigits(input) : input.trim();
    return step(
      'sending',
      latest.current.state === 'code-sent' ? 'code-sent' : 'idle',
      async () => {
        go('sending', { value });
        const verificationId = await (await loadSteps()).sendCode(kit, { type, value });
        startCooldown(RESEND_COOLDOWN_SECONDS);
        go('code-sent', { verificationId });
      },
    );
  });

  return {
    ...snapshot,
    resendIn,
    sendCode,
    resend: async () => {
      if (resendIn <= 0) await sendCode(latest.current.value);
    },
    verifyCode: once((code: string) =>
      step('verifying', 'code-sent', async () => {
        const { value, verificationId } = latest.current;
        const steps = await loadSteps();
        go('binding', {
          recordId: await steps.verifyCode(kit, { type, value }, verificationId!, code),
        });
      }).then(() => {
        if (latest.current.state === 'binding') return bind();
      }),
    ),
    retry: once(bind),
    edit: () => go('idle'),
    reset,
  };
}

/**
 * Change (or add) the primary email: verify identity → send a code to the new address → verify
 * → bind.
 *
 * @example
 * const change = useEmailChange();
 * <form data-state={change.state} onSubmit={() => change.sendCode(email)} />
 */
export const useEmailChange = () => useIdentifierChange('email');

/**
 * Change (or add) the primary phone; the number is sent as digits only (§12).
 *
 * @example
 * const change = usePhoneChange();
 * await change.sendCode('+1 555 555 0123'); // sends "15555550123"
 */
export const usePhoneChange = () => useIdentifierChange('phone');
