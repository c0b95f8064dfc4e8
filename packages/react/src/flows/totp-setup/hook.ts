'use client';
import { useEffect, useMemo } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AccountApiError } from '@account-center/client';
import { useAccountKit } from '../../kit.js';
import { accountKeys } from '../../keys.js';
import { accountMutations } from '../../mutations.js';
import { accountQueries } from '../../queries.js';
import { useMachine } from '../../machine.js';
import type { FlowCallbacks } from '../types.js';

/** The TOTP step's own lazy chunk (preloaded by `useTotpSetup` on mount). */
const loadTotpSteps = () => import('./steps.js');

/** TOTP setup: `idle` → `generating` → `ready` (show QR/key) → `binding` → `done`; a wrong code returns to `ready`. */
export type TotpSetupState = 'idle' | 'generating' | 'ready' | 'binding' | 'done';

/** Options of `useTotpSetup`: the QR code's labels and the flow's callbacks. */
export interface TotpSetupOptions extends FlowCallbacks {
  /** The issuer shown in the authenticator app; default: the Logto host. */
  issuer?: string;
  /** The account label; default: username, email, phone or id. */
  account?: string;
}

/** What `useTotpSetup` returns (actions keep their identity). The secret stays in memory only. */
export interface TotpSetup {
  state: TotpSetupState;
  error: AccountApiError | null;
  secret?: string;
  /** `otpauth://` URI for the QR code. */
  uri?: string;
  /** The user already has a TOTP factor: confirming replaces it (`PUT …/totp`). */
  replacing: boolean;
  start(): Promise<void>;
  confirm(code: string): Promise<void>;
  reset(): void;
}

/**
 * Set up or replace the authenticator app: generate → show → confirm a code → bind.
 *
 * @example
 * const totp = useTotpSetup({ issuer: 'Acme' });
 * totp.state === 'ready' && <QrCode value={totp.uri} />;
 */
export function useTotpSetup(options: TotpSetupOptions = {}): TotpSetup {
  const kit = useAccountKit();
  // Loaded for the account label, read at `start()`.
  useQuery(accountQueries.myAccount(kit.client));
  const replacing = !!useQuery(accountQueries.mfaFactors(kit.client)).data?.some(
    (factor) => factor.type === 'Totp',
  );
  const { mutateAsync: add } = useMutation(accountMutations.addMfaVerification(kit.client));
  const { mutateAsync: replace } = useMutation(accountMutations.replaceTotp(kit.client));
  const { issuer, account, ...callbacks } = options;
  const { snapshot, machine } = useMachine<TotpSetupState, { secret?: string; uri?: string }>(
    'idle',
    {},
    callbacks,
  );
  useEffect(() => void loadTotpSteps(), []);

  // Its own memo: only `start` reads the labels.
  const start = useMemo(
    () => async () => {
      // A double call (double click, Strict Mode) runs each step once: the second finds it busy.
      const { state } = machine.get();
      if (state === 'generating' || state === 'binding') return;
      await machine.step('generating', 'idle', async () =>
        machine.go(
          'ready',
          await (await loadTotpSteps()).startTotp(kit, accountKeys.account(), { issuer, account }),
        ),
      );
    },
    [kit, machine, issuer, account],
  );
  const actions = useMemo(
    () => ({
      confirm: async (code: string) => {
        if (machine.get().state !== 'ready') return;
        await machine.step('binding', 'ready', async () => {
          await (
            await loadTotpSteps()
          ).bindTotp(kit, accountKeys.mfaFactors(), add, replace, machine.get().secret!, code);
          machine.succeed(undefined);
        });
      },
      reset: machine.reset,
    }),
    [kit, machine, add, replace],
  );

  return { ...snapshot, replacing, start, ...actions };
}
