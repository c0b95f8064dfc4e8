import type { ComponentType, ErrorInfo, ReactNode } from 'react';
import type { AuthorizedAppsProps } from '../apps/authorized-apps.js';
import type { BackupCodesProps } from '../backup-codes/backup-codes.js';
import type { DeleteAccountProps } from '../delete-account/delete-account.js';
import type { EmailChangeProps } from '../email/email-change.js';
import type { MfaSettingsProps } from '../mfa-settings/mfa-settings.js';
import type { PasskeyManagerProps } from '../passkeys/passkey-manager.js';
import type { PasswordChangeProps } from '../password/password-change.js';
import type { PhoneChangeProps } from '../phone/phone-change.js';
import type { ProfileFormProps } from '../profile/profile-form.js';
import type { SessionListProps } from '../sessions/session-list.js';
import type { SocialConnectionsProps } from '../social/social-connections.js';
import type { TotpSetupProps } from '../totp/totp-setup.js';
import type { VerificationDialogProps } from '../verification/verification-dialog.js';
import { SectionBoundary, SectionSkeleton } from './section-boundary.js';

/** Props passed through to the components the built-in sections compose. */
export interface AccountCenterComponentProps {
  email?: Partial<EmailChangeProps>;
  phone?: Partial<PhoneChangeProps>;
  password?: Partial<PasswordChangeProps>;
  passkeys?: Partial<PasskeyManagerProps>;
  totp?: Partial<TotpSetupProps>;
  backupCodes?: Partial<BackupCodesProps>;
  social?: Partial<SocialConnectionsProps>;
  deleteAccount?: Partial<DeleteAccountProps>;
  authorizedApps?: Partial<AuthorizedAppsProps>;
}

/**
 * Your own components in place of the kit's, by key (Ory's idea). Each receives exactly the props
 * the kit's component would have had: the `componentProps` entry of the same key plus what the
 * drop-in passes itself (`appName` to `passkeys` and `backupCodes`, `issuer` to `totp`,
 * `onDeleteAccount` to `deleteAccount`). A swapped component stays behind its part's error
 * boundary and is loaded with its section, so it can be a kit component wrapped in your own.
 * @example <AccountCenter components={{ password: MyPasswordCard, sectionSkeleton: MySpinner }} />
 */
export interface AccountCenterComponents {
  /** Profile: name, avatar and profile fields (`ProfileForm`). */
  profile?: ComponentType<ProfileFormProps>;
  /** Profile: the email address (`EmailChange`). */
  email?: ComponentType<EmailChangeProps>;
  /** Profile: the phone number (`PhoneChange`). */
  phone?: ComponentType<PhoneChangeProps>;
  /** Security: set or change the password (`PasswordChange`). */
  password?: ComponentType<PasswordChangeProps>;
  /** Security: connected social accounts (`SocialConnections`). */
  social?: ComponentType<SocialConnectionsProps>;
  /** Security: the two-step switch and passkey prompt (`MfaSettings`). */
  mfaSettings?: ComponentType<MfaSettingsProps>;
  /** Security: passkeys (`PasskeyManager`). */
  passkeys?: ComponentType<PasskeyManagerProps>;
  /** Security: the authenticator app (`TotpSetup`). */
  totp?: ComponentType<TotpSetupProps>;
  /** Security: backup codes (`BackupCodes`). */
  backupCodes?: ComponentType<BackupCodesProps>;
  /** Security: account deletion (`DeleteAccount`). */
  deleteAccount?: ComponentType<DeleteAccountProps>;
  /** Devices: active sessions (`SessionList`). */
  sessions?: ComponentType<SessionListProps>;
  /** Devices: authorized apps (`AuthorizedApps`). */
  authorizedApps?: ComponentType<AuthorizedAppsProps>;
  /**
   * Part: the step-up prompt (`VerificationDialog`). Yours must answer `useVerificationPrompt()`
   * from `@account-center/react`, or actions that need step-up wait for it.
   */
  verificationDialog?: ComponentType<VerificationDialogProps>;
  /** Part: the placeholder while a section or its code loads (`SectionSkeleton`); keep `aria-busy`. */
  sectionSkeleton?: ComponentType<{ className?: string }>;
}

/** Reports a crashed part of a section by name (`password`, `sessions`, your section's id…). */
export type SectionErrorHandler = (section: string, error: unknown, info: ErrorInfo) => void;

/** Props of `ProfileSection`, `SecuritySection` and `SessionsSection`. */
export interface BuiltinSectionProps {
  /** Your app's name: TOTP issuer, backup-code file heading. */
  appName?: string | undefined;
  /** In-app deletion through your backend (Security; see `DeleteAccount`). */
  onDeleteAccount?: DeleteAccountProps['onDeleteAccount'];
  componentProps?: AccountCenterComponentProps | undefined;
  /** Your components in place of the kit's (see `AccountCenterComponents`). */
  components?: AccountCenterComponents | undefined;
  onSectionError?: SectionErrorHandler | undefined;
}

/** One component of a built-in section behind its own error boundary. */
export function SectionPart({
  name,
  onSectionError,
  components = {},
  children,
}: {
  name: string;
  onSectionError: SectionErrorHandler | undefined;
  components?: AccountCenterComponents | undefined;
  children: ReactNode;
}) {
  const Skeleton = components.sectionSkeleton ?? SectionSkeleton;
  return (
    <SectionBoundary
      fallback={<Skeleton />}
      onError={onSectionError && ((error, info) => onSectionError(name, error, info))}
    >
      {children}
    </SectionBoundary>
  );
}
