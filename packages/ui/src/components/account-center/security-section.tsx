import { BackupCodes } from '../backup-codes/backup-codes.js';
import { DeleteAccount } from '../delete-account/delete-account.js';
import { MfaSettings } from '../mfa-settings/mfa-settings.js';
import { PasskeyManager } from '../passkeys/passkey-manager.js';
import { PasswordChange } from '../password/password-change.js';
import { SocialConnections } from '../social/social-connections.js';
import { TotpSetup } from '../totp/totp-setup.js';
import { SectionPart } from './section-parts.js';
import type { BuiltinSectionProps } from './section-parts.js';

/**
 * The Security section's content: password, connected accounts, two-step verification,
 * passkeys, authenticator app, backup codes and account deletion, each behind its own boundary.
 * Each part follows its field (`password`, `social`, `mfa`, `passkey` falling back to `mfa`);
 * `components` swaps any of them for yours.
 */
export function SecuritySection({
  appName,
  onDeleteAccount,
  componentProps: props = {},
  components = {},
  onSectionError,
}: BuiltinSectionProps) {
  const Password = components.password ?? PasswordChange;
  const Social = components.social ?? SocialConnections;
  const Mfa = components.mfaSettings ?? MfaSettings;
  const Passkeys = components.passkeys ?? PasskeyManager;
  const Totp = components.totp ?? TotpSetup;
  const Codes = components.backupCodes ?? BackupCodes;
  const Deletion = components.deleteAccount ?? DeleteAccount;
  const part = { components, onSectionError };
  return (
    <>
      <SectionPart name="password" {...part}>
        <Password {...props.password} />
      </SectionPart>
      <SectionPart name="social" {...part}>
        <Social {...props.social} />
      </SectionPart>
      <SectionPart name="mfa-settings" {...part}>
        <Mfa />
      </SectionPart>
      <SectionPart name="passkeys" {...part}>
        <Passkeys appName={appName} {...props.passkeys} />
      </SectionPart>
      <SectionPart name="totp" {...part}>
        <Totp issuer={appName} {...props.totp} />
      </SectionPart>
      <SectionPart name="backup-codes" {...part}>
        <Codes appName={appName} {...props.backupCodes} />
      </SectionPart>
      <SectionPart name="delete-account" {...part}>
        <Deletion onDeleteAccount={onDeleteAccount} {...props.deleteAccount} />
      </SectionPart>
    </>
  );
}
