'use client';
/** `@account-center/ui/verification`: the identity step-up prompt (mount one per page). */
export { VerificationDialog } from './lazy-verification-dialog.js';
export type { VerificationDialogProps } from './verification-dialog.js';
