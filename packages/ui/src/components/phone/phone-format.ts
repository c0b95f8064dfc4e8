/**
 * Phone number entry without a phone library (`libphonenumber-js/min` alone cost ~30 kB gzip, half
 * the kit's budget): the ITU calling code of every region, national-number entry (punctuation,
 * trunk prefix, pasted `+`/`00` numbers) and length checks. The server stays the authority: it
 * answers `422 user.invalid_phone` for what it can't parse, and phones go over the wire as digits
 * only (§12). Small enough to load statically; display lives in `phone-display.ts`.
 */
import { toAsciiDigits } from '@account-center/client/helpers';
import { splitCallingCode } from './phone-display.js';

/**
 * Every region (ISO 3166 alpha-2) with an ITU calling code, in calling-code order, packed: a
 * region with digits starts that code; an upper-case one without digits has the previous code
 * plus one; a lower-case one shares the previous code. So the upper-case region of a shared code
 * is its main one (1 → US, 7 → RU, 44 → GB, 39 → IT), used when nothing more specific is known.
 */
const REGIONS =
  'US1caagaiasbbbmbsdmdogdgujmknkylcmpmsprsxtcttvcvgviRU7kzEG20ZA27GR30NLBEFRESHU36IT39vaROCH' +
  'AT43GBggimjeDKSENOsjPLDEPE51MXCUARBRCLCOVEMY60AUcccxIDPHNZSGTHJP81KRVN84CN86TR90INPKAFLKMM' +
  'IR98SS211MAehDZTN216LY218GM220SNMRMLGNCIBFNETGBJMULRSLGHNGTDCFCMCVSTGQGACGCDAOGWIOACSCSDRW' +
  'ETSODJKETZUGBIMZZM260MGREytZWNAMWLSBWSZKMSH290taERAW297FOGLGI350PTLUIEISALMTCYFIaxBGLT370' +
  'LVEEMDAMBYADMCSMUA380RSMEXKHR385SIBAMK389CZ420SKLI423FK500BZGTSVHNNICRPAPMHTGP590blmfBOGY' +
  'ECGFPYMQSRUYCWbqTL670NF672BNNRPGTOSBVUFJPWWFCKNUWS685KINCTVPFTKFMMHKP850HK852MOKH855LABD880' +
  'TW886MV960LBJOSYIQKWSAYEOMPS970AEILBHQABTMNNPTJ992TMAZGEKGUZ998';

/** NANP members other than the US, by area code (three digits each). */
const NANP_AREAS =
  'CA204226236249250257263289306343354365367368382387403416418428431437438450460468474506514' +
  '519548579581584587604613639647672683705709742753778780782807819825867873879902905942,AG268,' +
  'AI264,AS684,BB246,BM441,BS242,DM767,DO809829849,GD473,GU671,JM876658,KN869,KY345,LC758,' +
  'MP670,MS664,PR787939,SX721,TC649,TT868,VC784,VG284,VI340';

/** Where a leading 0 belongs to the number itself; elsewhere it is the trunk prefix. */
const KEEP_ZERO = new Set(['IT', 'SM', 'VA', 'BF', 'BJ', 'CG', 'CI', 'GA', 'NE']);

/**
 * National significant number lengths (min-max) for the most common countries; the rest get
 * E.164's bounds (≥ 4 national digits, ≤ 15 in all).
 */
const LENGTHS: Record<string, string> = {
  1: '10',
  7: '10',
  31: '9',
  33: '9',
  34: '9',
  44: '9-10',
  48: '9',
  52: '10',
  55: '10-11',
  61: '9',
  81: '9-10',
  82: '8-10',
  86: '9-12',
  91: '10',
};

export interface PhoneRegion {
  /** ISO 3166 alpha-2. */
  region: string;
  /** The ITU calling code, digits only. */
  code: string;
}

const regions: PhoneRegion[] = [];
/** Every region with a calling code, main regions of shared codes first. */
export const PHONE_REGIONS: readonly PhoneRegion[] = regions;
const codeOfRegion = new Map<string, string>();
const mainRegion = new Map<string, string>();
let previous = 0;
for (const [, packed = '', digits] of REGIONS.matchAll(/([A-Za-z]{2})(\d*)/g)) {
  const region = packed.toUpperCase();
  previous = digits ? Number(digits) : previous + Number(region === packed);
  const code = String(previous);
  regions.push({ region, code });
  codeOfRegion.set(region, code);
  if (region === packed) mainRegion.set(code, region);
}
const nanpRegion = new Map<string, string>();
for (const [, region = '', areas = ''] of NANP_AREAS.matchAll(/([A-Z]{2})(\d+)/g)) {
  for (let index = 0; index < areas.length; index += 3) {
    nanpRegion.set(areas.slice(index, index + 3), region);
  }
}

/** The calling code of a region, if it has one. */
export function callingCode(region: string): string | undefined {
  return codeOfRegion.get(region);
}

/** The region a number belongs to: the NANP area code, +7 6xx/7xx for KZ, else the main one. */
export function regionOf(code: string, national: string): string | undefined {
  if (code === '1') return nanpRegion.get(national.slice(0, 3)) ?? 'US';
  if (code === '7' && /^[67]/.test(national)) return 'KZ';
  return mainRegion.get(code);
}

/** Why a typed number was refused before sending. */
export type PhoneProblem = 'invalid' | 'tooShort' | 'tooLong';

export interface ParsedPhone {
  /** The region the number is for (the detected one for `+`/`00` input). */
  region: string;
  code: string;
  national: string;
  /** What the API takes: E.164 without "+" (§12). */
  digits: string;
}

/**
 * A `+`/`00` (or, in NANP regions, `011`) international number: its region and digits.
 * `undefined` when the input is national or its calling code is unknown.
 */
export function parseInternational(
  input: string,
  region = '',
): { region: string; code: string; national: string } | undefined {
  const typed = toAsciiDigits(input).trim();
  const digits = typed.replace(/\D/g, '');
  const prefix = typed.startsWith('+')
    ? 0
    : digits.startsWith('00')
      ? 2
      : callingCode(region) === '1' && digits.startsWith('011')
        ? 3
        : -1;
  if (prefix < 0) return undefined;
  const split = splitCallingCode(digits.slice(prefix));
  if (!split) return undefined;
  const detected = regionOf(split.code, split.national);
  return detected ? { ...split, region: detected } : undefined;
}

/**
 * A typed number in `region` (or a pasted international one) as E.164 digits, or why not:
 * punctuation and spaces dropped, the trunk prefix removed (0 in most of the world, 1 in NANP,
 * 8 in RU/KZ; `+44 (0)20…` too), and the length checked.
 */
export function parsePhone(input: string, region: string): ParsedPhone | PhoneProblem {
  const typed = toAsciiDigits(input).trim();
  if (!/^\+?[\d\s().\-‐–—/]+$/.test(typed)) return 'invalid';
  const international = parseInternational(typed, region);
  if (/^\+|^00/.test(typed) && !international) return 'invalid';
  const code = international?.code ?? callingCode(region);
  if (!code) return 'invalid';
  const target = international?.region ?? region;
  let national = international?.national ?? typed.replace(/\D/g, '');
  if (!international && national.length === 11) {
    if (code === '1' && national.startsWith('1')) national = national.slice(1);
    if (code === '7' && national.startsWith('8')) national = national.slice(1);
  }
  if (national.startsWith('0') && !KEEP_ZERO.has(target)) national = national.slice(1);
  if (national.startsWith('0') && !KEEP_ZERO.has(target)) return 'invalid';
  const known = LENGTHS[code]?.split('-').map(Number);
  if (national.length < (known?.[0] ?? 4)) return 'tooShort';
  if (national.length > (known?.[1] ?? known?.[0] ?? 15 - code.length)) return 'tooLong';
  return { region: target, code, national, digits: code + national };
}
