/**
 * The async steps of the flows (email/phone change, step-up codes, TOTP, backup codes, social
 * link), as one lazy chunk that every flow hook preloads on mount: the hooks keep only their
 * state wiring, so an app that only reads loads less up front. Imports nothing from the entry
 * chunk (everything comes in through parameters) so the split stays clean.
 */
import { AccountApiError } from '@account-center/client';
import { buildOtpAuthUri, safeNavigationUrl, sameOriginPath } from '@account-center/client/helpers';
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
 * New backup codes. Refused before any call when the user has no TOTP or passkey, with the code
 * the server would answer (422 `session.mfa.backup_code_can_not_be_alone`, §6.8).
 */
export async function generateBackupCodes(kit: AccountCenterKit, canGenerate: boolean) {
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
  kit: AccountCenterKit,
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
async function storedSetIs(kit: AccountCenterKit, codes: string[]) {
  try {
    const stored = await kit.call('always', () => kit.client.getBackupCodes(), 'mfa');
    const unused = stored.codes.filter((entry) => !entry.usedAt).map((entry) => entry.code);
    return unused.length === codes.length && codes.every((code) => unused.includes(code));
  } catch {
    return false;
  }
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

/** How long a Social verification record lives on the server (fixed 10 minutes, §4.1). */
const SOCIAL_RECORD_LIFETIME_MS = 600_000;

/**
 * What survives the redirect, in `sessionStorage` for that round trip only. Nothing in it proves
 * who the user is: the `state`, the Social record (useless without the provider's answer), the
 * connector and the write to make (`replace`: `PUT`), where to return, and when the entry expires
 * (epoch ms, the record's lifetime on the kit's clock). Step-up happens after the return.
 */
export interface PendingLink {
  verificationRecordId: string;
  state: string;
  connectorId: string;
  returnTo: string;
  replace: boolean;
  expiresAt: number;
}

/**
 * Create the social verification with a random `state`, check where it sends the browser
 * (`https:`, or `http:` on a loopback host; else `social_unsafe_authorization_uri` and no
 * navigation), store the round trip and redirect. No step-up here: the identity record lives in
 * memory only, so it would not survive the redirect; the bind asks for it after the return.
 */
export async function startLink(
  kit: AccountCenterKit,
  connectorId: string,
  options: SocialLinkOptions,
  onRedirect: () => void,
) {
  const state = randomState();
  const { verificationRecordId, authorizationUri } = await kit.client.createSocialVerification({
    connectorId,
    state,
    redirectUri: options.redirectUri ?? location.origin + location.pathname,
  });
  const target = safeNavigationUrl(authorizationUri);
  if (!target) {
    throw new AccountApiError({
      status: 0,
      code: 'social_unsafe_authorization_uri',
      message: 'The provider sign-in address is not https.',
    });
  }
  const pending: PendingLink = {
    verificationRecordId,
    state,
    connectorId,
    returnTo: sameOriginPath(options.returnTo ?? location.href, location.origin) ?? '/',
    replace: !!options.replace,
    expiresAt: kit.now() + SOCIAL_RECORD_LIFETIME_MS,
  };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(pending));
  onRedirect();
  kit.navigate(target);
}

/** Query parameters the provider adds on its way back; removed from the address on arrival. */
const PROVIDER_PARAMS = ['code', 'state', 'error', 'error_description', 'error_uri'];

/** The stored round trip when it is well formed, else `undefined` (an older or tampered entry). */
function parsePending(raw: string | null): PendingLink | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<PendingLink> | null;
    const ok =
      typeof value?.verificationRecordId === 'string' &&
      typeof value.state === 'string' &&
      typeof value.connectorId === 'string' &&
      typeof value.returnTo === 'string' &&
      typeof value.expiresAt === 'number';
    return ok ? ({ ...value, replace: !!value.replace } as PendingLink) : undefined;
  } catch {
    return undefined;
  }
}

/** Remove an expired or malformed round trip (the older format with a step-up record included). */
export function dropExpiredLink(kit: AccountCenterKit) {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  const pending = parsePending(raw);
  if (raw !== null && !(pending && pending.expiresAt > kit.now())) {
    sessionStorage.removeItem(STORAGE_KEY);
  }
}

/**
 * Finish the round trip the hook claimed (read and removed): take the provider's `code`/`state`
 * (and error parameters) out of the address bar, keeping the rest; parse it; hand `onPending`
 * what the UI shows (`returnTo` only as a same-origin path); check expiry and `state`; verify
 * with the query parameters as `connectorData`. Resolves to the verified record id, or
 * `undefined` when there is nothing to finish (malformed, or expired and this is not its
 * return). The bind that follows asks for step-up if this user needs it (§6.7 "C").
 */
export async function finishLink(
  kit: AccountCenterKit,
  raw: string,
  search: string,
  onPending: (data: { returnTo?: string; connectorId: string; replace: boolean }) => void,
): Promise<string | undefined> {
  const url = new URL(location.href);
  const present = PROVIDER_PARAMS.filter((name) => url.searchParams.has(name));
  for (const name of present) url.searchParams.delete(name);
  if (present.length) history.replaceState(history.state, '', url);
  const pending = parsePending(raw);
  if (!pending) return undefined;
  const connectorData = Object.fromEntries(new URLSearchParams(search));
  const returned = connectorData.state === pending.state;
  const expired = pending.expiresAt <= kit.now();
  if (expired && !returned) return undefined;
  onPending({
    returnTo: sameOriginPath(pending.returnTo, location.origin),
    connectorId: pending.connectorId,
    replace: pending.replace,
  });
  if (expired) {
    throw new AccountApiError({
      status: 0,
      code: 'social_link_expired',
      message: 'The social link expired.',
    });
  }
  if (!returned) {
    throw new AccountApiError({
      status: 0,
      code: 'social_state_mismatch',
      message: 'State mismatch.',
    });
  }
  const verified = await kit.client.verifySocialVerification({
    verificationRecordId: pending.verificationRecordId,
    connectorData,
  });
  return verified.verificationRecordId;
}
