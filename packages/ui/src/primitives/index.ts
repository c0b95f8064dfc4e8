'use client';
/**
 * `@account-center/ui/primitives`: the building blocks the kit's components are made of, for a
 * team building its own screens with the same look and accessibility behaviour.
 */
export { Alert, AlertDescription, AlertTitle } from './alert.js';
export type { AlertProps, AlertVariant } from './alert.js';
export { Badge } from './badge.js';
export type { BadgeProps, BadgeVariant } from './badge.js';
export { Button } from './button.js';
export type { ButtonProps, ButtonSize, ButtonVariant } from './button.js';
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
} from './card.js';
export type { CardTitleProps, SectionTitleProps } from './card.js';
export { CodeInput } from './code-input.js';
export type { CodeInputProps } from './code-input.js';
export { ConfirmDialog } from './confirm-dialog.js';
export type { ConfirmDialogProps } from './confirm-dialog.js';
export { CopyButton } from './copy-button.js';
export type { CopyButtonProps } from './copy-button.js';
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
} from './dialog.js';
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
} from './dialog.js';
export {
  Field,
  FieldControl,
  FieldDescription,
  FieldError,
  FieldLabel,
  useFieldControl,
} from './field.js';
export type {
  FieldControlProps,
  FieldDescriptionProps,
  FieldErrorProps,
  FieldLabelProps,
  FieldProps,
} from './field.js';
export { Input } from './input.js';
export type { InputProps } from './input.js';
export { LiveRegion, useAnnounce } from './live-region.js';
export type { Announce, LiveRegionProps, Politeness } from './live-region.js';
export { PasswordInput } from './password-input.js';
export type { PasswordInputProps } from './password-input.js';
export { Skeleton } from './skeleton.js';
export { Switch } from './switch.js';
export type { SwitchProps } from './switch.js';
export { VisuallyHidden } from './visually-hidden.js';
export type { VisuallyHiddenProps } from './visually-hidden.js';
