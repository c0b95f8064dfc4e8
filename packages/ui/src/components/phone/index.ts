'use client';
/**
 * `@account-center/ui/phone`: add, change or remove the phone number (with a code check); the
 * section's parts.
 */
export { PhoneChange } from './phone-change.js';
export {
  Phone,
  PhoneActions,
  PhoneChangeForm,
  PhoneChangeTrigger,
  PhoneContent,
  PhoneDescription,
  PhoneHeader,
  PhoneReadOnlyNote,
  PhoneRemove,
  PhoneRoot,
  PhoneTitle,
  PhoneValue,
} from './phone.js';
export type { PhoneChangeProps } from './phone-change.js';
export type { PhoneChangeFormProps, PhoneRootProps, PhoneTitleProps } from './phone.js';
