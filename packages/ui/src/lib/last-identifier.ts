import type { Account } from '@account-center/client';

/** What the user is about to remove: a sign-in key, or the linked social identity of a target. */
export type RemovedIdentifier = 'username' | 'primaryEmail' | 'primaryPhone' | { identity: string };

const SIGN_IN_KEYS = ['username', 'primaryEmail', 'primaryPhone'] as const;

/**
 * Logto's last-identifier rule (contract §6.6): after a removal the user must keep a username,
 * email, phone or a social identity. True only when what the API shows proves `removed` is the
 * last one: every other identifier is visible and empty. Hidden keys (field Off, missing scope)
 * and enterprise SSO identities (never returned, §3.2) prove nothing, so the server's
 * `user.last_sign_in_method_required` stays possible and is shown when it comes.
 */
export function isProvablyLastIdentifier(account: Account, removed: RemovedIdentifier): boolean {
  if (!('identities' in account)) return false;
  const identities = Object.keys(account.identities ?? {});
  const otherIdentities =
    typeof removed === 'object'
      ? identities.filter((target) => target !== removed.identity)
      : identities;
  return (
    otherIdentities.length === 0 &&
    SIGN_IN_KEYS.filter((key) => key !== removed).every((key) => key in account && !account[key])
  );
}
