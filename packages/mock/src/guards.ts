/**
 * The checks routes run, each throwing Logto's error. Routes call them in the contract's
 * per-route order (§5, §6): when several things are wrong, the first failing check wins.
 */

import type { RouteContext } from './context.js';
import { ApiError } from './errors.js';
import type { AccountCenterField, FieldLevel, TenantState, UserState } from './types.js';

/** A field's level; a missing key behaves like `Off` (§0). */
export function fieldLevel(tenant: TenantState, field: AccountCenterField): FieldLevel {
  return tenant.accountCenter.fields[field] ?? 'Off';
}

/** `passkey ?? mfa`: an unset passkey falls back to mfa, an explicit `Off` does not (§3.1). */
export function passkeyLevel(tenant: TenantState): FieldLevel {
  const { passkey, mfa } = tenant.accountCenter.fields;
  return passkey ?? mfa ?? 'Off';
}

/** The field key, or `'passkey*'` for the `passkey ?? mfa` fallback. */
export type GateField = AccountCenterField | 'passkey*';

function levelOf(tenant: TenantState, field: GateField): FieldLevel {
  return field === 'passkey*' ? passkeyLevel(tenant) : fieldLevel(tenant, field);
}

/** `400 account_center.field_not_enabled` unless ReadOnly or Edit. */
export function requireReadable(context: RouteContext, field: GateField): void {
  if (levelOf(context.tenant, field) === 'Off')
    throw new ApiError(400, 'account_center.field_not_enabled');
}

/** `400 account_center.field_not_editable` unless Edit. */
export function requireEditable(context: RouteContext, field: GateField): void {
  if (levelOf(context.tenant, field) !== 'Edit')
    throw new ApiError(400, 'account_center.field_not_editable');
}

/** A route's own scope check; the failing status differs per route (§5, §10.2). */
export function requireScope(context: RouteContext, scope: string, status: 400 | 401 | 403): void {
  if (context.token.scopes.includes(scope)) return;
  throw status === 403
    ? new ApiError(403, 'auth.forbidden')
    : new ApiError(status, 'auth.unauthorized');
}

/** `401 verification_record.permission_denied` unless the header named a usable record (§4.4). */
export function requireIdentityVerified(context: RouteContext): void {
  if (!context.identityVerified) throw new ApiError(401, 'verification_record.permission_denied');
}

/** True when the user has a password, a primary email or a primary phone (legend "C", §5). */
export function hasSecurityVerificationMethod(user: UserState): boolean {
  return Boolean(user.passwordHash || user.primaryEmail || user.primaryPhone);
}

/** The header is needed only when the user has a way to verify (§5 legend "C", §6.4). */
export function requireIdentityVerifiedIfUserHasMethod(context: RouteContext): void {
  if (hasSecurityVerificationMethod(context.user)) requireIdentityVerified(context);
}

/** Tokens of third-party apps cannot mutate (§0, unreleased upstream). */
export function requireFirstParty(context: RouteContext): void {
  if (context.token.thirdParty) throw new ApiError(403, 'auth.third_party_application_forbidden');
}

/**
 * The last-identifier rule (§6.6): after the change the user keeps a username, email, phone,
 * social or SSO identity. A password does not count.
 */
export function requireRemainingIdentifier(
  user: UserState,
  change: Partial<Pick<UserState, 'username' | 'primaryEmail' | 'primaryPhone' | 'identities'>>,
): void {
  const after = { ...user, ...change };
  const remaining =
    Boolean(after.username) ||
    Boolean(after.primaryEmail) ||
    Boolean(after.primaryPhone) ||
    Object.keys(after.identities).length > 0 ||
    after.ssoIdentities.length > 0;
  if (!remaining) throw new ApiError(400, 'user.last_sign_in_method_required');
}
