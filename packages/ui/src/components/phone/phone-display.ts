/**
 * Phone numbers for display, without a phone library: stored digits (E.164 without "+", §12) as
 * `+1 650-253-0000`, `+44 20 7946 0958`, `+82 10 2345 6789`, isolated in right-to-left locales.
 * Kept apart from the region table and parser (`phone-format.ts`, only `PhoneChange` needs them)
 * because the step-up dialog shows phones too.
 */
import { useI18n } from '../../i18n/i18n-provider.js';

/**
 * A calling code's length follows from its first digits (ITU-T E.164 zones): 1 and 7 alone, these
 * two-digit codes, else three digits.
 */
const CALLING_CODE = /^(?:[17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|[2-9]\d\d)/;

/**
 * Display patterns: calling code, national-number prefix (regex), group sizes (`*` = the rest);
 * the first rule whose prefix and length fit wins, else generic blocks of 3/4.
 */
const PATTERNS = (
  '7,,3322;33,,12222;34,,3222;41,,2322;90,,3322;31,6,18;39,0[26],244;' +
  '44,7,46;44,2,244;44,1[0-9]1|11,334;44,1,46;44,1,45;44,[389],334;' +
  '49,1[5-7],3*;49,30|40|69|89,2*;81,[789]0,244;81,[36],144;81,,234;' +
  '82,1|[3-6],244;82,1|[3-6],234;82,2,144;82,2,134;86,1,344;86,10|2,244;' +
  '91,,55;55,,254;55,,244;61,4,333;61,,144;52,33|55|81,244'
)
  .split(';')
  .map((rule) => rule.split(','));

/** Calling code and national number of E.164 digits; `undefined` when they don't start with one. */
export function splitCallingCode(digits: string): { code: string; national: string } | undefined {
  const code = CALLING_CODE.exec(digits)?.[0];
  return code ? { code, national: digits.slice(code.length) } : undefined;
}

/** Group sizes for a national number: a known pattern, else blocks of 3 ending in 4s. */
function groupsOf(code: string, national: string): number[] {
  const length = national.length;
  for (const [ruleCode, prefix = '', shape = ''] of PATTERNS) {
    if (ruleCode !== code || !new RegExp(`^(?:${prefix})`).test(national)) continue;
    const sizes = [...shape.replace('*', '')].map(Number);
    const sum = sizes.reduce((total, size) => total + size, 0);
    if (shape.endsWith('*') ? sum < length : sum === length) {
      return shape.endsWith('*') ? [...sizes, length - sum] : sizes;
    }
  }
  if (length <= 4) return [length];
  if (length === 5) return [2, 3];
  const tail = [[], [4], [4, 4]][length % 3] ?? [];
  const head = (length - tail.length * 4) / 3;
  return [...Array.from({ length: head }, () => 3), ...tail];
}

/**
 * Stored digits (E.164 without "+", §12) as a readable international number:
 * `+1 650-253-0000`, `+44 20 7946 0958`, `+82 10 2345 6789`. Unknown codes stay `+digits`.
 */
export function formatPhoneDigits(digits: string): string {
  const split = splitCallingCode(digits);
  if (!split?.national) return `+${digits}`;
  const { code, national } = split;
  let offset = 0;
  const groups = groupsOf(code, national).map((size) => national.slice(offset, (offset += size)));
  return `+${code} ${groups.join(code === '1' && national.length === 10 ? '-' : ' ')}`;
}

/**
 * Text as a left-to-right isolate (U+2066 … U+2069) in right-to-left locales, so `+82 10 …` is
 * not reordered inside an Arabic or Hebrew sentence; unchanged in left-to-right ones.
 */
export function isolateLtr(text: string, dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' && text ? `\u2066${text}\u2069` : text;
}

/** A stored phone for display in the UI locale's direction; `''` when there is none. */
export function useDisplayPhone(digits: string | null | undefined): string {
  const { dir } = useI18n();
  return digits ? isolateLtr(formatPhoneDigits(digits), dir) : '';
}
