/**
 * Query keys, as one hierarchy under `accountKeys.all`, so an app can invalidate a whole branch
 * (`accountKeys.mfa()` covers factors, backup codes, MFA settings and logto configs) or
 * everything the kit cached (`accountKeys.all`, e.g. after sign-out).
 */

const key = <const TParts extends string[]>(...parts: TParts) =>
  ['account-center', ...parts] as const;

/**
 * Key factory for every query the kit caches.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: accountKeys.mfa() });
 */
export const accountKeys = {
  all: key(),
  /** `GET /api/my-account`; the social-identities key sits under it so both refresh together. */
  account: () => key('account'),
  socialIdentities: () => key('account', 'social-identities'),
  /** Anonymous settings discovery (`/api/.well-known/*`). */
  settings: () => key('settings'),
  mfa: () => key('mfa'),
  mfaFactors: () => key('mfa', 'factors'),
  backupCodes: () => key('mfa', 'backup-codes'),
  mfaSettings: () => key('mfa', 'settings'),
  logtoConfigs: () => key('mfa', 'logto-configs'),
  sessionsRoot: () => key('sessions'),
  sessions: () => key('sessions', 'list'),
  grants: (appType?: 'firstParty' | 'thirdParty') => key('sessions', 'grants', appType ?? 'all'),
};
