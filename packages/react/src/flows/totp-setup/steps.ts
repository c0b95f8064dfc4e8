/**
 * The TOTP setup step (a new secret and its `otpauth://` URI), as its own lazy chunk loaded by
 * `useTotpSetup` on mount, so apps without TOTP never load it. Imports nothing from the entry
 * chunk.
 */
import { accountLabel, buildOtpAuthUri, totpIssuer } from '@account-center/client/helpers';
import type { Account, MfaVerification } from '@account-center/client';
import type { AccountKit } from '../../kit.js';

/**
 * A new TOTP secret and its `otpauth://` URI (issuer: the option or the Logto host; label: the
 * option, else the account as the UI names it, else its id).
 */
export async function createTotpSecret(
  kit: AccountKit,
  account: Account | undefined,
  options: { issuer?: string; account?: string },
) {
  const { secret } = await kit.client.generateTotpSecret();
  const label = options.account ?? accountLabel(account) ?? account?.id ?? '';
  const issuer = totpIssuer(options.issuer, kit.client.endpoint);
  return { secret, uri: buildOtpAuthUri({ issuer, account: label, secret }) };
}

/** `useTotpSetup().start`: a new secret, labelled with the account as the cache holds it. */
export const startTotp = (
  kit: AccountKit,
  accountKey: readonly unknown[],
  options: { issuer?: string; account?: string },
) => createTotpSecret(kit, kit.queryClient.getQueryData<Account>(accountKey), options);

/**
 * `useTotpSetup().confirm`: bind the secret with the user's code: `replace` (`PUT …/totp`) when
 * the factors the cache holds now include a TOTP, else `add`.
 */
export const bindTotp = (
  kit: AccountKit,
  factorsKey: readonly unknown[],
  add: (input: { type: 'Totp'; secret: string; code: string }) => Promise<unknown>,
  replace: (input: { secret: string; code: string }) => Promise<unknown>,
  secret: string,
  code: string,
) =>
  kit.queryClient
    .getQueryData<MfaVerification[] | null>(factorsKey)
    ?.some((factor) => factor.type === 'Totp')
    ? replace({ secret, code })
    : add({ type: 'Totp', secret, code });
