'use client';
/** `@account-center/ui/password`: set or change the password, with the policy checklist. */
export { PasswordChange, PasswordChangeForm } from './password-change.js';
export type {
  PasswordChangeFormProps,
  PasswordChangeProps,
  PasswordChangeResult,
  PasswordChangeValues,
} from './password-change.js';
export { PasswordChecklist } from './password-checklist.js';
export type { PasswordChecklistProps } from './password-checklist.js';
