'use client';
import { useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { AccountApiError, VerificationRecord } from '@account-center/client';
import { VerificationCancelledError } from './errors.js';
import { PromptOwnerContext, useAccountKit, verificationMethods } from './kit.js';
import type { VerificationMethodOption, VerificationRequest } from './kit.js';
import { accountQueries } from './queries.js';
import { useCooldown, useMachine, useRerenderIn } from './machine.js';
import { loadSteps } from './steps/load.js';

/** Resend cooldown after each code sent, in seconds. */
export const RESEND_COOLDOWN_SECONDS = 60;

/** Step-up states: `idle` → (`sending` → `code-sent` →) `verifying` → `idle`. */
export type VerificationFlowState = 'idle' | 'sending' | 'code-sent' | 'verifying';

/** Where the code went. */
export interface CodeTarget {
  type: 'email' | 'phone';
  value: string;
  verificationId: string;
}

/** What `useVerification` returns. */
export interface UseVerificationResult {
  /** The identity record: `none`, `verified` until `expiresAt` (minus 30 s), or `expired`. */
  status: 'none' | 'verified' | 'expired';
  record: VerificationRecord | undefined;
  /** The methods this user can use; password also when the profile hides it. */
  methods: VerificationMethodOption[];
  state: VerificationFlowState;
  error: AccountApiError | null;
  codeTarget: CodeTarget | null;
  /**
   * Seconds before `sendCode` may send again to the same address: the resend cooldown after a
   * send, or the server's `Retry-After` after a refused one (whichever came last).
   */
  resendIn: number;
  /** Resolves `true` once a record is stored; on failure `error` says why. */
  verifyWithPassword(password: string): Promise<boolean>;
  /** Send a code to the user's current email or phone (skipped while the same address is cooling down). */
  sendCode(type: 'email' | 'phone'): Promise<boolean>;
  verifyCode(code: string): Promise<boolean>;
  /** Forget the record (e.g. on sign-out). */
  clear(): void;
}

/** @internal The current identity record and its freshness, re-rendering when it goes stale. */
export function useVerificationRecord() {
  const kit = useAccountKit();
  const store = kit.client.verification;
  const record = useSyncExternalStore(store.subscribe, store.get, () => undefined);
  const fresh = store.isFresh(kit.now());
  // Re-render when the record turns stale (30 s before `expiresAt`), with no other trigger.
  useRerenderIn(record && fresh ? record.expiresAt.getTime() - 30_000 - kit.now() : undefined);
  return {
    record,
    status: (record ? (fresh ? 'verified' : 'expired') : 'none') as UseVerificationResult['status'],
  };
}

/**
 * Step-up verification: the record state, this user's methods, and the actions a dialog needs.
 *
 * @example
 * const { methods, verifyWithPassword } = useVerification();
 * if (await verifyWithPassword(password)) close();
 */
export function useVerification(): UseVerificationResult {
  const kit = useAccountKit();
  const { client } = kit;
  const { record, status } = useVerificationRecord();
  const account = useQuery(accountQueries.myAccount(kit.client));
  const methods = verificationMethods(account.data);
  const [resendIn, startCooldown] = useCooldown(kit.now);
  // The address `resendIn` applies to.
  const cooling = useRef('');
  const { snapshot, machine } = useMachine<
    VerificationFlowState,
    { codeTarget: CodeTarget | null }
  >('idle', { codeTarget: null });
  const { go, fail } = machine;

  const attempt = async (from: VerificationFlowState, step: () => Promise<unknown>) => {
    go('verifying');
    try {
      await step();
      go('idle', { codeTarget: null });
      return true;
    } catch (error) {
      fail(from, error);
      return false;
    }
  };

  return {
    status,
    record,
    methods,
    ...snapshot,
    resendIn,
    verifyWithPassword: (password) =>
      attempt('idle', () => client.createPasswordVerification({ password })),
    async sendCode(type) {
      const method = verificationMethods(
        await kit.queryClient.fetchQuery(accountQueries.myAccount(kit.client)),
      ).find((option) => option.type === type);
      const current = machine.get().codeTarget;
      if (!method || method.type === 'password') return false;
      if (resendIn > 0 && cooling.current === method.value) {
        // A code sent to this address still counts; after a refusal with `Retry-After`, sending
        // sooner would only be refused again (the error already says when to try).
        return current?.value === method.value;
      }
      go('sending');
      try {
        const verificationId = await (
          await loadSteps()
        ).sendCode(kit, { type, value: method.value }, true);
        cooling.current = method.value;
        startCooldown(RESEND_COOLDOWN_SECONDS);
        go('code-sent', { codeTarget: { type, value: method.value, verificationId } });
        return true;
      } catch (error) {
        const wait = (error as AccountApiError | undefined)?.retryAfter;
        if (wait !== undefined) {
          cooling.current = method.value;
          startCooldown(wait);
        }
        fail(current ? 'code-sent' : 'idle', error);
        return false;
      }
    },
    verifyCode(code) {
      const target = machine.get().codeTarget;
      return target
        ? attempt('code-sent', async () =>
            (await loadSteps()).verifyCode(
              kit,
              { type: target.type, value: target.value },
              target.verificationId,
              code,
            ),
          )
        : Promise.resolve(false);
    },
    clear: () => client.verification.clear(),
  };
}

/** What `useVerificationPrompt` returns to the dialog that renders step-up. */
export interface VerificationPrompt {
  /** Whether this prompt occupies the provider's slot (only that one is shown requests). */
  active: boolean;
  /** The pending request, or `null` when no action waits for step-up (or this one is not active). */
  request: VerificationRequest | null;
  /** Resume the waiting action (also happens by itself once a fresh record is stored). */
  resolve(): void;
  /** Cancel: the waiting action rejects with a quiet `VerificationCancelledError`. */
  reject(): void;
}

/**
 * Offers the calling component for the provider's one prompt slot while it is mounted; open the
 * dialog while `request` is set. Inside the provider's `verificationPrompt` it owns the slot;
 * elsewhere (our `VerificationDialog`) it is a default that shows only when the slot is free and
 * it was mounted first, so a request never opens two prompts.
 *
 * @example
 * const { request, reject } = useVerificationPrompt();
 * return request ? <Dialog onClose={reject}>…</Dialog> : null;
 */
export function useVerificationPrompt(): VerificationPrompt {
  const kit = useAccountKit();
  const owner = useContext(PromptOwnerContext);
  const [token] = useState(() => ({}));
  useEffect(() => kit.registerPrompt(token, owner), [kit, token, owner]);
  const active = useSyncExternalStore(
    kit.slot.subscribe,
    () => kit.slot.get() === token,
    () => false,
  );
  const request = useSyncExternalStore(kit.prompt.subscribe, kit.prompt.get, () => null);
  return {
    active,
    request: active ? request : null,
    resolve: () => kit.settlePrompt(),
    reject: () => kit.settlePrompt(new VerificationCancelledError()),
  };
}
