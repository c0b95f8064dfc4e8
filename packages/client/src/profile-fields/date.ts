/**
 * The date patterns a Date profile field can carry (facts §1: `MM/dd/yyyy | dd/MM/yyyy |
 * yyyy-MM-dd`, or date-fns tokens in `customFormat`), parsed and formatted without a date
 * library. Logto's own pages check a value with date-fns `parse` then `format` and accept it only
 * when the round trip gives the same string; this does the same for the tokens a date can use.
 */

/** One piece of a pattern: a token or literal text. */
type Piece =
  | { kind: 'year'; width: number }
  | { kind: 'month'; width: number }
  | { kind: 'day'; width: number }
  | { kind: 'text'; value: string };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Split a date-fns pattern into pieces; `undefined` when it uses a token this parser does not know
 * (time, week, era…): such a value cannot be checked here. Quoted text (`'at'`, `''`) is literal.
 */
function tokenize(pattern: string): Piece[] | undefined {
  const pieces: Piece[] = [];
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index]!;
    if (char === "'") {
      if (pattern[index + 1] === "'") {
        pieces.push({ kind: 'text', value: "'" });
        index += 2;
        continue;
      }
      const end = pattern.indexOf("'", index + 1);
      if (end < 0) return undefined;
      pieces.push({ kind: 'text', value: pattern.slice(index + 1, end).replaceAll("''", "'") });
      index = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(char)) {
      let width = 1;
      while (pattern[index + width] === char) width += 1;
      index += width;
      if (char === 'y' && width <= 4) pieces.push({ kind: 'year', width });
      else if ((char === 'M' || char === 'L') && width <= 4) pieces.push({ kind: 'month', width });
      else if (char === 'd' && width <= 2) pieces.push({ kind: 'day', width });
      else return undefined;
      continue;
    }
    pieces.push({ kind: 'text', value: char });
    index += 1;
  }
  return pieces;
}

/** Whether this parser can check and write dates in `pattern`. */
export function isSupportedDatePattern(pattern: string): boolean {
  return tokenize(pattern) !== undefined;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * Write `date` (its local calendar day) in a date-fns `pattern`; `undefined` for a pattern with
 * tokens this module does not handle.
 *
 * @example
 * formatDateValue(new Date(1990, 11, 10), 'MM/dd/yyyy'); // '12/10/1990'
 */
export function formatDateValue(date: Date, pattern: string): string | undefined {
  const pieces = tokenize(pattern);
  if (!pieces || Number.isNaN(date.getTime())) return undefined;
  const year = date.getFullYear();
  const month = date.getMonth();
  const day = date.getDate();
  return pieces
    .map((piece) => {
      switch (piece.kind) {
        case 'text':
          return piece.value;
        case 'year':
          // date-fns: `yy` is the last two digits, `y` unpadded, `yyy`/`yyyy` padded.
          return piece.width === 2 ? pad(year % 100, 2) : pad(year, piece.width);
        case 'month':
          return piece.width >= 3
            ? piece.width === 3
              ? MONTHS[month]!.slice(0, 3)
              : MONTHS[month]!
            : pad(month + 1, piece.width);
        case 'day':
          return pad(day, piece.width);
      }
    })
    .join('');
}

const escape = (text: string) => text.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');

/**
 * Read `text` written in a date-fns `pattern` as a local date (midnight). `undefined` when it does
 * not match, names no real day (`02/30/2024`), or does not write back to the same string: the
 * check Logto's pages make (`format(parse(value)) === value`), so `1/5/2024` is refused for
 * `MM/dd/yyyy`.
 *
 * @example
 * parseDateValue('14.02.2020', 'dd.MM.yyyy'); // Date: 14 February 2020
 */
export function parseDateValue(text: string, pattern: string): Date | undefined {
  const pieces = tokenize(pattern);
  if (!pieces) return undefined;
  const source = pieces
    .map((piece) => {
      if (piece.kind === 'text') return escape(piece.value);
      if (piece.kind === 'month' && piece.width >= 3) return '([A-Za-z]+)';
      return piece.kind === 'year' && piece.width !== 2 ? '(\\d+)' : '(\\d{1,2})';
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(text);
  if (!match) return undefined;
  let year = 1970;
  let month = 0;
  let day = 1;
  let group = 1;
  for (const piece of pieces) {
    if (piece.kind === 'text') continue;
    const value = match[group++]!;
    if (piece.kind === 'year') {
      year = Number(value);
      // date-fns reads a two-digit year into the century closest to today.
      if (piece.width === 2) {
        const now = new Date().getFullYear();
        year += Math.floor(now / 100) * 100;
        if (year > now + 50) year -= 100;
        else if (year <= now - 50) year += 100;
      }
    } else if (piece.kind === 'month') {
      month =
        piece.width >= 3
          ? MONTHS.findIndex(
              (name) =>
                (piece.width === 3 ? name.slice(0, 3) : name).toLowerCase() === value.toLowerCase(),
            )
          : Number(value) - 1;
    } else day = Number(value);
  }
  if (month < 0 || month > 11 || day < 1) return undefined;
  const date = new Date(2000, month, day);
  date.setFullYear(year, month, day);
  if (date.getMonth() !== month || date.getDate() !== day) return undefined;
  return formatDateValue(date, pattern) === text ? date : undefined;
}
