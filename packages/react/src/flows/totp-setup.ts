'use client';
import { useEffect } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AccountApiError } from '@account-center/client';
import { useAccountCenter } from '../kit.js';
import { accountMutations } from '../mutations.js';
import { accountQueries } from '../queries.js';
import { useMachine } from '../internal.js';

/** The TOTP step's own lazy chunk (preloaded by `useTotpSetup` on mount). */
const loadTotpSteps = () => import('./totp-steps.js');

/** TOTP setup: `idle` → `generating` → `ready` (show QR/key) → `binding` → `done`; a wrong code returns to `ready`. */
export type TotpSetupState = 'idle' | 'generating' | 'ready' | 'binding' | 'done';

/** What `useTotpSetup` returns. The secret stays in memory only. */
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
export function useTotpSetup(options: { issuer?: string; account?: string } = {}): TotpSetup {
  const kit = useAccountCenter();
  const account = useQuery(accountQueries.myAccount(kit.client)).data;
  const replacing = !!useQuery(accountQueries.mfaFactors(kit.client)).data?.some(
    (factor) => factor.type === 'Totp',
  );
  const add = useMutation(accountMutations.addMfaVerification(kit.client));
  const replace = useMutation(accountMutations.replaceTotp(kit.client));
  const { snapshot, latest, go, reset, step } = useMachine<
    TotpSetupState,
    { secret?: string; uri?: string }
  >('idle', {});
  useEffect(() => void loadTotpSteps(), []);

  return {
    ...snapshot,
    replacing,
    // A double call (double click, Strict Mode) runs each step once: the second finds it busy.
    start: async () => {
      const { state } = latest.current;
      if (state === 'generating' || state === 'binding') return;
      await step('generating', 'idle', async () => {
        go('ready', await (await loadTotpSteps()).createTotpSecret(kit, account, options));
      });
    },
    confirm: async (code) => {
      if (latest.current.state !== 'ready') return;
      await step('binding', 'ready', async () => {
        const secret = latest.current.secret!;
        await (replacing
          ? replace.mutateAsync({ secret, code })
          : add.mutateAsync({ type: 'Totp', secret, code }));
        go('done');
      });
    },
    reset,
  };
}
