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
 * Each part follows its field (`password`, `social`, `mfa`, `passkey` falling back to `mfa`).
 */
export function SecuritySection({
  appName,
  onDeleteAccount,
  componentProps: props = {},
  onSectionError,
}: BuiltinSectionProps) {
  return (
    <>
      <SectionPart name="password" onSectionError={onSectionError}>
        <PasswordChange {...props.password} />
      </SectionPart>
      <SectionPart name="social" onSectionError={onSectionError}>
        <SocialConnections {...props.social} />
      </SectionPart>
      <SectionPart name="mfa-settings" onSectionError={onSectionError}>
        <MfaSettings />
      </SectionPart>
      <SectionPart name="passkeys" onSectionError={onSectionError}>
        <PasskeyManager appName={appName} {...props.passkeys} />
      </SectionPart>
      <SectionPart name="totp" onSectionError={onSectionError}>
        <TotpSetup issuer={appName} {...props.totp} />
      </SectionPart>
      <SectionPart name="backup-codes" onSectionError={onSectionError}>
        <BackupCodes appName={appName} {...props.backupCodes} />
      </SectionPart>
      <SectionPart name="delete-account" onSectionError={onSectionError}>
        <DeleteAccount onDeleteAccount={onDeleteAccount} {...props.deleteAccount} />
      </SectionPart>
    </>
  );
}
