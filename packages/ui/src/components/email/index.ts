'use client';
/**
 * `@account-center/ui/email`: add, change or remove the email address (with a code check); the
 * section's parts.
 */
export { EmailChange } from './email-change.js';
export {
  Email,
  EmailActions,
  EmailChangeForm,
  EmailChangeTrigger,
  EmailContent,
  EmailDescription,
  EmailHeader,
  EmailReadOnlyNote,
  EmailRemove,
  EmailRoot,
  EmailTitle,
  EmailValue,
} from './email.js';
export type { EmailChangeProps } from './email-change.js';
export type { EmailChangeFormProps, EmailRootProps, EmailTitleProps } from './email.js';
