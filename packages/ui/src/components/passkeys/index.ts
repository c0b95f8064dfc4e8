'use client';
/** `@account-center/ui/passkeys`: list, rename, add and remove passkeys. */
export { PasskeyItem, PasskeyManager, PasskeyNameForm } from './passkey-manager.js';
export type {
  PasskeyFactor,
  PasskeyItemProps,
  PasskeyManagerProps,
  PasskeyNameFormProps,
} from './passkey-manager.js';
