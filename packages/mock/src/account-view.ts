/** How a user is shown by `GET /api/my-account`: scope filter, then account-center filter (§3.2). */

import { fieldLevel, hasSecurityVerificationMethod } from './guards.js';
import type { AccountCenterField, TenantState, UserState } from './types.js';

/** Scope filter (`getScopedProfile`). `ssoIdentities` never survives the response schema (§3.2). */
function scopedProfile(user: UserState, scopes: readonly string[]): Record<string, unknown> {
  const has = (scope: string) => scopes.includes(scope);
  const result: Record<string, unknown> = { id: user.id };
  // Key order as a real 1.42 server sends it (recorded responses).
  if (has('profile')) result.username = user.username;
  if (has('email')) result.primaryEmail = user.primaryEmail;
  if (has('phone')) result.primaryPhone = user.primaryPhone;
  if (has('profile')) {
    result.name = user.name;
    result.avatar = user.avatar;
  }
  if (has('custom_data')) result.customData = structuredClone(user.customData);
  if (has('identities')) result.identities = structuredClone(user.identities);
  if (has('profile')) {
    result.lastSignInAt = user.lastSignInAt;
    result.createdAt = user.createdAt;
    result.updatedAt = user.updatedAt;
    result.profile = scopedProfileObject(user, scopes);
    result.applicationId = user.applicationId;
    result.cimdClientId = null;
    result.isSuspended = user.isSuspended;
    result.hasPassword = Boolean(user.passwordHash);
  }
  return result;
}

/** The `profile` object; `address` only with the `address` scope too (§3.2, §6.3). */
export function scopedProfileObject(
  user: UserState,
  scopes: readonly string[],
): Record<string, unknown> {
  const { address, ...rest } = structuredClone(user.profile);
  return scopes.includes('address') && address !== undefined ? { ...rest, address } : rest;
}

const gatedKeys: [key: string, field: AccountCenterField][] = [
  ['name', 'name'],
  ['avatar', 'avatar'],
  ['username', 'username'],
  ['primaryEmail', 'email'],
  ['primaryPhone', 'phone'],
  ['profile', 'profile'],
  ['customData', 'customData'],
  ['identities', 'social'],
  ['hasPassword', 'password'],
];

/** The body of `GET /api/my-account` and of the `PATCH` answer (§3.2, §3.3). */
export function accountView(
  user: UserState,
  tenant: TenantState,
  scopes: readonly string[],
): Record<string, unknown> {
  const result = scopedProfile(user, scopes);
  for (const [key, field] of gatedKeys) {
    if (fieldLevel(tenant, field) === 'Off') delete result[key];
  }
  result.hasSecurityVerificationMethod = hasSecurityVerificationMethod(user);
  return result;
}
