import type { Account } from '@account-center/client';

/** The account keys a user can sign in with, besides social identities. */
type SignInKey = 'username' | 'primaryEmail' | 'primaryPhone';

/**
 * True only when what the API shows proves `key` is the last sign-in identifier: the other
 * identifiers are visible and empty. Hidden keys (field Off, missing scope) and enterprise SSO
 * identities (never returned, §3.2) prove nothing, so the server's refusal stays possible.
 */
export function isProvablyLastIdentifier(account: Account, key: SignInKey): boolean {
  const others = (['username', 'primaryEmail', 'primaryPhone'] as const).filter(
    (other) => other !== key,
  );
  return (
    others.every((other) => other in account && !account[other]) &&
    'identities' in account &&
    Object.keys(account.identities ?? {}).length === 0
  );
}
