/** TOTP helper: the key URI authenticator apps read from a QR code (contract §6.8). */

/**
 * Build `otpauth://totp/<issuer>:<account>?secret=<secret>&issuer=<issuer>`, the URI Logto's own
 * account UI encodes in its QR code (§6.8); issuer and account are URI-encoded.
 *
 * @example
 * buildOtpAuthUri({ issuer: 'Acme', account: 'ada@example.com', secret: 'JBSWY3DPEHPK3PXP' });
 * // 'otpauth://totp/Acme:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme'
 */
export function buildOtpAuthUri(input: {
  issuer: string;
  account: string;
  secret: string;
}): string {
  const issuer = encodeURIComponent(input.issuer);
  const label = `${issuer}:${encodeURIComponent(input.account)}`;
  return `otpauth://totp/${label}?secret=${encodeURIComponent(input.secret)}&issuer=${issuer}`;
}
