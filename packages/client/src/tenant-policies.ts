/**
 * Rules the tenant sets in its sign-in experience that an account UI applies itself (facts §8):
 * what "MFA is mandatory" means and which social connectors a browser can use. Pure functions, no
 * React. The username policy (`username-policy.ts`) and the second-factor count
 * (`second-factors.ts`) are separate modules, so the settings every page loads carry only these.
 */
import type { SignInExperience } from './schemas/well-known.js';

/**
 * Whether the tenant requires a second factor (facts §8): `policy === 'Mandatory'`, one of the two
 * non-skippable `*Mandatory` prompt policies while Adaptive MFA is on, or an organization-level
 * `Mandatory`. An unknown document is not mandatory (the server has the last word).
 */
export function isMfaMandatory(
  experience: Pick<SignInExperience, 'mfa' | 'adaptiveMfa'> | undefined,
) {
  const mfa = experience?.mfa;
  if (!mfa) return false;
  if (mfa.policy === 'Mandatory' || mfa.organizationRequiredMfaPolicy === 'Mandatory') return true;
  const adaptive = experience.adaptiveMfa?.enabled === true;
  return (
    adaptive &&
    (mfa.policy === 'PromptAtSignInAndSignUpMandatory' ||
      mfa.policy === 'PromptOnlyAtSignInMandatory')
  );
}

/** A social connector of the sign-in experience, as far as its platform goes. */
type ConnectorWithPlatform = { platform?: string | null | undefined };

/**
 * Whether a browser can use this social connector: everything but `Native` (a connector for
 * native apps only). A connector without a platform (older documents) is kept.
 */
export const isWebConnector = (connector: ConnectorWithPlatform) => connector.platform !== 'Native';
