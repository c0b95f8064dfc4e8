/**
 * The email/phone change's steps (send a code to the new address, verify it, bind, with the
 * expired-code case), part of the lazy steps chunk (`../../steps/index.ts`) with the code steps
 * they use; the hook keeps only its state wiring. Imports nothing from the entry chunk: the kit,
 * the flow's machine and the bind mutation come in through parameters.
 */
import { AccountApiError, isAccountApiError } from '@account-center/client';
import type { AccountKit } from '../../kit.js';
import type { Machine } from '../../machine.js';
import { sendCode, verifyCode } from '../../steps/code.js';
import type { IdentifierChangeState } from './hook.js';

/** The flow's machine: its state, the address as sent, the code's ids, when a resend is allowed. */
export type ChangeMachine = Machine<
  IdentifierChangeState,
  { value: string; verificationId?: string; recordId?: string; cooldownEnds?: number },
  void
>;

/** What the change binds: the new address with the verified code record. */
export type BindAddress = (input: {
  email?: string;
  phone?: string;
  newIdentifierVerificationRecordId: string;
}) => Promise<unknown>;

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

/**
 * `sendCode(value)`: verify identity if needed, then send a code to the new address (`value`,
 * already normalized); `code-sent` with the resend cooldown (`cooldown` seconds) started. A
 * failure returns to where it started, with the error.
 */
export const sendChangeCode = (
  kit: AccountKit,
  machine: ChangeMachine,
  type: 'email' | 'phone',
  value: string,
  cooldown: number,
) =>
  machine.step('sending', machine.get().state === 'code-sent' ? 'code-sent' : 'idle', async () => {
    machine.go('sending', { value });
    const verificationId = await sendCode(kit, { type, value });
    machine.go('code-sent', { verificationId, cooldownEnds: kit.now() + cooldown * 1000 });
  });

/**
 * Bind the new address with the verified code record (also the retry after `error`). Header
 * needed (§6.6): the step-up gate prompts and, on `permission_denied`, retries with this same
 * record. A code record that expired before the bind goes back to `code-sent`, where a new code
 * can be sent at once.
 */
export const bindChange = (
  kit: AccountKit,
  machine: ChangeMachine,
  type: 'email' | 'phone',
  bind: BindAddress,
) =>
  machine.step('binding', 'error', async () => {
    const { value, recordId } = machine.get();
    const expired = await bindIdentifier(() =>
      bind({ [type]: value, newIdentifierVerificationRecordId: recordId! }),
    );
    if (expired) machine.go('code-sent', { recordId: undefined, cooldownEnds: kit.now() }, expired);
    else machine.succeed(undefined);
  });

/** `verifyCode(code)`: check the code (a wrong one returns to `code-sent`), then bind. */
export const verifyChangeCode = async (
  kit: AccountKit,
  machine: ChangeMachine,
  type: 'email' | 'phone',
  code: string,
  bind: BindAddress,
) => {
  await machine.step('verifying', 'code-sent', async () => {
    const { value, verificationId } = machine.get();
    machine.go('binding', {
      recordId: await verifyCode(kit, { type, value }, verificationId!, code),
    });
  });
  if (machine.get().state === 'binding') await bindChange(kit, machine, type, bind);
};
