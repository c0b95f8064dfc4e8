'use client';
/** `@account-center/ui/delete-account`: the "delete account" card and its confirmation. */
export { DeleteAccount, DeleteAccountDialog } from './delete-account.js';
export type { DeleteAccountDialogProps, DeleteAccountProps } from './delete-account.js';
