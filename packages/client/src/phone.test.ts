import { describe, expect, it } from 'vitest';
import { toAsciiDigits, toPhoneDigits } from './phone.js';

describe('toPhoneDigits', () => {
  it('keeps only the digits of a formatted number', () => {
    expect(toPhoneDigits('+1 (555) 555-0123')).toBe('15555550123');
    expect(toPhoneDigits('+44 20 7946 0958')).toBe('442079460958');
  });

  it('reads Arabic-Indic digits as the digits they are', () => {
    expect(toPhoneDigits('+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧')).toBe('966501234567');
  });

  it('reads Persian (extended Arabic-Indic) digits too', () => {
    expect(toPhoneDigits('+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹')).toBe('989123456789');
  });

  it('reads full-width digits and plus sign', () => {
    expect(toAsciiDigits('＋８１ ９０')).toBe('+81 90');
    expect(toPhoneDigits('＋８１ ９０-１２３４-５６７８')).toBe('819012345678');
  });
});
