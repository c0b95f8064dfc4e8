/**
 * The TOTP setup step (a new secret and its `otpauth://` URI), as its own lazy chunk loaded by
 * `useTotpSetup` on mount, so apps without TOTP never load it. Imports nothing from the entry
 * chunk.
 */
import { buildOtpAuthUri } from '@account-center/client/helpers';
import type { Account } from '@account-center/client';
import type { AccountCenterKit } from '../../kit.js';

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
