'use client';
/** `@account-center/ui/totp`: set up an authenticator app (QR code, secret key, code check). */
export { TotpQrCode, TotpSecretKey, TotpSetup } from './totp-setup.js';
export type { TotpQrCodeProps, TotpSecretKeyProps, TotpSetupProps } from './totp-setup.js';
