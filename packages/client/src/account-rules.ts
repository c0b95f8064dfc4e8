/**
 * Rules about the account that more than one layer needs, written once: which factors count as
 * a second factor, how the account is named to the user, and the TOTP issuer.
 */
import type { Account } from './schemas/account.js';
import type { MfaVerification } from './schemas/mfa.js';

/** A factor that is a second factor on its own (TOTP, passkey); backup codes only back them up. */
export const isSecondFactor = (factor: Pick<MfaVerification, 'type'>): boolean =>
  factor.type === 'Totp' || factor.type === 'WebAuthn';

/**
 * The account as a person reads it, e.g. the TOTP label in an authenticator app and the
 * backup-code file heading: email, else username, else phone (`+` and digits).
 */
export function accountLabel(account: Account | undefined): string | undefined {
  if (!account) return undefined;
  if (account.primaryEmail) return account.primaryEmail;
  if (account.username) return account.username;
  if (account.primaryPhone) return `+${account.primaryPhone}`;
  return undefined;
}

/** The TOTP issuer (and backup-code file app name): the app's name, else the Logto host. */
export function totpIssuer(appName: string | undefined, endpoint: string): string {
  if (appName?.trim()) return appName.trim();
  try {
    return new URL(endpoint).hostname;
  } catch {
    return endpoint;
  }
}
