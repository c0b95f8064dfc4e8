/**
 * The tenant's username policy (facts §7), checked in the browser as the server checks it on
 * `PATCH /api/my-account {username}` (`422 user.username_*`). Pure functions, no React.
 */
import type { UsernamePolicy } from './schemas/well-known.js';

/** Logto's default username policy (facts §7): case-sensitive, 1–128, every character class. */
export function defaultUsernamePolicy(): Required<UsernamePolicy> {
  return {
    caseSensitive: true,
    minLength: 1,
    maxLength: 128,
    allowedChars: { lowercase: true, uppercase: true, numbers: true, underscore: true },
  };
}

/**
 * The policy with Logto's defaults for anything the document leaves out or sends with the wrong
 * type (the sign-in experience keeps `usernamePolicy` unparsed).
 */
export function resolveUsernamePolicy(policy?: unknown): Required<UsernamePolicy> {
  const defaults = defaultUsernamePolicy();
  const given = (policy ?? {}) as Record<string, unknown>;
  const chars = (given.allowedChars ?? {}) as Record<string, unknown>;
  const pick = <T>(value: unknown, fallback: T): T =>
    typeof value === typeof fallback ? (value as T) : fallback;
  return {
    caseSensitive: pick(given.caseSensitive, defaults.caseSensitive),
    minLength: pick(given.minLength, defaults.minLength),
    maxLength: pick(given.maxLength, defaults.maxLength),
    allowedChars: {
      lowercase: pick(chars.lowercase, defaults.allowedChars.lowercase),
      uppercase: pick(chars.uppercase, defaults.allowedChars.uppercase),
      numbers: pick(chars.numbers, defaults.allowedChars.numbers),
      underscore: pick(chars.underscore, defaults.allowedChars.underscore),
    },
  };
}

/** The `422` codes a username can get from the tenant's policy, in the server's order. */
export type UsernamePolicyIssue =
  | 'user.username_too_short'
  | 'user.username_too_long'
  | 'user.username_uppercase_not_allowed'
  | 'user.username_lowercase_not_allowed'
  | 'user.username_numbers_not_allowed'
  | 'user.username_underscore_not_allowed';

/**
 * The first rule of the tenant's username policy that `username` breaks, as the server's `422`
 * code (checked in the server's order), or `undefined`. The hard floor (a letter or underscore
 * first, then word characters) is a separate check.
 */
export function checkUsername(username: string, policy?: unknown): UsernamePolicyIssue | undefined {
  const { minLength, maxLength, allowedChars } = resolveUsernamePolicy(policy);
  if (username.length < minLength) return 'user.username_too_short';
  if (username.length > maxLength) return 'user.username_too_long';
  if (!allowedChars.uppercase && /[A-Z]/.test(username))
    return 'user.username_uppercase_not_allowed';
  if (!allowedChars.lowercase && /[a-z]/.test(username))
    return 'user.username_lowercase_not_allowed';
  if (!allowedChars.numbers && /\d/.test(username)) return 'user.username_numbers_not_allowed';
  if (!allowedChars.underscore && username.includes('_'))
    return 'user.username_underscore_not_allowed';
  return undefined;
}
