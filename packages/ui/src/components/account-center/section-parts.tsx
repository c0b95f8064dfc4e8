import type { ErrorInfo, ReactNode } from 'react';
import type { AuthorizedAppsProps } from '../apps/authorized-apps.js';
import type { BackupCodesProps } from '../backup-codes/backup-codes.js';
import type { DeleteAccountProps } from '../delete-account/delete-account.js';
import type { PasskeyManagerProps } from '../passkeys/passkey-manager.js';
import type { PasswordChangeProps } from '../password/password-change.js';
import type { SocialConnectionsProps } from '../social/social-connections.js';
import type { TotpSetupProps } from '../totp/totp-setup.js';
import { SectionBoundary } from './section-boundary.js';

/** Props passed through to the components the built-in sections compose. */
export interface AccountCenterComponentProps {
  password?: Partial<PasswordChangeProps>;
  passkeys?: Partial<PasskeyManagerProps>;
  totp?: Partial<TotpSetupProps>;
  backupCodes?: Partial<BackupCodesProps>;
  social?: Partial<SocialConnectionsProps>;
  deleteAccount?: Partial<DeleteAccountProps>;
  authorizedApps?: Partial<AuthorizedAppsProps>;
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
  onSectionError?: SectionErrorHandler | undefined;
}

/** One component of a built-in section behind its own error boundary. */
export function SectionPart({
  name,
  onSectionError,
  children,
}: {
  name: string;
  onSectionError: SectionErrorHandler | undefined;
  children: ReactNode;
}) {
  return (
    <SectionBoundary
      onError={onSectionError && ((error, info) => onSectionError(name, error, info))}
    >
      {children}
    </SectionBoundary>
  );
}
