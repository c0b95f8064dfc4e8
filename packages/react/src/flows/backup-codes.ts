'use client';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AccountApiError } from '@account-center/client';
import { useAccountCenter } from '../kit.js';
import type { AccountCenterKit } from '../kit.js';
import { accountKeys } from '../keys.js';
import { accountMutations } from '../mutations.js';
import { accountQueries } from '../queries.js';
import { loadSteps, useMachine } from '../internal.js';

/**
 * Backup codes: `idle` → `generating` → `confirming` (the user saves them) → `binding` → `done`;
 * `retrying` = a bind failed on the network or the server and is tried again by itself;
 * `error` = binding failed for good, the codes are kept and `confirm()` retries.
 */
export type BackupCodeSetupState =
  'idle' | 'generating' | 'confirming' | 'binding' | 'retrying' | 'done' | 'error';

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

/**
 * `localStorage` keys of the markers left while a new set is not bound yet: this prefix, then a
 * short hash of the endpoint and the user id, so a marker is only ever read back for the account
 * (on the tenant) that left it, and the user id is not stored in clear. A marker holds the state
 * and the time only, never a code: `{ "state": "shown" | "binding", "since": ISO time }`.
 */
const MARKER_PREFIX = 'account-center:backup-codes:';

/** FNV-1a over UTF-16 units, 32 bits, as hex. Not a secret: it only keeps accounts apart. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The marker key of one account on one endpoint (exported for this package's tests only). */
export function backupCodesMarkerKey(endpoint: string, userId: string): string {
  const scope = `${endpoint}\n${userId}`;
  return MARKER_PREFIX + fnv1a(scope, 0x811c9dc5) + fnv1a(scope, 0x01000193);
}

/** The marker key for this kit's account, once the account is known; `null` before. */
function useMarkerKey(kit: AccountCenterKit): string | null {
  const id = useQuery(accountQueries.account(kit)).data?.id;
  return id ? backupCodesMarkerKey(kit.client.endpoint, id) : null;
}

/** The marker key for this kit's account, loading the account if needed; `null` if it fails. */
async function markerKeyFor(kit: AccountCenterKit): Promise<string | null> {
  try {
    const { id } = await kit.queryClient.ensureQueryData(accountQueries.account(kit));
    return backupCodesMarkerKey(kit.client.endpoint, id);
  } catch {
    return null; // No account, no marker: the on-screen warnings still show.
  }
}

/** A backup-code setup that did not finish on an earlier page (a closed tab, a reload, a crash). */
export interface InterruptedBackupCodes {
  /**
   * `shown`: the codes were shown but never bound, so they do not work. `binding`: binding had
   * started (an old set may be deleted) and did not report back, so they may not work.
   */
  state: 'shown' | 'binding';
  /** When the codes were generated. */
  since: Date;
}

type MarkerState = InterruptedBackupCodes['state'];

const listeners = new Set<() => void>();
/** Setups running in this page, by marker key: their marker is theirs, not an interrupted one. */
const activeSetups = new Map<string, number>();
const notify = () => listeners.forEach((listener) => listener());

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // Storage blocked (privacy settings): no marker, the warnings still show.
  }
}

function readMarker(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeMarker(key: string | null, state: MarkerState | null, since?: string) {
  if (!key) return;
  try {
    if (state) {
      storage()?.setItem(key, JSON.stringify({ state, since }));
    } else {
      storage()?.removeItem(key);
    }
  } catch {
    // Quota or privacy settings: nothing to do, the on-screen warnings still show.
  }
  notify();
}

function parseMarker(raw: string | null): InterruptedBackupCodes | null {
  if (!raw) return null;
  try {
    const { state, since } = JSON.parse(raw) as { state?: unknown; since?: unknown };
    const date = new Date(typeof since === 'string' ? since : Number.NaN);
    if ((state !== 'shown' && state !== 'binding') || Number.isNaN(date.getTime())) return null;
    return { state, since: date };
  } catch {
    return null;
  }
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
  const key = useMarkerKey(useAccountCenter());
  const raw = useSyncExternalStore(
    subscribe,
    () => (key && !activeSetups.get(key) ? readMarker(key) : null),
    () => null,
  );
  return { interrupted: parseMarker(raw), dismiss: () => writeMarker(key, null) };
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
  const { snapshot, latest, go, fail, reset, step } = useMachine<
    BackupCodeSetupState,
    { codes: string[]; deleted: string[]; since: string; marker: string | null }
  >('idle', { codes: [], deleted: [], since: '', marker: null });
  const running = useRef(false);
  const unbound = UNBOUND.includes(snapshot.state);
  const { marker } = snapshot;

  useEffect(() => {
    if (!unbound) return;
    const own = (delta: number) => {
      if (!marker) return;
      const count = (activeSetups.get(marker) ?? 0) + delta;
      if (count) activeSetups.set(marker, count);
      else activeSetups.delete(marker);
      notify();
    };
    own(1);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // Older browsers ask only when this is set.
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      own(-1);
    };
  }, [unbound, marker]);

  /** One run at a time: a double click (or a second caller) must not delete or bind twice. */
  const once = (work: () => Promise<void>) => async () => {
    if (running.current) return;
    running.current = true;
    try {
      await work();
    } finally {
      running.current = false;
    }
  };

  return {
    ...snapshot,
    canGenerate,
    regenerating: !!old,
    unbound,
    oldSetDeleted: snapshot.deleted.length > 0,
    generate: once(() =>
      step('generating', 'idle', async () => {
        const { codes } = await (await loadSteps()).generateBackupCodes(kit, canGenerate);
        const since = new Date(kit.now()).toISOString();
        const marker = await markerKeyFor(kit);
        writeMarker(marker, 'shown', since);
        go('confirming', { codes, since, marker });
      }),
    ),
    confirm: once(() =>
      step('binding', 'error', async () => {
        const { codes, since, marker } = latest.current;
        writeMarker(marker, 'binding', since);
        try {
          const result = await (
            await loadSteps()
          ).bindBackupCodes(kit, codes, factors, latest.current.deleted, add.mutateAsync as never, {
            onDeleted: (id) => go('binding', { deleted: [...latest.current.deleted, id] }),
            onRetry: (error) => fail('retrying', error),
          });
          writeMarker(marker, null);
          if (result === 'already-bound') {
            await kit.queryClient.invalidateQueries({ queryKey: accountKeys.mfa() });
          }
        } catch (error) {
          // Nothing deleted: the old set still works, only the shown codes do not.
          if (!latest.current.deleted.length) writeMarker(marker, 'shown', since);
          // A set was deleted: the cache must say so (the section shows none left).
          else void kit.queryClient.invalidateQueries({ queryKey: accountKeys.mfa() });
          throw error;
        }
        go('done');
      }),
    ),
    reset: () => {
      // After a delete the user still has no codes: the marker stays so a later page says so.
      if (!latest.current.deleted.length) writeMarker(latest.current.marker, null);
      reset();
    },
  };
}
