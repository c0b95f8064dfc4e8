'use client';
import { useMemo } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { AccountApiError } from '@account-center/client';
import { toPhoneDigits } from '@account-center/client/helpers';
import { useAccountKit } from '../../kit.js';
import { accountMutations } from '../../mutations.js';
import { useMachine, useSecondsLeft } from '../../machine.js';
import { loadSteps } from '../../steps/load.js';
import { RESEND_COOLDOWN_SECONDS } from '../../verification.js';
import type { FlowCallbacks } from '../types.js';

/**
 * Email/phone change: `idle` → `sending` → `code-sent` → `verifying` → `binding` → `done`.
 * Send failures (incl. `429`) return to where they started and wrong codes to `code-sent`, with
 * `error`; `error` = the bind failed (or its step-up was cancelled): `retry()` keeps the code.
 * A verified code whose record expired before the bind goes back to `code-sent` with
 * `verification_code.expired`: only a new code can pass then.
 */
export type IdentifierChangeState =
  'idle' | 'sending' | 'code-sent' | 'verifying' | 'binding' | 'done' | 'error';

/**
 * What `useEmailChange` / `usePhoneChange` return. The actions keep their identity; `resend`
 * does nothing while `resendIn` counts down.
 */
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

function useIdentifierChange(
  type: 'email' | 'phone',
  callbacks: FlowCallbacks = {},
): IdentifierChange {
  const kit = useAccountKit();
  const { mutateAsync: bindAddress } = useMutation<
    void,
    AccountApiError,
    { email?: string; phone?: string; newIdentifierVerificationRecordId: string }
  >(
    accountMutations[type === 'email' ? 'updatePrimaryEmail' : 'updatePrimaryPhone'](
      kit.client,
    ) as never,
  );
  const { snapshot, machine } = useMachine<
    IdentifierChangeState,
    // `cooldownEnds`: when a resend is allowed (epoch ms on the kit's clock).
    { value: string; verificationId?: string; recordId?: string; cooldownEnds?: number }
  >('idle', { value: '' }, callbacks);

  const actions = useMemo(() => {
    // One action at a time: a double submit (or a second call while the first is in flight)
    // joins the running one instead of sending a second code or a second bind.
    const { once } = machine;
    const sendCode = once(async (input: string) =>
      (await loadSteps()).sendChangeCode(
        kit,
        machine,
        type,
        type === 'phone' ? toPhoneDigits(input) : input.trim(),
        RESEND_COOLDOWN_SECONDS,
      ),
    );
    return {
      sendCode,
      resend: async () => {
        // Read at the call: the cooldown as it stands now, not as it was at a render.
        if ((machine.get().cooldownEnds ?? 0) <= kit.now()) await sendCode(machine.get().value);
      },
      verifyCode: once(async (code: string) =>
        (await loadSteps()).verifyChangeCode(kit, machine, type, code, bindAddress),
      ),
      retry: once(async () => (await loadSteps()).bindChange(kit, machine, type, bindAddress)),
      edit: () => machine.go('idle'),
      reset: machine.reset,
    };
  }, [kit, machine, type, bindAddress]);

  // Seconds before `resend` is allowed (re-rendered once a second while counting).
  const { cooldownEnds = 0, ...rest } = snapshot;
  const resendIn = useSecondsLeft(cooldownEnds, kit.now);
  return { ...rest, resendIn, ...actions };
}

/**
 * Change (or add) the primary email: verify identity → send a code to the new address → verify
 * → bind.
 *
 * @example
 * const change = useEmailChange();
 * <form data-state={change.state} onSubmit={() => change.sendCode(email)} />
 */
export const useEmailChange = (callbacks?: FlowCallbacks) =>
  useIdentifierChange('email', callbacks);

/**
 * Change (or add) the primary phone; the number is sent as digits only (§12).
 *
 * @example
 * const change = usePhoneChange();
 * await change.sendCode('+1 555 555 0123'); // sends "15555550123"
 */
export const usePhoneChange = (callbacks?: FlowCallbacks) =>
  useIdentifierChange('phone', callbacks);
