/**
 * Verification-record bookkeeping (§4): fixed 10-minute lifetime, never consumed, expired rows
 * invisible; the silent header evaluation (§4.4); the brute-force sentinel (§8.2) and the
 * per-recipient send cap (§8.1).
 */

import { ApiError } from './errors.js';
import { randomId } from './ids.js';
import { sha256Hex } from './sha256.js';
import type { TenantState, VerificationRecordState } from './types.js';

/** Hard-coded lifetime of a verification record (§4.1). */
export const VERIFICATION_RECORD_LIFETIME_MS = 10 * 60 * 1000;
/** Sends per recipient per window before `429` (§8.1). */
export const MAX_SENDS_PER_RECIPIENT = 10;
/** Rolling window of the send cap (§8.1). */
export const SEND_WINDOW_MS = 10 * 60 * 1000;
const SENTINEL_WINDOW_MS = 60 * 60 * 1000;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Stores a new record expiring 10 minutes from `now`. */
export function createRecord(
  tenant: TenantState,
  now: number,
  record: DistributiveOmit<VerificationRecordState, 'id' | 'createdAt' | 'expiresAt'>,
): VerificationRecordState {
  const stored = {
    ...record,
    id: randomId(),
    createdAt: now,
    expiresAt: now + VERIFICATION_RECORD_LIFETIME_MS,
  } as VerificationRecordState;
  tenant.verificationRecords.push(stored);
  return stored;
}

/** An unexpired record by id (`expiresAt > now`, §4.1). */
export function findActiveRecord(
  tenant: TenantState,
  id: string | null | undefined,
  now: number,
): VerificationRecordState | undefined {
  if (!id) return undefined;
  return tenant.verificationRecords.find((record) => record.id === id && record.expiresAt > now);
}

/** Drops expired records so a persisted tenant does not grow forever. */
export function pruneExpiredRecords(tenant: TenantState, now: number): void {
  tenant.verificationRecords = tenant.verificationRecords.filter(
    (record) => record.expiresAt > now,
  );
}

/**
 * §4.4: the header proves identity only for an unexpired, verified record of this user that is
 * a Password record or a code record with template `UserPermissionValidation`.
 */
export function isIdentityVerified(
  tenant: TenantState,
  headerValue: string | null,
  userId: string,
  now: number,
): boolean {
  const record = findActiveRecord(tenant, headerValue, now);
  if (!record || record.userId !== userId || !record.verified) return false;
  if (record.type === 'Password') return true;
  return (
    (record.type === 'EmailVerificationCode' || record.type === 'PhoneVerificationCode') &&
    record.templateType === 'UserPermissionValidation'
  );
}

/** ISO-8601 with milliseconds, as `expiresAt` is sent (§4.1). */
export function toIsoString(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** The sentinel target: sha256 of the identifier value (§8.2). */
export function sentinelTarget(value: string): string {
  return sha256Hex(value);
}

/**
 * `400 session.verification_blocked_too_many_attempts` while the target is locked out: the
 * failures of one hour reached `maxAttempts`, and `lockoutDuration` minutes have not passed.
 */
export function assertNotBlocked(tenant: TenantState, target: string, now: number): void {
  const { maxAttempts, lockoutDuration } = tenant.signInExperience.sentinelPolicy;
  const failures = [...(tenant.failures[target] ?? [])].sort((a, b) => a - b);
  const lockoutMs = lockoutDuration * 60 * 1000;
  for (let index = maxAttempts - 1; index < failures.length; index++) {
    const reachedAt = failures[index]!;
    const first = failures[index - maxAttempts + 1]!;
    if (reachedAt - first <= SENTINEL_WINDOW_MS && reachedAt + lockoutMs > now) {
      const minutes = Math.ceil((reachedAt + lockoutMs - now) / 60_000);
      throw new ApiError(400, 'session.verification_blocked_too_many_attempts', {
        interpolation: { relativeTime: `in ${minutes} minute${minutes === 1 ? '' : 's'}` },
      });
    }
  }
}

/** Counts a failed password/code attempt against the target (§8.2). */
export function recordFailure(tenant: TenantState, target: string, now: number): void {
  const horizon =
    now - SENTINEL_WINDOW_MS - tenant.signInExperience.sentinelPolicy.lockoutDuration * 60 * 1000;
  tenant.failures[target] = [
    ...(tenant.failures[target] ?? []).filter((time) => time > horizon),
    now,
  ];
}

/** Normalized recipient for the send cap: emails lower-cased, phones digits only (§8.1). */
export function normalizeRecipient(type: 'email' | 'phone', value: string): string {
  return type === 'email' ? value.toLowerCase() : value.replace(/\D/g, '');
}

/** `429 request.message_rate_limited` on the 11th send to one recipient in 10 minutes (§8.1, §12). */
export function assertCanSend(tenant: TenantState, recipient: string, now: number): void {
  const recent = (tenant.sends[recipient] ?? []).filter((time) => time > now - SEND_WINDOW_MS);
  tenant.sends[recipient] = recent;
  if (recent.length >= MAX_SENDS_PER_RECIPIENT)
    throw new ApiError(429, 'request.message_rate_limited');
}

/** Counts a successful send (failed sends are not counted, §8.1). */
export function recordSend(tenant: TenantState, recipient: string, now: number): void {
  tenant.sends[recipient] = [...(tenant.sends[recipient] ?? []), now];
}
