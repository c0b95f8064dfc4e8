'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AccountApiError } from '@account-center/client';
import { useAccountCenter } from '../kit.js';
import { accountMutations } from '../mutations.js';
import { accountQueries } from '../queries.js';
import { loadSteps, useMachine } from '../internal.js';

/**
 * Backup codes: `idle` → `generating` → `confirming` (the user saves them) → `binding` → `done`;
 * `error` = binding failed, the codes are kept and `confirm()` retries.
 */
export type BackupCodeSetupState =
  'idle' | 'generating' | 'confirming' | 'binding' | 'done' | 'error';

/** What `useBackupCodeSetup` returns. The codes stay in memory only. */
export interface BackupCodeSetup {
  state: BackupCodeSetupState;
  error: AccountApiError | null;
  codes: string[];
  /** `false` while the user has no TOTP or passkey: codes cannot be the only factor (§6.8). */
  canGenerate: boolean;
  /**
   * An unused set exists (it is replaced). Confirming deletes every existing set, unused or used
   * up, then binds the new one back to back.
   */
  regenerating: boolean;
  generate(): Promise<void>;
  /** After the user confirmed they saved the codes: bind them (also the retry after `error`). */
  confirm(): Promise<void>;
  reset(): void;
}

/**
 * Generate, confirm and bind backup codes; regenerate when a set exists. Existing sets are deleted
 * right before binding (§6.8: Logto refuses a new set while unused codes remain, and appends it
 * after a used-up set, which reads then keep returning).
 *
 * @example
 * const backup = useBackupCodeSetup();
 * <button disabled={!backup.canGenerate} onClick={backup.generate}>Generate</button>
 */
export function useBackupCodeSetup(): BackupCodeSetup {
  const kit = useAccountCenter();
  const factors = useQuery(accountQueries.mfaFactors(kit)).data ?? [];
  const canGenerate = factors.some(
    (factor) => factor.type === 'Totp' || factor.type === 'WebAuthn',
  );
  const old = factors.find(
    (factor) => factor.type === 'BackupCode' && (factor.remainCodes ?? 0) > 0,
  );
  const add = useMutation(accountMutations.addMfaVerification(kit));
  const remove = useMutation(accountMutations.deleteMfaVerification(kit));
  const { snapshot, latest, go, reset, step } = useMachine<
    BackupCodeSetupState,
    { codes: string[]; deleted: string[] }
  >('idle', { codes: [], deleted: [] });

  return {
    ...snapshot,
    canGenerate,
    regenerating: !!old,
    generate: () =>
      step('generating', 'idle', async () =>
        go('confirming', await (await loadSteps()).generateBackupCodes(kit, canGenerate)),
      ),
    confirm: () =>
      step('binding', 'error', async () => {
        const { codes, deleted } = latest.current;
        await (
          await loadSteps()
        ).bindBackupCodes(
          codes,
          factors,
          deleted,
          remove.mutateAsync,
          add.mutateAsync as never,
          (id) => go('binding', { deleted: [...latest.current.deleted, id] }),
        );
        go('done');
      }),
    reset,
  };
}
