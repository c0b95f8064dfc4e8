/** Arabic-Indic, Persian and full-width digits (and "＋") as ASCII: each ends in its value's nibble. */
export function toAsciiDigits(input: string): string {
  return input
    .replace(/[٠-٩۰-۹０-９]/g, (digit) => String(digit.charCodeAt(0) & 15))
    .replace(/＋/g, '+');
}

/**
 * A phone number as the Account API takes it, digits only (§12), whatever digits were typed:
 * `+1 (555) 555-0123` → `15555550123`, `+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧` → `966501234567`.
 */
export function toPhoneDigits(phone: string): string {
  return toAsciiDigits(phone).replace(/\D/g, '');
}
