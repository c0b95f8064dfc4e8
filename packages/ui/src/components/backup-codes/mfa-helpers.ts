/**
 * Facts the MFA components (passkeys, TOTP, backup codes) share: the name the app goes by, the
 * tenant's MFA policy, and when backup codes should be offered.
 */
import {
  useAccountCenter,
  useAccountCenterSettings,
  useMfaFactors,
  useMyAccount,
} from '@account-center/react';
import type { MfaVerification } from '@account-center/client';
import { isSecondFactor, secondFactors } from '@account-center/client/helpers';

export { isSecondFactor };

/** The app name for TOTP issuers and backup-code files: the prop, else the Logto endpoint's host. */
export function useAppName(appName?: string): string {
  const { client } = useAccountCenter();
  if (appName?.trim()) return appName.trim();
  try {
    return new URL(client.endpoint).hostname;
  } catch {
    return client.endpoint;
  }
}

/**
 * Whether removing `factor` would leave a user under a mandatory MFA policy (`isMfaMandatory`)
 * with no second factor (bar 29); email and phone codes the tenant offers count (`secondFactors`).
 * Unknown policy: not blocked (the server has the last word).
 */
export function useIsLastMandatoryFactor(): (factor: MfaVerification) => boolean {
  const settings = useAccountCenterSettings();
  const factors = useMfaFactors().data ?? [];
  const account = useMyAccount().data;
  const mandatory = settings.mfa.value?.mandatory === true;
  const all = secondFactors({ factors, offered: settings.mfa.value?.factors, account });
  const others = (factor: MfaVerification) =>
    all.filter((other) => !('id' in other) || other.id !== factor.id).length;
  return (factor) => mandatory && isSecondFactor(factor) && others(factor) === 0;
}

/**
 * Whether backup codes should be offered next to a factor the user is adding: enabled and
 * editable, none unused yet, and the user had no other second factor (bar 33).
 */
export function useShouldOfferBackupCodes(): boolean {
  const settings = useAccountCenterSettings();
  const factors = useMfaFactors().data;
  if (!factors) return false;
  return (
    settings.fields.mfa.value === 'Edit' &&
    settings.offeredMfaFactors.includes('BackupCode') &&
    !factors.some(isSecondFactor) &&
    !factors.some((factor) => factor.type === 'BackupCode' && factor.remainCodes > 0)
  );
}
