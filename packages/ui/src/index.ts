'use client';
/**
 * @account-center/ui: accessible, themeable account-management components for Logto.
 * Import the stylesheet once: `import '@account-center/ui/styles.css'` (optional: without it the
 * markup is unstyled but complete).
 */

// Provider and theming
export { AccountCenterUiProvider } from './provider/account-center-ui-provider.js';
export type { AccountCenterUiProviderProps } from './provider/account-center-ui-provider.js';
export { useUiSettings } from './provider/ui-context.js';
export type { Theme, UiSettings } from './provider/ui-context.js';
export { setCspNonce } from './lib/csp.js';

// i18n
export { I18nProvider } from './i18n/i18n-provider.js';
// The app-facing hooks see every message (English areas included); the kit's own components use
// narrower ones so an app pays only for the English copy of what it renders.
export {
  useSecurityI18n as useI18n,
  useSecurityTranslate as useTranslate,
} from './i18n/security-i18n.js';
export type { I18nProviderProps } from './i18n/i18n-provider.js';
export { createI18n, isSilentError, localeDirection } from './i18n/create-i18n.js';
export type { DateInput, I18n } from './i18n/create-i18n.js';
export {
  availableLocales,
  defaultLocale,
  getLoadedMessages,
  loadMessages,
  registerLocale,
  resolveLocale,
} from './i18n/catalogues.js';
export { en } from './i18n/locales/en.js';
export type {
  ErrorLike,
  MessageKey,
  MessageOverrides,
  MessageValue,
  MessageValues,
  Messages,
  PasswordIssue,
  PluralMessage,
  PluralMessageKey,
  Translate,
} from './i18n/types.js';

// Primitives
export { Alert, AlertDescription, AlertTitle } from './primitives/alert.js';
export type { AlertProps, AlertVariant } from './primitives/alert.js';
export { Badge } from './primitives/badge.js';
export type { BadgeProps, BadgeVariant } from './primitives/badge.js';
export { Button } from './primitives/button.js';
export type { ButtonProps, ButtonSize, ButtonVariant } from './primitives/button.js';
export {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
  Section,
  SectionContent,
  SectionDescription,
  SectionHeader,
  SectionTitle,
} from './primitives/card.js';
export type { CardTitleProps, SectionTitleProps } from './primitives/card.js';
export { CodeInput } from './primitives/code-input.js';
export type { CodeInputProps } from './primitives/code-input.js';
export { ConfirmDialog } from './primitives/confirm-dialog.js';
export type { ConfirmDialogProps } from './primitives/confirm-dialog.js';
export { CopyButton } from './primitives/copy-button.js';
export type { CopyButtonProps } from './primitives/copy-button.js';
export {
  Dialog,
  DialogBody,
  DialogClose,
  DialogCloseButton,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogLiveRegion,
  DialogOverlay,
  DialogPanel,
  DialogPortal,
  DialogTitle,
  DialogTrigger,
  useDialogInert,
  useFocusRescue,
} from './primitives/dialog.js';
export type {
  DialogCloseButtonProps,
  DialogCloseProps,
  DialogContentProps,
  DialogDescriptionProps,
  DialogLiveRegionProps,
  DialogOverlayProps,
  DialogPanelProps,
  DialogPortalProps,
  DialogProps,
  DialogTitleProps,
  DialogTriggerProps,
} from './primitives/dialog.js';
export {
  Field,
  FieldControl,
  FieldDescription,
  FieldError,
  FieldLabel,
  useFieldControl,
} from './primitives/field.js';
export type {
  FieldControlProps,
  FieldDescriptionProps,
  FieldErrorProps,
  FieldLabelProps,
  FieldProps,
} from './primitives/field.js';
export { Input } from './primitives/input.js';
export type { InputProps } from './primitives/input.js';
export { LiveRegion, useAnnounce } from './primitives/live-region.js';
export type { Announce, LiveRegionProps, Politeness } from './primitives/live-region.js';
export { PasswordInput } from './primitives/password-input.js';
export type { PasswordInputProps } from './primitives/password-input.js';
export { Skeleton } from './primitives/skeleton.js';
export { Switch } from './primitives/switch.js';
export type { SwitchProps } from './primitives/switch.js';
export { VisuallyHidden } from './primitives/visually-hidden.js';
export type { VisuallyHiddenProps } from './primitives/visually-hidden.js';

// Passkeys, TOTP, backup codes
export {
  PasskeyItem,
  PasskeyManager,
  PasskeyNameForm,
  describeUserAgent,
  passkeyDisplayName,
} from './components/passkeys/passkey-manager.js';
export type {
  PasskeyFactor,
  PasskeyItemProps,
  PasskeyManagerProps,
  PasskeyNameFormProps,
} from './components/passkeys/passkey-manager.js';
export { parseUserAgent } from './lib/user-agent.js';
export type { UserAgentInfo } from './lib/user-agent.js';
export { TotpQrCode, TotpSecretKey, TotpSetup, groupSecret } from './components/totp/totp-setup.js';
export type {
  TotpQrCodeProps,
  TotpSecretKeyProps,
  TotpSetupProps,
} from './components/totp/totp-setup.js';
export {
  BackupCodeActions,
  BackupCodeDownload,
  BackupCodeList,
} from './components/backup-codes/backup-code-download.js';
export type {
  BackupCodeActionsProps,
  BackupCodeDownloadProps,
  BackupCodeListProps,
} from './components/backup-codes/backup-code-download.js';
export { BackupCodes, BackupCodesOffer } from './components/backup-codes/backup-codes.js';
export type {
  BackupCodesOfferProps,
  BackupCodesProps,
} from './components/backup-codes/backup-codes.js';
export { backupCodesFileName } from './components/backup-codes/backup-code-file.js';

// Password, delete account, AccountCenter (page shell)
export { PasswordChange, PasswordChangeForm } from './components/password/password-change.js';
export type {
  PasswordChangeFormProps,
  PasswordChangeProps,
  PasswordChangeResult,
  PasswordChangeValues,
} from './components/password/password-change.js';
export {
  PASSWORD_CHECK_DELAY_MS,
  PasswordChecklist,
  passwordRules,
} from './components/password/password-checklist.js';
export type {
  PasswordChecklistProps,
  PasswordRule,
  PasswordRuleState,
} from './components/password/password-checklist.js';
export {
  DeleteAccount,
  DeleteAccountDialog,
  useDeleteAccountMode,
} from './components/delete-account/delete-account.js';
export { safeHttpUrl } from './lib/safe-url.js';
export type {
  DeleteAccountDialogProps,
  DeleteAccountMode,
  DeleteAccountProps,
} from './components/delete-account/delete-account.js';
export {
  AccountCenter,
  useAccountCenterSections,
  visibleBuiltinSections,
} from './components/account-center/account-center.js';
export type {
  AccountCenterCustomSection,
  AccountCenterProps,
  AccountCenterSection,
  AccountCenterSectionId,
  AccountCenterUiOptions,
  AccountCenterViewProps,
} from './components/account-center/account-center.js';
export { SectionBoundary, SectionSkeleton } from './components/account-center/section-boundary.js';
export type { SectionBoundaryProps } from './components/account-center/section-boundary.js';
export { ProfileSection } from './components/account-center/profile-section.js';
export { SecuritySection } from './components/account-center/security-section.js';
export { SessionsSection } from './components/account-center/sessions-section.js';
export type {
  AccountCenterComponentProps,
  AccountCenterComponents,
  BuiltinSectionProps,
  SectionErrorHandler,
} from './components/account-center/section-parts.js';

// Social, MFA settings, sessions, authorized apps
export { SocialConnections } from './components/social/social-connections.js';
export type { SocialConnectionsProps } from './components/social/social-connections.js';
export { SocialLinkCallback } from './components/social/social-link-callback.js';
export type { SocialLinkCallbackProps } from './components/social/social-link-callback.js';
export {
  MfaSettings,
  MfaSettingsToggle,
  PasskeyPromptToggle,
} from './components/mfa-settings/mfa-settings.js';
export type {
  MfaSettingsProps,
  MfaSettingsToggleProps,
  PasskeyPromptToggleProps,
} from './components/mfa-settings/mfa-settings.js';
export { SessionList } from './components/sessions/session-list.js';
export type { SessionListProps } from './components/sessions/session-list.js';
export { AuthorizedApps } from './components/apps/authorized-apps.js';
export type { AuthorizedApp, AuthorizedAppsProps } from './components/apps/authorized-apps.js';

// Verification, profile, email, phone
export { VerificationDialog } from './components/verification/verification-dialog.js';
export type { VerificationDialogProps } from './components/verification/verification-dialog.js';
export { ProfileForm } from './components/profile/profile-form.js';
export type { ProfileFormProps } from './components/profile/profile-form.js';
export { EmailChange } from './components/email/email-change.js';
export type { EmailChangeProps } from './components/email/email-change.js';
export { PhoneChange } from './components/phone/phone-change.js';
export type { PhoneChangeProps } from './components/phone/phone-change.js';
