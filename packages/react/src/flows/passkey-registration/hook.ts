'use client';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { AccountApiError, WebAuthnRegistration } from '@account-center/client';
import { useAccountKit } from '../../kit.js';
import { accountMutations } from '../../mutations.js';
import { useMachine } from '../../machine.js';
import { useVerificationRecord } from '../../verification.js';
import type { FlowCallbacks } from '../types.js';
import { useReverification } from '../../reverification.js';

/**
 * Passkey registration: `idle` → `preparing` (options + browser code) → `ready` → `registering`
 * (OS prompt, then verify) → `naming` → `binding` → `done`. A dismissed OS prompt returns to
 * `ready` without an error.
 */
export type PasskeyRegistrationState =
  'idle' | 'preparing' | 'ready' | 'registering' | 'naming' | 'binding' | 'done';

/** Options of `usePasskeyRegistration`. `onSuccess` runs once the passkey is bound. */
export interface PasskeyRegistrationOptions extends FlowCallbacks {
  /** Fetch the options and the browser code on mount (default `true`). */
  prepare?: boolean;
}

/** What `usePasskeyRegistration` returns (actions keep their identity). */
export interface PasskeyRegistration {
  state: PasskeyRegistrationState;
  /**
   * `webauthn_already_registered`, `webauthn_security_error` (this origin may not create passkeys
   * for the rpId: say "not available here"), `webauthn_failed`, or an API error (a dismissed
   * prompt is no error).
   */
  error: AccountApiError | null;
  /** Whether this browser has WebAuthn (`false` during server render): else disable Add and say why. */
  supported: boolean;
  /** When the prepared options expire; fresh ones are fetched a minute before, by themselves. */
  expiresAt: Date | undefined;
  /** A fresh step-up record exists: `register()` can open the OS prompt straight from this click. */
  verified: boolean;
  /**
   * Step up before the ceremony; resolves `true` once verified, `false` when cancelled (or it
   * failed: see `error`). The OS prompt then opens from the user's next click (`register()`).
   */
  verify(): Promise<boolean>;
  /** Fetch the options and the browser code (done on mount unless `prepare: false`). */
  prepare(): Promise<void>;
  /** Call straight from the click: opens the OS prompt without awaiting anything first. */
  register(): void;
  /** Bind the verified passkey with a name (kept across a step-up retry). */
  bind(name?: string): Promise<void>;
  reset(): void;
}

type Ceremony = typeof import('./steps.js'); // eslint-disable-line @typescript-eslint/consistent-type-imports

// One lazy chunk (this flow's browser half + `@simplewebauthn/browser`), fetched when a passkey section opens.
let ceremonyModule: Promise<Ceremony> | undefined;
/** The chunk once loaded: `register()` must open the OS prompt without awaiting anything. */
let ceremony: Ceremony | undefined;
const loadCeremony = () =>
  (ceremonyModule ??= import('./steps.js').then((module) => (ceremony = module)));

const subscribeNothing = () => () => {};
/** Options are refreshed this long before their record expires (§4: 10 minutes). */
const REFRESH_MARGIN_MS = 60_000;
const hasWebAuthn = () => typeof PublicKeyCredential === 'function';

/** Nothing to run after step-up: `verify()` only gets the record ready for the ceremony. */
const stepUpOnly = () => Promise.resolve();

/**
 * Register a passkey: options → `startRegistration` → verify → bind with a name. The options
 * and the WebAuthn browser code load before the click so the OS prompt opens from it.
 *
 * @example
 * const passkey = usePasskeyRegistration();
 * <button disabled={passkey.state !== 'ready'} onClick={passkey.register}>Add passkey</button>
 */
export function usePasskeyRegistration(
  options: PasskeyRegistrationOptions = {},
): PasskeyRegistration {
  const kit = useAccountKit();
  const stepUp = useReverification(stepUpOnly);
  const supported = useSyncExternalStore(subscribeNothing, hasWebAuthn, () => false);
  const verified = useVerificationRecord().status === 'verified';
  const { mutateAsync: add } = useMutation(accountMutations.addMfaVerification(kit.client));
  const { prepare: autoPrepare = true, ...callbacks } = options;
  const { snapshot, machine } = useMachine<
    PasskeyRegistrationState,
    { registration?: WebAuthnRegistration; recordId?: string }
  >('idle', {}, callbacks);

  const actions = useMemo(
    () => ({
      verify: () =>
        stepUp().then(
          // Clears an earlier step-up error; a cancelled step-up stays quiet (no error).
          () => (machine.go(machine.get().state), true),
          (error: unknown) => (machine.fail(machine.get().state, error), false),
        ),
      prepare: async () => {
        // Without WebAuthn there is nothing to prepare: the UI disables Add with a reason (`supported`).
        if (machine.get().state === 'preparing' || !hasWebAuthn()) return;
        await machine.step('preparing', 'idle', async () => {
          const [, registration] = await Promise.all([
            loadCeremony(),
            kit.client.createWebAuthnRegistration(),
          ]);
          machine.go('ready', { registration });
        });
      },
      register() {
        const { registration, state } = machine.get();
        if (state !== 'ready' || !registration || !ceremony) return;
        machine.go('registering');
        // No await before this call: the browser needs the click's user activation (iOS).
        ceremony.runCeremony(kit, registration).then(
          (recordId) => machine.go('naming', { recordId }),
          (error: unknown) => machine.fail('ready', error),
        );
      },
      bind: async (name?: string) => {
        // A double call binds once: the second finds the flow already binding.
        if (machine.get().state !== 'naming') return;
        await machine.step('binding', 'naming', async () => {
          await add({
            type: 'WebAuthn',
            newIdentifierVerificationRecordId: machine.get().recordId!,
            ...(name?.trim() ? { name: name.trim() } : {}),
          });
          machine.succeed(undefined);
        });
      },
      reset: machine.reset,
    }),
    [kit, machine, add, stepUp],
  );

  const { prepare } = actions;
  useEffect(() => {
    if (autoPrepare) void prepare();
  }, [autoPrepare, prepare]);

  // Prepared options go stale with their record: fetch fresh ones before, so a late click works.
  const { state, registration } = snapshot;
  const expiresAt = registration ? new Date(registration.expiresAt) : undefined;
  const refreshAt = state === 'ready' && expiresAt && expiresAt.getTime() - REFRESH_MARGIN_MS;
  useEffect(() => {
    if (!refreshAt) return;
    const timer = setTimeout(prepare, refreshAt - kit.now());
    return () => clearTimeout(timer);
  }, [refreshAt, prepare, kit]);

  return { ...snapshot, supported, expiresAt, verified, ...actions };
}
