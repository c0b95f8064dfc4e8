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
export { I18nProvider, useI18n, useTranslate } from './i18n/i18n-provider.js';
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
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from './primitives/dialog.js';
export type {
  DialogCloseProps,
  DialogContentProps,
  DialogDescriptionProps,
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
