/**
 * The locale-bound helpers behind `useI18n()`: message lookup with `{placeholder}` filling and
 * plural selection, error and password-issue wording, and `Intl` date/number/list formatting.
 * Pure and React-free, so it also serves tests and non-React callers.
 */
import { isQuietError } from '@account-center/client';
import type {
  ErrorLike,
  MessageOverrides,
  MessageValues,
  Messages,
  PasswordIssue,
  PluralMessage,
  Translate,
} from './types.js';

export type DateInput = Date | string | number;

export interface I18n {
  /** The BCP 47 tag used for `Intl` formatting. */
  locale: string;
  /** Text direction of the locale, for the kit root's `dir`. */
  dir: 'ltr' | 'rtl';
  /** The message for a key, placeholders filled; plural keys need `{ count }`. */
  t: Translate;
  /** User-facing text for any error: a known `code` first, then the server's `message`, then a generic line. */
  formatError: (error: unknown) => string;
  /** One `password.rejected` issue as a rule of the password checklist. */
  passwordIssueMessage: (issue: PasswordIssue) => string;
  /** A date, `dateStyle: 'medium'` unless options say otherwise. */
  formatDate: (value: DateInput, options?: Intl.DateTimeFormatOptions) => string;
  /** A date and time, `dateStyle: 'medium', timeStyle: 'short'` unless options say otherwise. */
  formatDateTime: (value: DateInput, options?: Intl.DateTimeFormatOptions) => string;
  /** "3 days ago", "in 2 hours", "yesterday", in the best-fitting unit. */
  formatRelativeTime: (value: DateInput, now?: DateInput) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  formatList: (items: readonly string[], options?: Intl.ListFormatOptions) => string;
  /**
   * The same helpers with `defaults` under the catalogue: areas the catalogue lacks (English
   * ships some areas with their components, see `locales/en.ts`) come from `defaults`; the
   * catalogue and the overrides still win.
   */
  extend: (defaults: Partial<Messages>) => I18n;
}

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/** `rtl` for Arabic, Hebrew, Persian, Urdu and the like. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  const language = locale.toLowerCase().split('-')[0] ?? '';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

const formatterCache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, create: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let formatter = formatterCache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatterCache.set(key, formatter);
  }
  return formatter;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPluralMessage(value: unknown): value is PluralMessage {
  return isRecord(value) && typeof value.other === 'string';
}

/** Walks a dot path through own properties only (server codes must not reach `Object.prototype`). */
function lookup(messages: unknown, path: string): unknown {
  let node = messages;
  for (const part of path.split('.')) {
    if (!isRecord(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** Overrides replace leaves (a plural object is one leaf); groups merge. */
function mergeMessages(
  base: Record<string, unknown>,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = result[key];
    result[key] =
      isRecord(value) && !isPluralMessage(value) && isRecord(current) && !isPluralMessage(current)
        ? mergeMessages(current, value)
        : value;
  }
  return result;
}

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

const RELATIVE_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

// Explicit direction marks and controls, and strong right-to-left letters (Hebrew, Arabic, Syriac,
// Thaana, N'Ko, …, and their presentation forms).
const BIDI_SENSITIVE =
  /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const ISOLATE_INITIATORS = new Set(['\u2066', '\u2067', '\u2068']);
const PDI = '\u2069';

/**
 * `value` with its isolates balanced: a PDI with no initiator before it is dropped (it could
 * close the isolate around the value), an initiator left open is closed. `whole` says whether the
 * value is already one isolate from its first to its last character (e.g. an LTR-isolated phone
 * number, which then stays as it is).
 */
function balanceIsolates(value: string): { text: string; whole: boolean } {
  let depth = 0;
  let text = '';
  // Where the first top-level isolate closed (in `text`), if the value starts with one.
  let firstClosed = -1;
  for (const char of value) {
    if (ISOLATE_INITIATORS.has(char)) depth += 1;
    else if (char === PDI) {
      if (depth === 0) continue;
      depth -= 1;
      if (depth === 0 && firstClosed < 0) firstClosed = text.length;
    }
    text += char;
  }
  const closed = text + PDI.repeat(depth);
  const whole =
    ISOLATE_INITIATORS.has(closed[0] ?? '') &&
    // Never closed inside the value: the PDIs just added close it at the very end.
    (firstClosed < 0 || firstClosed === closed.length - 1);
  return { text: closed, whole };
}

/**
 * A value placed into a sentence, direction-isolated (FSI … PDI, plain text, no markup) so that
 * user-controlled text such as a passkey or app name cannot reorder the sentence around it (a
 * U+202E RIGHT-TO-LEFT OVERRIDE in a name ends with the name). Isolates inside the value are
 * balanced so it cannot close the isolate early. In a left-to-right UI a value with no
 * right-to-left letter and no direction control is left as it is: it renders the same either way.
 */
export function isolate(value: string, dir: 'ltr' | 'rtl'): string {
  if (value === '') return value;
  const { text, whole } = balanceIsolates(value);
  if (whole || (dir === 'ltr' && !BIDI_SENSITIVE.test(text))) return text;
  return `\u2068${text}${PDI}`;
}

/**
 * True when the user or the app stopped the action on purpose (a cancelled step-up or passkey
 * prompt, an aborted request): components show nothing. The client's `isQuietError` rule.
 */
export const isSilentError: (error: unknown) => boolean = isQuietError;

/**
 * Binds a catalogue to a locale.
 * @example const { t } = createI18n('en', en); t('backupCodes.remaining', { count: 3 });
 */
export function createI18n(locale: string, messages: Messages, overrides?: MessageOverrides): I18n {
  const catalogue = overrides
    ? mergeMessages(messages, overrides as Record<string, unknown>)
    : messages;

  const formatNumber = (value: number, options?: Intl.NumberFormatOptions) =>
    cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
  const formatList = (items: readonly string[], options?: Intl.ListFormatOptions) =>
    cached('list', locale, options, () => new Intl.ListFormat(locale, options)).format(items);

  const dir = localeDirection(locale);
  const interpolate = (template: string, values: MessageValues | undefined) =>
    values
      ? template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
          const value = values[name];
          if (value === undefined) return placeholder;
          if (typeof value === 'number') return formatNumber(value);
          if (typeof value === 'string') return isolate(value, dir);
          return formatList(value.map((item) => isolate(item, dir)));
        })
      : template;

  const render = (message: unknown, values: MessageValues | undefined): string | undefined => {
    if (typeof message === 'string') return interpolate(message, values);
    if (isPluralMessage(message)) {
      const count = typeof values?.count === 'number' ? values.count : 0;
      const category = cached(
        'plural',
        locale,
        undefined,
        () => new Intl.PluralRules(locale),
      ).select(count);
      return interpolate(message[category] ?? message.other, values);
    }
    return undefined;
  };

  const t = ((key: string, values?: MessageValues) =>
    render(lookup(catalogue, key), values) ?? key) as Translate;

  const formatError = (error: unknown): string => {
    const text = describeError(error);
    const { retryAfter } = (isRecord(error) || error instanceof Error ? error : {}) as ErrorLike;
    if (typeof retryAfter !== 'number' || !(retryAfter >= 0)) return text;
    // The server named the wait (`Retry-After`): say when, so the user is not left guessing.
    const wait = t('common.retryAfter', { time: formatRelativeTime(retryAfter * 1000, 0) });
    return /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]$/.test(text)
      ? text + wait
      : `${text} ${wait}`;
  };

  const describeError = (error: unknown): string => {
    const { code, message, data, name, status } = (
      isRecord(error) || error instanceof Error ? error : {}
    ) as ErrorLike & { status?: unknown };
    // A 429 without a Logto code (a gateway's or the server's rate limit) says so, not "a problem".
    if (code === 'http_error' && status === 429) return t('errors.too_many_requests');
    if (typeof code === 'string' && code) {
      const values = isRecord(data)
        ? (Object.fromEntries(
            Object.entries(data).filter(
              ([, value]) => typeof value === 'string' || typeof value === 'number',
            ),
          ) as MessageValues)
        : undefined;
      const known = render(lookup(catalogue, `errors.${code}`), values);
      if (known !== undefined) return known;
      // An unknown code comes from a newer server: its own localized message beats a generic line.
      if (typeof message === 'string' && message.trim()) return message;
    }
    if (name === 'AbortError') return t('errors.aborted');
    // An app callback's own request failing (e.g. `onDeleteAccount`): fetch's rejections.
    if (name === 'TimeoutError') return t('errors.timeout');
    if (
      error instanceof TypeError &&
      /failed to fetch|networkerror|load failed|network request failed/i.test(error.message)
    )
      return t('errors.network');
    return t('errors.unknown');
  };

  const passwordIssueMessage = (issue: PasswordIssue): string => {
    const key = issue.code.replace(/^password_rejected\./, '');
    const interpolation = isRecord(issue.interpolation) ? issue.interpolation : {};
    const bound = interpolation.min ?? interpolation.max;
    const values: MessageValues = { count: typeof bound === 'number' ? bound : Number(bound ?? 0) };
    return (
      render(lookup(catalogue, `passwordIssues.${key}`), values) ?? t('passwordIssues.unknown')
    );
  };

  const formatDate = (
    value: DateInput,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
  ) =>
    cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(
      toDate(value),
    );

  const formatDateTime = (
    value: DateInput,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
  ) => formatDate(value, options);

  const formatRelativeTime = (value: DateInput, now: DateInput = Date.now()) => {
    const seconds = (toDate(value).getTime() - toDate(now).getTime()) / 1000;
    const format = cached(
      'relative',
      locale,
      undefined,
      () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
    );
    for (const [unit, size] of RELATIVE_UNITS) {
      if (Math.abs(seconds) >= size || unit === 'second')
        return format.format(Math.round(seconds / size), unit);
    }
    return format.format(0, 'second');
  };

  return {
    locale,
    dir,
    t,
    formatError,
    passwordIssueMessage,
    formatDate,
    formatDateTime,
    formatRelativeTime,
    formatNumber,
    formatList,
    extend: (defaults) => createI18n(locale, { ...defaults, ...messages }, overrides),
  };
}
