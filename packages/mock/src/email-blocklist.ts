/** The tenant email blocklist (§4.3, §6.6), enforced on new emails. */

import { ApiError } from './errors.js';
import type { TenantState } from './types.js';

/** Throws Logto's `session.email_blocklist.*` errors for a blocked address. */
export function assertEmailAllowed(tenant: TenantState, email: string): void {
  const policy = tenant.signInExperience.emailBlocklistPolicy;
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1)
    throw new ApiError(400, 'session.email_blocklist.invalid_email');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  const blocked = (policy.customBlocklist ?? []).some((entry) => {
    const normalized = entry.toLowerCase();
    if (normalized.includes('@') && !normalized.startsWith('@'))
      return normalized === email.toLowerCase();
    return normalized.replace(/^@/, '') === domain;
  });
  if (blocked)
    throw new ApiError(422, 'session.email_blocklist.email_not_allowed', {
      interpolation: { email },
    });
  if (policy.blockSubaddressing && local.includes('+')) {
    throw new ApiError(422, 'session.email_blocklist.email_subaddressing_not_allowed');
  }
}
