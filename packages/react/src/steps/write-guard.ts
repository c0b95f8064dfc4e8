/**
 * The guard of every write against ambiguous failures (no answer, an unreadable one, a 5xx):
 * part of the lazy steps chunk (`./index.ts`). Imports nothing from the entry chunk (everything
 * comes in through parameters) so the split stays clean.
 */
import type { AccountApiError, MfaVerification } from '@account-center/client';
import type { FetchQueryOptions } from '@tanstack/react-query';
import type { AccountKit } from '../kit.js';

/**
 * Whether a failed write may still have been applied: no answer (network error, timeout, abort),
 * an unreadable answer, or a 5xx. A clean 4xx means the server refused it and changed nothing.
 * Errors raised before any request (a cancelled step-up, a missing prompt) are not ambiguous.
 */
export function isAmbiguousFailure(error: unknown): boolean {
  const { status, code } = (error ?? {}) as { status?: number; code?: string };
  return (
    typeof status === 'number' &&
    (status >= 500 ||
      (status === 0 && /^(network|timeout|aborted|invalid_response)$/.test(code ?? '')))
  );
}

/** An attempt whose outcome is unknown: when it started, and the factor ids known before it. */
interface UnsureAttempt {
  since: number;
  known: readonly string[];
}

/**
 * Per kit: writes whose last attempt failed ambiguously, by signature. A retry of such a write
 * may find it already done.
 */
const unsure = new WeakMap<AccountKit, Map<string, UnsureAttempt>>();

/** FNV-1a of the input: tells retries apart without keeping a password or codes in memory. */
function fingerprint(value: unknown) {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(value) ?? '') {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

const isDone = (done: [string, number?] | undefined, error: AccountApiError) =>
  !!done && error.code === done[0] && (done[1] === undefined || error.status === done[1]);

/** Server and browser clocks may disagree by this much when comparing `createdAt` with an attempt. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * What a retry answers when the earlier, ambiguous attempt was applied after all (a delete finds
 * the item gone, a password is already the new one, the identity is linked to this user: 400,
 * another user's is a 422): the retry counts as done. By write name: the code, and the status
 * when the code alone is not enough.
 */
const DONE_WHEN_RETRIED: Record<string, [code: string, status?: number]> = {
  updatePassword: ['user.same_password'],
  addIdentity: ['user.identity_already_in_use', 400],
  deleteIdentity: ['user.identity_not_exist'],
  addMfaVerification: ['user.backup_code_already_in_use'],
  deleteMfaVerification: ['verification_record.not_found'],
  deleteSession: ['oidc.session_not_found'],
  deleteGrant: ['oidc.invalid_grant'],
};

/**
 * One write of `accountMutations`, guarded against ambiguous failures: after one it re-reads
 * what the write touches (`refresh`) and remembers the attempt; a retry of the same write is then
 * checked against the server first or accepts "already done" answers (`DONE_WHEN_RETRIED`).
 * TOTP and passkey registrations are not deduplicated by the server and Logto lists no credential
 * id: before retrying one, the factor list is re-read, and a factor of that type, not listed
 * before the attempt, created since it started (allowing for clock skew), means it succeeded and
 * the retry is not sent. Writes carrying a secret (`secret`) are told apart by a fingerprint.
 */
export async function guardWrite<T>(
  kit: AccountKit,
  name: string,
  variables: unknown,
  secret: boolean | undefined,
  send: () => Promise<T>,
  factorsQuery: FetchQueryOptions<
    MfaVerification[] | null,
    AccountApiError,
    MfaVerification[] | null,
    readonly unknown[]
  >,
  refresh?: (kit: AccountKit) => unknown,
): Promise<T> {
  const type = (variables as { type?: string } | undefined)?.type;
  const factor =
    name === 'replaceTotp'
      ? 'Totp'
      : name === 'addMfaVerification' && type !== 'BackupCode'
        ? type
        : undefined;
  const signature = factor
    ? `register:${factor}`
    : `${name}:${secret ? fingerprint(variables) : JSON.stringify(variables)}`;
  let ledger = unsure.get(kit);
  if (!ledger) unsure.set(kit, (ledger = new Map()));
  const earlier = ledger.get(signature);
  if (factor && earlier) {
    const factors = await kit.queryClient.fetchQuery({ ...factorsQuery, staleTime: 0 });
    if (
      factors?.some(
        (item) =>
          item.type === factor &&
          !earlier.known.includes(item.id) &&
          Date.parse(item.createdAt) >= earlier.since - CLOCK_SKEW_MS,
      )
    ) {
      ledger.delete(signature);
      return undefined as T;
    }
  }
  const attempt = earlier ?? {
    since: kit.now(),
    known: (
      kit.queryClient.getQueryData<MfaVerification[] | null>(factorsQuery.queryKey!) ?? []
    ).map((known) => known.id),
  };
  try {
    const data = await send();
    ledger.delete(signature);
    return data;
  } catch (error) {
    if (isAmbiguousFailure(error)) {
      ledger.set(signature, attempt);
      // The write may have been applied: show what the server holds, not the old state.
      await refresh?.(kit);
    } else if (earlier && isDone(DONE_WHEN_RETRIED[name], error as AccountApiError)) {
      ledger.delete(signature);
      return undefined as T;
    }
    throw error;
  }
}
