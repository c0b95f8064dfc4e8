'use client';
/** `@account-center/ui/totp`: set up an authenticator app (QR code, secret key, code check); the section's parts. */
export { TotpSetup } from './totp-setup.js';
export {
  Totp,
  TotpActions,
  TotpAdd,
  TotpContent,
  TotpDescription,
  TotpHeader,
  TotpLastFactorNote,
  TotpQrCode,
  TotpReadOnlyNote,
  TotpRemove,
  TotpRoot,
  TotpSecretKey,
  TotpSetupPanel,
  TotpStatus,
  TotpTitle,
} from './totp.js';
export type { TotpSetupProps } from './totp-setup.js';
export type {
  TotpButtonProps,
  TotpFactor,
  TotpQrCodeProps,
  TotpRootProps,
  TotpSecretKeyProps,
  TotpSetupPanelProps,
  TotpStatusDetails,
  TotpStatusProps,
  TotpTitleProps,
} from './totp.js';
