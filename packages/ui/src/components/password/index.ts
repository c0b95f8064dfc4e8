'use client';
/** `@account-center/ui/password`: set or change the password, with the policy checklist; the section's parts. */
export { PasswordChange, PasswordChangeForm } from './password-change.js';
export type {
  PasswordChangeFormProps,
  PasswordChangeProps,
  PasswordChangeResult,
  PasswordChangeValues,
} from './password-change.js';
export {
  Password,
  PasswordContent,
  PasswordDescription,
  PasswordForm,
  PasswordHeader,
  PasswordNotice,
  PasswordReadOnlyNote,
  PasswordRoot,
  PasswordStatus,
  PasswordTitle,
  PasswordTrigger,
} from './password.js';
export type {
  PasswordFormProps,
  PasswordRootProps,
  PasswordTitleProps,
  PasswordTriggerProps,
} from './password.js';
export { PasswordChecklist } from './password-checklist.js';
export type { PasswordChecklistProps } from './password-checklist.js';
