/** Random ids shaped like Logto's (`generateStandardId`: lower-case alphanumerics). */

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random lower-case alphanumeric string; 21 chars like Logto's record ids by default. */
export function randomId(length = 21): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/** Random bytes as lower-case hex. */
export function randomHex(byteLength: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(byteLength)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** base64url without padding (WebAuthn ids and challenges). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random decimal code (verification codes are 6 digits). */
export function randomDigits(length: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(length)), (byte) =>
    String(byte % 10),
  ).join('');
}
