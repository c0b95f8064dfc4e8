'use client';
/** `@account-center/ui/backup-codes`: generate, show, copy and download backup codes. */
export { BackupCodeActions, BackupCodeDownload, BackupCodeList } from './backup-code-download.js';
export type {
  BackupCodeActionsProps,
  BackupCodeDownloadProps,
  BackupCodeListProps,
} from './backup-code-download.js';
export { BackupCodes, BackupCodesOffer } from './backup-codes.js';
export type { BackupCodesOfferProps, BackupCodesProps } from './backup-codes.js';
