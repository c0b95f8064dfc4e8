/**
 * The async steps of the flows (email/phone change, step-up codes, TOTP, backup codes, social
 * link), as one lazy chunk that every flow hook preloads on mount: the hooks keep only their
 * state wiring, so an app that only reads loads less up front. Imports nothing from the entry
 * chunk (everything comes in through parameters) so the split stays clean.
 */
import { AccountApiError } from '@account-center/client';
import { buildOtpAuthUri } from '@account-center/client/helpers';
import type { FetchQueryOptions } from '@tanstack/react-query';
import type { Account, MfaVerification, VerificationCodeIdentifier } from '@account-center/client';
import type { AccountCenterKit } from '../kit.js';
import type { SocialLinkOptions } from './social-link.js';

// Same value as `SOCIAL_LINK_STORAGE_KEY`; not imported so this chunk shares nothing with the entry.
const STORAGE_KEY = 'account-center:social-link';

/** A random `state` for the OAuth round trip, from `crypto.getRandomValues` (checked on return). */
const randomState = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');

/**
 * Send a code. `identity`: to the user's current address, for step-up (the verified record
 * becomes the header record). Otherwise a new address: identity is verified first, so the user is
 * not stopped after typing the code.
 */
export async function sendCode(
  kit: AccountCenterKit,
  identifier: VerificationCodeIdentifier,
  identity?: boolean,
) {
  if (!identity) await kit.ensureVerified('always');
  const sent = await kit.client.sendVerificationCode({
    identifier,
    ...(identity ? { purpose: 'identity' as const } : {}),
  });
  return sent.verificationRecordId;
}

/** Check a code; resolves to the verified record id. */
export async function verifyCode(
  kit: AccountCenterKit,
  identifier: VerificationCodeIdentifier,
  verificationId: string,
  code: string,
) {
  return (
    await kit.client.verifyVerificationCode({ identifier, verificationId, code: code.trim() })
  ).verificationRecordId;
}

/** A new TOTP secret and its `otpauth://` URI (issuer: the option or the Logto host; label: the account). */
export async function createTotpSecret(
  kit: AccountCenterKit,
  account: Account | undefined,
  options: { issuer?: string; account?: string },
) {
  const { secret } = await kit.client.generateTotpSecret();
  const label =
    options.account ??
    account?.username ??
    account?.primaryEmail ??
    account?.primaryPhone ??
    account?.id ??
    '';
  const issuer = options.issuer ?? new URL(kit.client.endpoint).hostname;
  return { secret, uri: buildOtpAuthUri({ issuer, account: label, secret }) };
}

/**
 * Run `remove` on each item one after another (the step-up done first serves every call).
 * Resolves to the count; when all failed, rejects with the first error (a cancelled step-up
 * stays quiet and stops the rest); when some failed, with `partial_failure`, `data: { failed,
 * total }`.
 */
export async function removeEach<T>(items: T[], remove: (item: T) => Promise<unknown>) {
  let failed = 0;
  let first: unknown;
  for (const [index, item] of items.entries()) {
    try {
      await remove(item);
    } catch (error) {
      first ??= error;
      failed += 1;
      // Cancelled: do not prompt again for the rest.
      if (String((error as { code?: unknown }).code).endsWith('_cancelled')) {
        failed += items.length - index - 1;
        break;
      }
    }
  }
  if (failed && failed === items.length) throw first;
  if (failed) {
    throw new AccountApiError({
      status: 0,
      code: 'partial_failure',
      message: `${failed} of ${items.length} failed.`,
      data: { failed, total: items.length },
      cause: first,
    });
  }
  return items.length;
}

/** Sign out every session but this one, from a fresh list (read after step-up). */
export async function deleteOtherSessions(
  kit: AccountCenterKit,
  { revokeGrantsTarget }: { revokeGrantsTarget?: 'all' | 'firstParty' } = {},
) {
  await kit.ensureVerified('always');
  const list = await kit.read('session', () => kit.client.listSessions());
  return removeEach(list?.sessions.filter((session) => !session.isCurrent) ?? [], (session) =>
    kit.call(
      'always',
      () => kit.client.deleteSession(session.payload.uid, { revokeGrantsTarget }),
      'session',
    ),
  );
}

/** Revoke every grant of one application, from a fresh list (read after step-up). */
export async function revokeAppGrants(kit: AccountCenterKit, applicationId: string) {
  await kit.ensureVerified('always');
  const list = await kit.read('session', () => kit.client.listGrants({}));
  return removeEach(
    list?.grants.filter((grant) => grant.application.id === applicationId) ?? [],
    (grant) => kit.call('always', () => kit.client.deleteGrant(grant.id), 'session'),
  );
}

/**
 * What survives the redirect, in `sessionStorage` for that round trip only: the social record,
 * the `state`, where to return, and the identity record if one was fresh.
 */
export interface PendingLink {
  verificationRecordId: string;
  state: string;
  connectorId: string;
  returnTo: string;
  replace: boolean;
  identity?: { id: string; expiresAt: string; method: 'password' | 'email' | 'phone' };
}

/**
 * Step up first if this user needs it (§6.7 "C"), so the link binds on return without another
 * prompt; then create the social verification with a random `state`, store the round trip, and
 * redirect.
 */
export async function startLink(
  kit: AccountCenterKit,
  connectorId: string,
  options: SocialLinkOptions,
  onRedirect: () => void,
) {
  await kit.ensureVerified('when-user-has-method');
  const state = randomState();
  const { verificationRecordId, authorizationUri } = await kit.client.createSocialVerification({
    connectorId,
    state,
    redirectUri: options.redirectUri ?? location.origin + location.pathname,
  });
  const identity = kit.client.verification.getFresh(kit.now());
  const pending: PendingLink = {
    verificationRecordId,
    state,
    connectorId,
    returnTo: options.returnTo ?? location.href,
    replace: !!options.replace,
    identity: identity && { ...identity, expiresAt: identity.expiresAt.toISOString() },
  };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(pending));
  onRedirect();
  kit.navigate(authorizationUri);
}

/**
 * With the stored round trip (already claimed and removed by the hook), check `state`, restore
 * the identity record, and verify with the query parameters as `connectorData`. `onPending`
 * receives the round trip first (so the UI knows where to return even when verifying fails);
 * resolves to the verified record id.
 */
export async function finishLink(
  kit: AccountCenterKit,
  stored: string,
  search: string,
  onPending: (pending: PendingLink) => void,
): Promise<string> {
  const pending = JSON.parse(stored) as PendingLink;
  onPending(pending);
  const connectorData = Object.fromEntries(new URLSearchParams(search));
  if (connectorData.state !== pending.state) {
    throw new AccountApiError({
      status: 0,
      code: 'social_state_mismatch',
      message: 'State mismatch.',
    });
  }
  const { identity } = pending;
  // Restored even when stale: the step-up gate then prompts before binding (§6.7 "C").
  if (identity && !kit.client.verification.get()) {
    kit.client.verification.set({ ...identity, expiresAt: new Date(identity.expiresAt) });
  }
  const verified = await kit.client.verifySocialVerification({
    verificationRecordId: pending.verificationRecordId,
    connectorData,
  });
  return verified.verificationRecordId;
}

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
const unsure = new WeakMap<AccountCenterKit, Map<string, UnsureAttempt>>();

/** FNV-1a of the input: tells retries apart without keeping a password or codes in memory. */
function fingerprint(value: unknown) {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(value) ?? '') {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

/** Server and browser clocks may disagree by this much when comparing `createdAt` with an attempt. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * One write of `accountMutations` (see `WriteSpec` there), guarded against ambiguous failures:
 * after one it re-reads what the write touches (`refresh`) and remembers the attempt; a retry of
 * the same write is then checked against the server first (`registers`: a factor of that type,
 * not listed before the attempt, created since it started, allowing for clock skew, means it
 * succeeded; Logto lists no credential id, so this guards against a second entry for one
 * credential) or accepts "already done" answers (`doneWhenRetried`).
 */
export async function guardWrite<T>(
  kit: AccountCenterKit,
  name: string,
  variables: unknown,
  spec: {
    doneWhenRetried?: (error: AccountApiError) => boolean;
    registers?: (variables: unknown) => string | undefined;
    secret?: boolean;
  },
  send: () => Promise<T>,
  factorsQuery: FetchQueryOptions<
    MfaVerification[] | null,
    AccountApiError,
    MfaVerification[] | null,
    readonly unknown[]
  >,
  refresh?: (kit: AccountCenterKit) => unknown,
): Promise<T> {
  const factor = spec.registers?.(variables);
  const signature = factor
    ? `register:${factor}`
    : `${name}:${spec.secret ? fingerprint(variables) : JSON.stringify(variables)}`;
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
    } else if (earlier && spec.doneWhenRetried?.(error as AccountApiError)) {
      ledger.delete(signature);
      return undefined as T;
    }
    throw error;
  }
}
