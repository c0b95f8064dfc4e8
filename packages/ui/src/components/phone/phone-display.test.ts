import { describe, expect, it } from 'vitest';
import { formatPhoneDigits, isolateLtr, splitCallingCode } from './phone-display.js';
import { PHONE_REGIONS } from './phone-format.js';

describe('formatPhoneDigits', () => {
  it('formats NANP numbers with hyphens', () => {
    expect(formatPhoneDigits('16502530000')).toBe('+1 650-253-0000');
    expect(formatPhoneDigits('14165550123')).toBe('+1 416-555-0123');
  });

  it('uses the well-known national patterns', () => {
    expect(formatPhoneDigits('442079460958')).toBe('+44 20 7946 0958');
    expect(formatPhoneDigits('447911123456')).toBe('+44 7911 123456');
    expect(formatPhoneDigits('441212345678')).toBe('+44 121 234 5678');
    expect(formatPhoneDigits('821023456789')).toBe('+82 10 2345 6789');
    expect(formatPhoneDigits('82212345678')).toBe('+82 2 1234 5678');
    expect(formatPhoneDigits('79123456789')).toBe('+7 912 345 67 89');
    expect(formatPhoneDigits('33612345678')).toBe('+33 6 12 34 56 78');
    expect(formatPhoneDigits('493012345678')).toBe('+49 30 12345678');
    expect(formatPhoneDigits('491711234567')).toBe('+49 171 1234567');
    expect(formatPhoneDigits('819012345678')).toBe('+81 90 1234 5678');
    expect(formatPhoneDigits('8613800138000')).toBe('+86 138 0013 8000');
    expect(formatPhoneDigits('919876543210')).toBe('+91 98765 43210');
    expect(formatPhoneDigits('5511912345678')).toBe('+55 11 91234 5678');
    expect(formatPhoneDigits('61412345678')).toBe('+61 412 345 678');
    expect(formatPhoneDigits('61298765432')).toBe('+61 2 9876 5432');
  });

  it('groups other numbers in blocks of 3 and 4', () => {
    expect(formatPhoneDigits('6591234567')).toBe('+65 9123 4567');
    expect(formatPhoneDigits('48123456789')).toBe('+48 123 456 789');
    expect(formatPhoneDigits('3726123456')).toBe('+372 612 3456');
    expect(formatPhoneDigits('2348012345678')).toBe('+234 801 234 5678');
  });

  it('splits any calling code by the E.164 zone rules, even an unassigned one', () => {
    expect(splitCallingCode('16502530000')).toEqual({ code: '1', national: '6502530000' });
    expect(splitCallingCode('821023456789')).toEqual({ code: '82', national: '1023456789' });
    expect(splitCallingCode('3531234567')).toEqual({ code: '353', national: '1234567' });
    expect(splitCallingCode('0123')).toBeUndefined();
    for (const { code } of PHONE_REGIONS)
      expect(splitCallingCode(`${code}12345678`)?.code).toBe(code);
    expect(formatPhoneDigits('999123456')).toBe('+999 123 456');
    expect(formatPhoneDigits('1')).toBe('+1');
  });
});

describe('isolateLtr', () => {
  it('isolates a number only in right-to-left locales', () => {
    expect(isolateLtr('+82 10 2345 6789', 'rtl')).toBe('\u2066+82 10 2345 6789\u2069');
    expect(isolateLtr('+82 10 2345 6789', 'ltr')).toBe('+82 10 2345 6789');
    expect(isolateLtr('', 'rtl')).toBe('');
  });
});
