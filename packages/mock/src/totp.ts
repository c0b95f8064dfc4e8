/**
 * RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30-second steps) on WebCrypto, so it runs in Node and in
 * browsers. Logto validates a code within ±1 step (§6.8).
 */

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const STEP_SECONDS = 30;

/**
 * Logto's secret rule (§6.8): upper-case base32 in whole 8-char groups (the last one may be
 * `=`-padded), 16–32 chars in total. So 16/24/32 unpadded pass and 20 unpadded does not.
 */
export function isValidTotpSecret(secret: string): boolean {
  return (
    /^(?:[A-Z2-7]{8})*(?:[A-Z2-7]{2}={6}|[A-Z2-7]{4}={4}|[A-Z2-7]{5}={3}|[A-Z2-7]{7}=|[A-Z2-7]{8})$/.test(
      secret,
    ) &&
    secret.length >= 16 &&
    secret.length <= 32
  );
}

/** Decodes RFC 4648 base32 (padding ignored). */
export function base32Decode(input: string): Uint8Array {
  const clean = input.replace(/=+$/, '').toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32_ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`Invalid base32 character: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

/** Encodes bytes as unpadded upper-case base32 (20 bytes → 32 chars, like Logto's secrets). */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** A fresh secret: 20 random bytes as 32 base32 chars (§6.8). */
export function generateTotpSecret(): string {
  return base32Encode(crypto.getRandomValues(new Uint8Array(20)));
}

/** The 6-digit TOTP code of `secret` at `time` (epoch ms). */
export async function totpCode(secret: string, time: number): Promise<string> {
  return hotp(base32Decode(secret), Math.floor(time / 1000 / STEP_SECONDS));
}

/** True when `code` matches the step of `time` or one step either side. */
export async function verifyTotpCode(secret: string, code: string, time: number): Promise<boolean> {
  const key = base32Decode(secret);
  const step = Math.floor(time / 1000 / STEP_SECONDS);
  for (const candidate of [step - 1, step, step + 1]) {
    if ((await hotp(key, candidate)) === code) return true;
  }
  return false;
}

/** RFC 4226 HOTP with dynamic truncation. */
async function hotp(key: Uint8Array, counter: number): Promise<string> {
  const message = new Uint8Array(8);
  const view = new DataView(message.buffer);
  view.setUint32(0, Math.floor(counter / 0x100000000));
  view.setUint32(4, counter >>> 0);
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    key as BufferSource,
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, message));
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary =
    ((mac[offset]! & 0x7f) << 24) |
    (mac[offset + 1]! << 16) |
    (mac[offset + 2]! << 8) |
    mac[offset + 3]!;
  return String(binary % 1_000_000).padStart(6, '0');
}
