/**
 * Facts the MFA components (passkeys, TOTP, backup codes) share: the name the app goes by, the
 * tenant's MFA policy, and when backup codes should be offered.
 */
import {
  useAccountKit,
  useTenantConfig,
  useFeature,
  useMfaFactors,
  useMyAccount,
} from '@account-center/react';
import { isSecondFactor, secondFactors, totpIssuer } from '@account-center/client/helpers';
import type { MfaVerification } from '@account-center/client';

export { isSecondFactor };

/** The app name for TOTP issuers and backup-code files: the prop, else the Logto endpoint's host. */
export function useAppName(appName?: string): string {
  return totpIssuer(appName, useAccountKit().client.endpoint);
}

/**
 * Whether removing `factor` would leave a user under a mandatory MFA policy (`isMfaMandatory`)
 * with no second factor (bar 29); email and phone codes the tenant offers count (`secondFactors`).
 * Unknown policy: not blocked (the server has the last word).
 */
export function useIsLastMandatoryFactor(): (factor: MfaVerification) => boolean {
  const settings = useTenantConfig();
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
  const backupCodes = useFeature('backupCodes');
  const factors = useMfaFactors().data;
  if (!factors) return false;
  return (
    backupCodes.status === 'editable' &&
    !factors.some(isSecondFactor) &&
    !factors.some((factor) => factor.type === 'BackupCode' && factor.remainCodes > 0)
  );
}
