import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, isValidTotpSecret, totpCode, verifyTotpCode } from './totp.js';

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 appendix B, SHA-1 seed "12345678901234567890", last 6 digits.
  const rfcSecret = base32Encode(new TextEncoder().encode('12345678901234567890'));
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('matches the RFC vector at T=%i', async (seconds, code) => {
    expect(await totpCode(rfcSecret, seconds * 1000)).toBe(code);
  });

  it('validates the recorded code 879646 for the recorded secret at 2026-11-26T22:26:01.036Z', async () => {
    const at = Date.parse('2026-11-26T22:26:01.036Z');
    expect(await totpCode('JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ', at)).toBe('879646');
    expect(await verifyTotpCode('JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ', '879646', at + 30_000)).toBe(
      true,
    );
    expect(await verifyTotpCode('JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ', '879646', at + 90_000)).toBe(
      false,
    );
  });

  it('accepts whole 8-char groups of 16–32 chars only (§6.8)', () => {
    expect(isValidTotpSecret('ABCDEFGHIJKLMNOP')).toBe(true);
    expect(isValidTotpSecret('ABCDEFGHIJKLMNOPQRSTUVWX')).toBe(true);
    expect(isValidTotpSecret('JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ')).toBe(true);
    expect(isValidTotpSecret('ABCDEFGHIJKLMNOPQRST')).toBe(false);
    expect(isValidTotpSecret('ABCDEFGHIJKLMNOPQRST====')).toBe(true);
    expect(isValidTotpSecret('abcdefghijklmnop')).toBe(false);
    expect(isValidTotpSecret('ABCDEFGH')).toBe(false);
    expect(isValidTotpSecret('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGH')).toBe(false);
  });

  it('round-trips base32', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(20));
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
  });
});
