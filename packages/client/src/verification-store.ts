/**
 * Memory-only store for the current identity-verification record, i.e. the value of the
 * `logto-verification-id` header (contract §4.4). It never touches localStorage, sessionStorage
 * or logs: the id is a short-lived credential. Framework-free; the React layer subscribes to it
 * (shaped for `useSyncExternalStore`: `get()` returns the same object until it changes).
 */

/** How an identity-verification record was obtained. */
export type VerificationMethod = 'password' | 'email' | 'phone';

/** A verification record the client can send as the `logto-verification-id` header. */
export interface VerificationRecord {
  readonly id: string;
  /** When the record expires, on this device's clock (see {@link localRecordExpiry}). */
  readonly expiresAt: Date;
  readonly method: VerificationMethod;
}

/** Memory-only holder of the current identity-verification record. */
export interface VerificationStore {
  /** The current record, fresh or not; `undefined` when none. */
  get(): VerificationRecord | undefined;
  /** The current record if it is still fresh at `now`, else `undefined`. */
  getFresh(now?: number): VerificationRecord | undefined;
  /** Replace the current record (e.g. one obtained by another client instance). */
  set(record: VerificationRecord): void;
  /** Forget the current record. */
  clear(): void;
  /** Whether a record exists and is more than 30 s away from `expiresAt` at `now` (epoch ms). */
  isFresh(now?: number): boolean;
  /** Call `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * A record is treated as stale this long before `expiresAt`, so a request started just before
 * expiry does not reach the server with an expired id (records live a fixed 10 min, §4.1).
 */
export const VERIFICATION_STALE_MARGIN_MS = 30_000;

/** How long Logto keeps a verification record: a fixed 10 minutes from creation (§4.1). */
export const VERIFICATION_RECORD_LIFETIME_MS = 600_000;

/**
 * When a record the server created in answer to a request sent at `sentAt` (this device's clock,
 * epoch ms) expires, on this device's clock. Logto's `expiresAt` is on the server's clock, so a
 * device clock 9.5+ minutes fast would see every new record as stale and step-up could never
 * finish (and a slow one would send dead records). The lifetime is fixed (§4.1) and the server
 * creates the record after the request left, so `sentAt + lifetime` is never later than the real
 * expiry, whatever the skew.
 */
export function localRecordExpiry(sentAt: number): Date {
  return new Date(sentAt + VERIFICATION_RECORD_LIFETIME_MS);
}

/** Options for {@link createVerificationStore}. */
export interface VerificationStoreOptions {
  /** Clock in epoch ms; injectable for tests. Defaults to `Date.now`. */
  now?: () => number;
}

/**
 * Create a memory-only verification-record store.
 *
 * @example
 * const store = createVerificationStore();
 * store.set({ id: 'abc', expiresAt: new Date(Date.now() + 600_000), method: 'password' });
 * store.isFresh(); // true
 */
export function createVerificationStore(options: VerificationStoreOptions = {}): VerificationStore {
  const clock = options.now ?? Date.now;
  const listeners = new Set<() => void>();
  let current: VerificationRecord | undefined;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const isFresh = (now = clock()) =>
    current !== undefined && current.expiresAt.getTime() - VERIFICATION_STALE_MARGIN_MS > now;

  return {
    get: () => current,
    getFresh: (now) => (isFresh(now) ? current : undefined),
    set(record) {
      current = Object.freeze({
        id: record.id,
        expiresAt: new Date(record.expiresAt),
        method: record.method,
      });
      notify();
    },
    clear() {
      if (current === undefined) return;
      current = undefined;
      notify();
    },
    isFresh,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
