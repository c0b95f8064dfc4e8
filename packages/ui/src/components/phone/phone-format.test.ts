import { describe, expect, it } from 'vitest';
import { formatPhoneDigits } from './phone-display.js';
import {
  PHONE_REGIONS,
  callingCode,
  parseInternational,
  parsePhone,
  regionOf,
} from './phone-format.js';

describe('calling codes', () => {
  it('lists every ITU region once, with its calling code', () => {
    expect(PHONE_REGIONS).toHaveLength(245);
    expect(new Set(PHONE_REGIONS.map(({ region }) => region)).size).toBe(245);
    expect(callingCode('KR')).toBe('82');
    expect(callingCode('JE')).toBe('44');
    expect(callingCode('VA')).toBe('39');
    expect(callingCode('SJ')).toBe('47');
    expect(callingCode('BL')).toBe('590');
    expect(callingCode('ZZ')).toBeUndefined();
  });

  it('gives a shared code its main region unless the number says more', () => {
    expect(regionOf('1', '6502530000')).toBe('US');
    expect(regionOf('1', '4165550123')).toBe('CA');
    expect(regionOf('1', '8765551234')).toBe('JM');
    expect(regionOf('7', '9123456789')).toBe('RU');
    expect(regionOf('7', '7011234567')).toBe('KZ');
    expect(regionOf('44', '2079460958')).toBe('GB');
    expect(regionOf('39', '0612345678')).toBe('IT');
    expect(regionOf('47', '41234567')).toBe('NO');
    expect(regionOf('590', '690001234')).toBe('GP');
  });
});

describe('parsePhone', () => {
  it('reads a NANP number with punctuation and an optional leading 1', () => {
    const expected = { region: 'US', code: '1', national: '6502530000', digits: '16502530000' };
    expect(parsePhone('(650) 253-0000', 'US')).toEqual(expected);
    expect(parsePhone('1 650.253.0000', 'US')).toEqual(expected);
    expect(parsePhone('416-555-0123', 'CA')).toMatchObject({ digits: '14165550123' });
  });

  it('drops the trunk 0 where the country uses one, and keeps it in Italy', () => {
    expect(parsePhone('020 7946 0958', 'GB')).toMatchObject({ digits: '442079460958' });
    expect(parsePhone('07911 123456', 'GB')).toMatchObject({ digits: '447911123456' });
    expect(parsePhone('06 12 34 56 78', 'FR')).toMatchObject({ digits: '33612345678' });
    expect(parsePhone('06 1234 5678', 'IT')).toMatchObject({ digits: '390612345678' });
    expect(parsePhone('8 912 345-67-89', 'RU')).toMatchObject({ digits: '79123456789' });
  });

  it('reads a Korean mobile number', () => {
    expect(parsePhone('010-2345-6789', 'KR')).toEqual({
      region: 'KR',
      code: '82',
      national: '1023456789',
      digits: '821023456789',
    });
    expect(parsePhone('02-1234-5678', 'KR')).toMatchObject({ digits: '82212345678' });
  });

  it('takes a pasted international number whatever country is selected', () => {
    const london = { region: 'GB', code: '44', national: '2079460958', digits: '442079460958' };
    expect(parsePhone('+44 20 7946 0958', 'US')).toEqual(london);
    expect(parsePhone('0044 20 7946 0958', 'KR')).toEqual(london);
    expect(parsePhone('+44 (0)20 7946 0958', 'FR')).toEqual(london);
    expect(parsePhone('011 44 20 7946 0958', 'US')).toEqual(london);
    expect(parseInternational('0044 20 7946 0958')?.region).toBe('GB');
    expect(parseInternational('020 7946 0958', 'GB')).toBeUndefined();
  });

  it('detects the region behind a shared calling code', () => {
    expect(parsePhone('+7 912 345 67 89', 'US')).toMatchObject({ region: 'RU' });
    expect(parsePhone('+7 701 123 4567', 'US')).toMatchObject({
      region: 'KZ',
      digits: '77011234567',
    });
    expect(parsePhone('+1 876 555 1234', 'GB')).toMatchObject({ region: 'JM' });
  });

  it('accepts Arabic-Indic and full-width digits', () => {
    expect(parsePhone('٠١٠٢٣٤٥٦٧٨٩', 'KR')).toMatchObject({ digits: '821023456789' });
    expect(parsePhone('＋４４２０７９４６０９５８', 'US')).toMatchObject({
      digits: '442079460958',
    });
  });

  it('refuses numbers that are too short or too long', () => {
    expect(parsePhone('12', 'US')).toBe('tooShort');
    expect(parsePhone('650 253 00001', 'US')).toBe('tooLong');
    expect(parsePhone('010-234', 'KR')).toBe('tooShort');
    expect(parsePhone('020 7946 09581', 'GB')).toBe('tooLong');
    // No per-country rule: E.164's bounds (national ≥ 4, total ≤ 15).
    expect(parsePhone('123', 'DE')).toBe('tooShort');
    expect(parsePhone('1234', 'DE')).toMatchObject({ digits: '491234' });
    expect(parsePhone('1234567890123', 'DE')).toMatchObject({ digits: '491234567890123' });
    expect(parsePhone('12345678901234', 'DE')).toBe('tooLong');
  });

  it('refuses what is not a phone number', () => {
    expect(parsePhone('', 'US')).toBe('invalid');
    expect(parsePhone('call me', 'US')).toBe('invalid');
    expect(parsePhone('650 253 0000 ext. 12', 'US')).toBe('invalid');
    expect(parsePhone('+999 1234 5678', 'US')).toBe('invalid');
    expect(parsePhone('650+2530000', 'US')).toBe('invalid');
    expect(parsePhone('+0 20 7946 0958', 'GB')).toBe('invalid');
    expect(parsePhone('1234', 'ZZ')).toBe('invalid');
  });
});

describe('parsePhone then formatPhoneDigits', () => {
  it('shows a pasted number the way it was written', () => {
    const parsed = parsePhone('+44 20 7946 0958', 'US');
    expect(typeof parsed === 'string' ? parsed : formatPhoneDigits(parsed.digits)).toBe(
      '+44 20 7946 0958',
    );
  });
});
