'use client';
/** `@account-center/ui/backup-codes`: generate, show, copy and download backup codes; the section's parts. */
export { BackupCodeActions, BackupCodeDownload, BackupCodeList } from './backup-code-download.js';
export type {
  BackupCodeActionsProps,
  BackupCodeDownloadProps,
  BackupCodeListProps,
} from './backup-code-download.js';
export {
  BackupCodes,
  BackupCodesActions,
  BackupCodesContent,
  BackupCodesDescription,
  BackupCodesGenerate,
  BackupCodesHeader,
  BackupCodesList,
  BackupCodesOtherFactorNote,
  BackupCodesReadOnlyNote,
  BackupCodesRoot,
  BackupCodesSetupPanel,
  BackupCodesShow,
  BackupCodesStatus,
  BackupCodesTitle,
} from './backup-codes.js';
export { BackupCodesOffer } from './backup-codes-offer.js';
export type {
  BackupCodesButtonProps,
  BackupCodesListProps,
  BackupCodesProps,
  BackupCodesRootProps,
  BackupCodesSetupPanelProps,
  BackupCodesStatusDetails,
  BackupCodesStatusProps,
  BackupCodesTitleProps,
} from './backup-codes.js';
export type { BackupCodesOfferProps } from './backup-codes-offer.js';
