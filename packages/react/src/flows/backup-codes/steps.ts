/**
 * The backup-code steps (generate, bind with retries) and the marker a setup leaves in
 * `localStorage` while its codes are not bound: their own lazy chunk, loaded by the backup-code
 * hooks on mount, so apps without backup codes never load them. Imports nothing from the entry
 * chunk (everything comes in through parameters) so the split stays clean.
 */
import { AccountApiError } from '@account-center/client';
import type { MfaVerification } from '@account-center/client';
import type { AccountKit } from '../../kit.js';
import type { InterruptedBackupCodes } from '../types.js';

/**
 * `localStorage` keys of the markers left while a new set is not bound yet: this prefix, then a
 * short hash of the endpoint and the user id, so a marker is only ever read back for the account
 * (on the tenant) that left it, and the user id is not stored in clear. A marker holds the state
 * and the time only, never a code: `{ "state": "shown" | "binding", "since": ISO time }`.
 */
export const MARKER_PREFIX = 'account-center:backup-codes:';

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

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // Storage blocked (privacy settings): no marker, the warnings still show.
  }
}

export function readMarker(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeMarker(
  key: string | null,
  state: InterruptedBackupCodes['state'] | null,
  since?: string,
) {
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
}

export function parseMarker(raw: string | null): InterruptedBackupCodes | null {
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

/**
 * New backup codes. Refused before any call when the user has no TOTP or passkey, with the code
 * the server would answer (422 `session.mfa.backup_code_can_not_be_alone`, §6.8).
 */
export async function generateBackupCodes(kit: AccountKit, canGenerate: boolean) {
  if (!canGenerate) {
    throw new AccountApiError({
      status: 0,
      code: 'session.mfa.backup_code_can_not_be_alone',
      message: 'Backup codes cannot be the only factor.',
    });
  }
  return kit.client.generateBackupCodes();
}

/** Waits before each automatic retry of a failed bind (then the user gets Retry). */
export const BIND_RETRY_DELAYS: readonly number[] = [500, 1500];

/** A failure worth repeating as is: the network, a timeout, or the server (5xx). */
const isTransient = (error: unknown) => {
  const { code, status } = error as { code?: unknown; status?: unknown };
  return code === 'network' || code === 'timeout' || (typeof status === 'number' && status >= 500);
};

/**
 * Bind backup codes after deleting every existing set (§6.8): an unused set makes Logto refuse a
 * new one, and a used-up set would stay first, so reads would keep returning it. The deletes go
 * straight to the client (no refetch in between) so the bind follows at once: until it lands the
 * user has no working codes. Each set is deleted once: `onDeleted` records it, so a retry after a
 * failed bind skips it. A transient bind failure is retried by itself after each of `delays`
 * (`onRetry` tells the UI); if an earlier attempt did land although it failed on the way back,
 * Logto then answers 422 `user.backup_code_already_in_use` and the stored set is compared with
 * ours. Resolves to `'bound'`, or `'already-bound'` (the bind's cache effect did not run).
 */
export async function bindBackupCodes(
  kit: AccountKit,
  codes: string[],
  factors: MfaVerification[],
  deleted: string[],
  add: (input: { type: 'BackupCode'; codes: string[] }) => Promise<unknown>,
  events: { onDeleted(id: string): void; onRetry(error: unknown): void },
  delays: readonly number[] = BIND_RETRY_DELAYS,
): Promise<'bound' | 'already-bound'> {
  for (const factor of factors) {
    if (factor.type !== 'BackupCode' || deleted.includes(factor.id)) continue;
    await kit.call('always', () => kit.client.deleteMfaVerification(factor.id), 'mfa');
    events.onDeleted(factor.id);
  }
  for (let attempt = 0; ; attempt += 1) {
    try {
      await add({ type: 'BackupCode', codes });
      return 'bound';
    } catch (error) {
      if (attempt > 0 && isAlreadyInUse(error) && (await storedSetIs(kit, codes))) {
        return 'already-bound';
      }
      if (attempt >= delays.length || !isTransient(error)) throw error;
      events.onRetry(error);
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}

const isAlreadyInUse = (error: unknown) =>
  (error as { code?: unknown }).code === 'user.backup_code_already_in_use';

/** Whether the unused codes Logto holds are exactly `codes` (an earlier bind did land). */
async function storedSetIs(kit: AccountKit, codes: string[]) {
  try {
    const stored = await kit.call('always', () => kit.client.getBackupCodes(), 'mfa');
    const unused = stored.codes.filter((entry) => !entry.usedAt).map((entry) => entry.code);
    return unused.length === codes.length && codes.every((code) => unused.includes(code));
  } catch {
    return false;
  }
}

/** The user's factors as the cache holds them now (at the click). */
const factorsAt = (kit: AccountKit, key: readonly unknown[]) =>
  kit.queryClient.getQueryData<MfaVerification[] | null>(key) ?? [];

/**
 * While a new set is on screen but not bound: leaving the page asks first (`beforeunload`), and
 * the account's marker counts as this page's own (`active`), not an interrupted one. Returns the
 * cleanup (the hook's effect).
 */
export function holdPage(active: Map<string, number>, marker: string | null, notify: () => void) {
  const own = (delta: number) => {
    if (!marker) return;
    const count = (active.get(marker) ?? 0) + delta;
    if (count) active.set(marker, count);
    else active.delete(marker);
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
}

/** Writes (or, with `null`, removes) a marker and tells the hooks reading it. */
type Mark = (
  key: string | null,
  state: InterruptedBackupCodes['state'] | null,
  since?: string,
) => void;

/**
 * `useBackupCodeSetup().generate`: a new set, when it was made, and this account's marker key
 * (`null` when the account cannot be read: no marker then, the on-screen warnings still show),
 * with a `shown` marker left under it.
 */
export async function startSet(
  kit: AccountKit,
  factorsKey: readonly unknown[],
  account: () => Promise<{ id: string }>,
  mark: Mark,
) {
  const { codes } = await generateBackupCodes(
    kit,
    factorsAt(kit, factorsKey).some(
      (factor) => factor.type === 'Totp' || factor.type === 'WebAuthn',
    ),
  );
  const since = new Date(kit.now()).toISOString();
  let marker: string | null = null;
  try {
    marker = backupCodesMarkerKey(kit.client.endpoint, (await account()).id);
  } catch {
    // No account, no marker.
  }
  mark(marker, 'shown', since);
  return { codes, since, marker };
}

/**
 * `useBackupCodeSetup().confirm`: bind the shown set (`bindBackupCodes`) with the marker at
 * `binding` meanwhile; removed once bound. On failure: nothing deleted, the old set still works
 * and only the shown codes do not (`shown` again); a set deleted, the MFA reads are refreshed so
 * the section shows none left (the marker stays at `binding`).
 */
export async function confirmSet(
  kit: AccountKit,
  latest: () => { codes: string[]; since: string; marker: string | null; deleted: string[] },
  factorsKey: readonly unknown[],
  add: (input: { type: 'BackupCode'; codes: string[] }) => Promise<unknown>,
  events: { onDeleted(id: string): void; onRetry(error: unknown): void },
  mark: Mark,
  mfaKey: readonly unknown[],
) {
  const { codes, since, marker } = latest();
  mark(marker, 'binding', since);
  try {
    const result = await bindBackupCodes(
      kit,
      codes,
      factorsAt(kit, factorsKey),
      latest().deleted,
      add,
      events,
    );
    mark(marker, null);
    // The bind's own cache effect did not run: refresh here.
    if (result === 'already-bound') await kit.queryClient.invalidateQueries({ queryKey: mfaKey });
  } catch (error) {
    if (!latest().deleted.length) mark(marker, 'shown', since);
    else void kit.queryClient.invalidateQueries({ queryKey: mfaKey });
    throw error;
  }
}
