'use client';
/** `@account-center/ui/passkeys`: list, rename, add and remove passkeys; the section's parts. */
export { PasskeyItem, PasskeyNameForm } from './passkey-item.js';
export { PasskeyManager } from './passkey-manager.js';
export {
  Passkeys,
  PasskeysAdd,
  PasskeysContent,
  PasskeysDescription,
  PasskeysHeader,
  PasskeysItem,
  PasskeysList,
  PasskeysReadOnlyNote,
  PasskeysRoot,
  PasskeysTitle,
} from './passkeys.js';
export type {
  PasskeyFactor,
  PasskeyItemDetails,
  PasskeyItemProps,
  PasskeyNameFormProps,
} from './passkey-item.js';
export type { PasskeyManagerProps } from './passkey-manager.js';
export type {
  PasskeysItemProps,
  PasskeysListProps,
  PasskeysRootProps,
  PasskeysTitleProps,
} from './passkeys.js';
