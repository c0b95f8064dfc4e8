/**
 * The server-side password policy (§9): the client's `checkPassword` (shared so client feedback
 * and server answers agree) plus the breached-password lookup, which only a server does.
 */

import { checkPassword } from '@account-center/client/helpers';
import type { PasswordIssue } from '@account-center/client';
import { InternalServerError } from './errors.js';
import { isPwnedPassword } from './password.js';
import type { TenantState, UserState } from './types.js';

/**
 * Issues in Logto's order: length, character types, pwned, then `restricted.*`. With
 * `pwnedServiceUnreachable` a pwned check answers 500, as a server without internet does (§12).
 */
export async function evaluatePasswordPolicy(
  tenant: TenantState,
  password: string,
  user: UserState,
): Promise<PasswordIssue[]> {
  const policy = tenant.signInExperience.passwordPolicy;
  const issues = checkPassword(password, policy, user);
  if (!policy.rejects.pwned) return issues;
  if (tenant.pwnedServiceUnreachable)
    throw new InternalServerError('Breached-password service unreachable');
  if (!isPwnedPassword(password)) return issues;
  const firstRestricted = issues.findIndex((issue) =>
    issue.code.startsWith('password_rejected.restricted.'),
  );
  const at = firstRestricted === -1 ? issues.length : firstRestricted;
  return [...issues.slice(0, at), { code: 'password_rejected.pwned' }, ...issues.slice(at)];
}
