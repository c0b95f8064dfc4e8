'use client';
/** `@account-center/ui/delete-account`: the "delete account" card, its parts and its confirmation. */
export {
  AccountDeletion,
  AccountDeletionConfirm,
  AccountDeletionContent,
  AccountDeletionDescription,
  AccountDeletionHeader,
  AccountDeletionLink,
  AccountDeletionRoot,
  AccountDeletionTitle,
  DeleteAccount,
  DeleteAccountDialog,
} from './delete-account.js';
export type {
  AccountDeletionConfirmProps,
  AccountDeletionRootProps,
  DeleteAccountDialogProps,
  DeleteAccountProps,
} from './delete-account.js';
