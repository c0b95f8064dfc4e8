'use client';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { isSecondFactor } from '@account-center/client/helpers';
import type { AccountApiError } from '@account-center/client';
import { toAccountError } from '../../errors.js';
import { useAccountKit } from '../../kit.js';
import type { AccountKit } from '../../kit.js';
import { accountKeys } from '../../keys.js';
import { accountMutations } from '../../mutations.js';
import { accountQueries } from '../../queries.js';
import { useMachine } from '../../machine.js';
import type { FlowCallbacks, InterruptedBackupCodes } from '../types.js';

export type { InterruptedBackupCodes } from '../types.js';

/**
 * Backup codes: `idle` → `generating` → `confirming` (the user saves them) → `binding` → `done`;
 * `retrying` = a bind failed on the network or the server and is tried again by itself;
 * `error` = binding failed for good, the codes are kept and `confirm()` retries.
 */
export type BackupCodeSetupState =
  'idle' | 'generating' | 'confirming' | 'binding' | 'retrying' | 'done' | 'error';

/** What `useBackupCodeSetup` returns (actions keep their identity). The codes stay in memory only. */
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
  /**
   * Codes are on screen but not bound: they do not work yet, a saved copy does not either, and
   * leaving the page asks first (`beforeunload`).
   */
  unbound: boolean;
  /** The old set is deleted and the new one is not bound: the user has no working codes now. */
  oldSetDeleted: boolean;
  generate(): Promise<void>;
  /** After the user confirmed they saved the codes: bind them (also the retry after `error`). */
  confirm(): Promise<void>;
  reset(): void;
}

/** Prefix of the marker keys (same value as in `./steps.ts`, which holds the rest). */
const MARKER_PREFIX = 'account-center:backup-codes:';

type BackupSteps = typeof import('./steps.js'); // eslint-disable-line @typescript-eslint/consistent-type-imports
/** The backup-code chunk once loaded (the hooks read markers from it during render). */
let backupSteps: BackupSteps | undefined;
let loadingBackupSteps: Promise<BackupSteps> | undefined;
/** Load the backup-code chunk (steps and marker storage); the hooks start it on mount. */
const loadBackupSteps = () =>
  (loadingBackupSteps ??= import('./steps.js').then((steps) => {
    backupSteps = steps;
    notify();
    return steps;
  }));

/**
 * The marker key for this kit's account, once the account is known and the backup-code chunk is
 * in (the hook loads it on mount, alongside the account); `null` before.
 */
function useMarkerKey(kit: AccountKit): string | null {
  const id = useQuery(accountQueries.myAccount(kit.client)).data?.id;
  const steps = useSyncExternalStore(
    subscribe,
    () => backupSteps,
    () => undefined,
  );
  useEffect(() => void loadBackupSteps(), []);
  return id && steps ? steps.backupCodesMarkerKey(kit.client.endpoint, id) : null;
}

type MarkerState = InterruptedBackupCodes['state'];

const listeners = new Set<() => void>();
/** Setups running in this page, by marker key: their marker is theirs, not an interrupted one. */
const activeSetups = new Map<string, number>();
const notify = () => listeners.forEach((listener) => listener());

/** Write (or, with `null`, remove) a marker, then tell the readers. */
function writeMarker(key: string | null, state: MarkerState | null, since?: string) {
  backupSteps?.writeMarker(key, state, since);
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(MARKER_PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** What `useInterruptedBackupCodes` returns. */
export interface InterruptedBackupCodesState {
  /** The setup left unfinished on an earlier page, or `null`. */
  interrupted: InterruptedBackupCodes | null;
  /** Forget it (the user read the notice). Binding a new set forgets it too. */
  dismiss(): void;
}

/**
 * Whether a backup-code setup was left unfinished on an earlier page (the tab closed while the
 * codes were shown or being bound), so the UI can say the saved codes may not work and offer a
 * new set. Reads a non-secret marker (state and time) that `useBackupCodeSetup` keeps for this
 * account on this endpoint; `null` until the account is loaded, and for any other account.
 *
 * @example
 * const { interrupted, dismiss } = useInterruptedBackupCodes();
 * if (interrupted) notice(`Codes from ${interrupted.since.toLocaleString()} may not work`);
 */
export function useInterruptedBackupCodes(): InterruptedBackupCodesState {
  const kit = useAccountKit();
  const key = useMarkerKey(kit);
  const raw = useSyncExternalStore(
    subscribe,
    () => (key && !activeSetups.get(key) ? backupSteps!.readMarker(key) : null),
    () => null,
  );
  // Stable: the key is worked out when called (it is unknown until the account and the chunk are in).
  const dismiss = useCallback(() => {
    const id = kit.queryClient.getQueryData(accountQueries.myAccount(kit.client).queryKey)?.id;
    writeMarker(
      id && backupSteps ? backupSteps.backupCodesMarkerKey(kit.client.endpoint, id) : null,
      null,
    );
  }, [kit]);
  return { interrupted: backupSteps?.parseMarker(raw) ?? null, dismiss };
}

/** States in which codes are on screen but not bound. */
const UNBOUND: readonly BackupCodeSetupState[] = ['confirming', 'binding', 'retrying', 'error'];

/**
 * Generate, confirm and bind backup codes; regenerate when a set exists. Existing sets are deleted
 * right before binding (§6.8: Logto refuses a new set while unused codes remain, and appends it
 * after a used-up set, which reads then keep returning), and the bind follows at once and is
 * retried by itself on a network or server failure. While the new set is not bound, leaving the
 * page asks first and a non-secret marker (this account's, see `useInterruptedBackupCodes`) lets
 * the next page say so.
 * A second `generate()`/`confirm()` while one runs does nothing.
 *
 * @example
 * const backup = useBackupCodeSetup();
 * <button disabled={!backup.canGenerate} onClick={backup.generate}>Generate</button>
 */
export function useBackupCodeSetup(callbacks: FlowCallbacks = {}): BackupCodeSetup {
  const kit = useAccountKit();
  const factors = useQuery(accountQueries.mfaFactors(kit.client)).data ?? [];
  const canGenerate = factors.some(isSecondFactor);
  const old = factors.find(
    (factor) => factor.type === 'BackupCode' && (factor.remainCodes ?? 0) > 0,
  );
  const { mutateAsync: add } = useMutation(accountMutations.addMfaVerification(kit.client));
  const { snapshot, machine } = useMachine<
    BackupCodeSetupState,
    { codes: string[]; deleted: string[]; since: string; marker: string | null }
  >('idle', { codes: [], deleted: [], since: '', marker: null }, callbacks);
  const unbound = UNBOUND.includes(snapshot.state);
  useEffect(() => void loadBackupSteps(), []);
  const { marker } = snapshot;

  // Unbound codes are only reached through `generate()`, which loaded the chunk.
  useEffect(
    () => (unbound ? backupSteps!.holdPage(activeSetups, marker, notify) : undefined),
    [unbound, marker],
  );

  const actions = useMemo(() => {
    /** One run at a time: a double click (or a second caller) must not delete or bind twice. */
    const { once } = machine;
    return {
      generate: once(() =>
        machine.step('generating', 'idle', async () =>
          machine.go(
            'confirming',
            await (
              await loadBackupSteps()
            ).startSet(
              kit,
              accountKeys.mfaFactors(),
              () => kit.queryClient.ensureQueryData(accountQueries.myAccount(kit.client)),
              writeMarker,
            ),
          ),
        ),
      ),
      confirm: once(() =>
        machine.step('binding', 'error', async () => {
          await (
            await loadBackupSteps()
          ).confirmSet(
            kit,
            machine.get,
            accountKeys.mfaFactors(),
            add as never,
            {
              onDeleted: (id) => machine.go('binding', { deleted: [...machine.get().deleted, id] }),
              // Retried by itself: shown, not reported as the flow's error.
              onRetry: (error) => machine.go('retrying', undefined, toAccountError(error)),
            },
            writeMarker,
            accountKeys.mfa(),
          );
          machine.succeed(undefined);
        }),
      ),
      reset: () => {
        // After a delete the user still has no codes: the marker stays so a later page says so.
        if (!machine.get().deleted.length) writeMarker(machine.get().marker, null);
        machine.reset();
      },
    };
  }, [kit, machine, add]);

  return {
    ...snapshot,
    canGenerate,
    regenerating: !!old,
    unbound,
    oldSetDeleted: snapshot.deleted.length > 0,
    ...actions,
  };
}
