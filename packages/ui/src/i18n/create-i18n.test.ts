import { describe, expect, it } from 'vitest';
import { createI18n, isSilentError, localeDirection } from './create-i18n.js';
import { en } from './locales/en.js';
import { ko } from './locales/ko.js';
import { availableLocales, loadMessages } from './catalogues.js';
import type { Messages } from './types.js';

describe('t', () => {
  const { t } = createI18n('en', en);

  it('looks messages up by dot path and fills placeholders', () => {
    expect(t('common.save')).toBe('Save');
    expect(t('email.codeSentTo', { email: 'jane@example.com' })).toBe(
      'We sent a 6-digit code to jane@example.com.',
    );
  });

  it('isolates a user value with U+202E inside the sentence (FSI … PDI), and nothing else in LTR', () => {
    const evil = '\u202Egpj.exe';
    expect(t('passkey.removeLabel', { name: evil })).toBe(`Remove \u2068${evil}\u2069`);
    // A value cannot close the isolate early with its own PDI.
    expect(t('passkey.removeLabel', { name: 'a\u2069\u202Eb' })).toBe(
      'Remove \u2068a\u202Eb\u2069',
    );
    expect(t('passkey.removeLabel', { name: 'שלום' })).toBe('Remove \u2068שלום\u2069');
    expect(t('passkey.removeLabel', { name: 'YubiKey' })).toBe('Remove YubiKey');
    // An already isolated value (an LTR-isolated phone number) is kept as it is.
    expect(t('passkey.removeLabel', { name: '\u2066+82 10\u2069' })).toBe(
      'Remove \u2066+82 10\u2069',
    );
    expect(t('passkey.removeLabel', { name: '\u2066a\u2069\u202Eb' })).toBe(
      'Remove \u2068\u2066a\u2069\u202Eb\u2069',
    );
  });

  it('isolates every string value in a right-to-left locale', async () => {
    const ar = createI18n('ar', await loadMessages('ar'));
    expect(ar.t('passkey.removeLabel', { name: 'YubiKey' })).toContain('\u2068YubiKey\u2069');
  });

  it('leaves a placeholder visible when its value is missing', () => {
    expect(t('email.codeSentTo')).toBe('We sent a 6-digit code to {email}.');
  });

  it('selects the plural form with Intl.PluralRules and formats the count', () => {
    expect(t('backupCodes.remaining', { count: 1 })).toBe('1 code left');
    expect(t('backupCodes.remaining', { count: 0 })).toBe('0 codes left');
    expect(t('backupCodes.remaining', { count: 1200 })).toBe('1,200 codes left');
  });

  it('formats array values as a localized list', () => {
    const { t: translate } = createI18n('en', en, { common: { copyValue: 'Copy {label}' } });
    expect(translate('common.copyValue', { label: ['key', 'link'] })).toBe('Copy key and link');
  });

  it('returns the key for an unknown key instead of throwing', () => {
    expect((t as (key: string) => string)('common.nope')).toBe('common.nope');
  });

  it('uses every CLDR category a language has (Arabic has six)', () => {
    const plural = {
      zero: 'zero',
      one: 'one',
      two: 'two',
      few: 'few',
      many: 'many',
      other: 'other',
    };
    const arabic = { ...en, backupCodes: { ...en.backupCodes, remaining: plural } } as Messages;
    const { t: translate } = createI18n('ar', arabic);
    expect(
      [0, 1, 2, 3, 11, 100].map((count) => translate('backupCodes.remaining', { count })),
    ).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('Korean uses one form', () => {
    const { t: translate } = createI18n('ko', ko);
    expect(translate('backupCodes.remaining', { count: 1 })).toBe('코드 1개 남음');
    expect(translate('backupCodes.remaining', { count: 5 })).toBe('코드 5개 남음');
  });

  it('merges overrides deeply, replacing leaves and keeping siblings', () => {
    const { t: translate } = createI18n('en', en, {
      common: { save: 'Store' },
      backupCodes: { remaining: { other: '{count} left' } },
    });
    expect(translate('common.save')).toBe('Store');
    expect(translate('common.cancel')).toBe('Cancel');
    expect(translate('backupCodes.remaining', { count: 1 })).toBe('1 left');
  });
});

describe('formatError', () => {
  const { formatError } = createI18n('en', en);

  it('says when the user can try again when the server sent Retry-After (429, 503)', () => {
    const limited = { code: 'request.message_rate_limited', retryAfter: 120 };
    expect(formatError(limited)).toBe(
      'Too many codes were sent to this address. Please wait a few minutes and try again. You can try again in 2 minutes.',
    );
    expect(formatError({ code: 'http_error', status: 503, retryAfter: 3600 })).toBe(
      'The server ran into a problem. Please try again later. You can try again in 1 hour.',
    );
    expect(formatError({ code: 'request.message_rate_limited' })).not.toMatch(/You can try/);
  });

  it('says the wait in every locale, in its own words and numerals', async () => {
    for (const locale of availableLocales()) {
      const localized = createI18n(locale, await loadMessages(locale));
      const plain = localized.formatError({ code: 'request.message_rate_limited' });
      const withWait = localized.formatError({
        code: 'request.message_rate_limited',
        retryAfter: 120,
      });
      const inTwoMinutes = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(
        2,
        'minute',
      );
      expect(withWait.startsWith(plain), locale).toBe(true);
      expect(withWait, locale).toContain(inTwoMinutes);
      if (locale !== 'en') expect(withWait, locale).not.toContain('You can try again');
    }
  });

  it('maps a known Logto code, nested by its dots', () => {
    expect(
      formatError({
        code: 'verification_code.code_mismatch',
        message: 'Invalid verification code.',
      }),
    ).toBe('That code isn’t right. Check it and try again.');
    expect(formatError({ code: 'session.mfa.invalid_totp_code' })).toBe(
      'That code isn’t right. Check your authenticator app and try again.',
    );
  });

  it('maps the kit’s own client codes', () => {
    expect(formatError({ code: 'network' })).toMatch(/couldn’t reach the server/);
    expect(formatError({ code: 'timeout' })).toMatch(/took too long/);
    expect(formatError({ code: 'invalid_response' })).toMatch(/unexpected response/);
  });

  it('falls back to the server’s localized message for an unknown code', () => {
    expect(formatError({ code: 'brand_new.code', message: '새로운 오류입니다.' })).toBe(
      '새로운 오류입니다.',
    );
  });

  it('does not leak the raw text of errors the hooks wrap as `unknown`', () => {
    expect(formatError({ code: 'unknown', message: 'TypeError: x is undefined' })).toBe(
      'Something went wrong. Please try again.',
    );
  });

  it('does not show raw messages of errors without a code', () => {
    expect(formatError(new TypeError('Cannot read properties of undefined'))).toBe(
      'Something went wrong. Please try again.',
    );
    expect(formatError('boom')).toBe('Something went wrong. Please try again.');
    expect(formatError(null)).toBe('Something went wrong. Please try again.');
  });

  it('never walks into Object.prototype for hostile codes', () => {
    expect(formatError({ code: 'constructor', message: 'x' })).toBe('x');
    expect(formatError({ code: '__proto__.toString' })).toBe(
      'Something went wrong. Please try again.',
    );
  });

  it('treats an AbortError as aborted', () => {
    expect(formatError(new DOMException('The operation was aborted.', 'AbortError'))).toBe(
      'The request was cancelled.',
    );
  });

  it('gives the headline for password.rejected', () => {
    expect(
      formatError({ code: 'password.rejected', data: [{ code: 'password_rejected.pwned' }] }),
    ).toBe('That password doesn’t meet the requirements.');
  });
});

describe('passwordIssueMessage', () => {
  const { passwordIssueMessage } = createI18n('en', en);

  it('renders issues as checklist rules with their interpolation', () => {
    expect(
      passwordIssueMessage({ code: 'password_rejected.too_short', interpolation: { min: 8 } }),
    ).toBe('Be at least 8 characters long');
    expect(
      passwordIssueMessage({ code: 'password_rejected.too_long', interpolation: { max: 256 } }),
    ).toBe('Be at most 256 characters long');
    expect(
      passwordIssueMessage({
        code: 'password_rejected.character_types',
        interpolation: { min: 2 },
      }),
    ).toMatch(/^Use at least 2 of these/);
    expect(passwordIssueMessage({ code: 'password_rejected.restricted.sequence' })).toMatch(
      /sequences/,
    );
  });

  it('has a generic rule for an unknown issue', () => {
    expect(passwordIssueMessage({ code: 'password_rejected.something_new' })).toBe(
      'Meet your organisation’s password rules',
    );
  });
});

describe('dates and numbers', () => {
  const now = Date.UTC(2026, 0, 15, 12, 0, 0);

  it('formats relative times in the best unit', () => {
    const { formatRelativeTime } = createI18n('en', en);
    expect(formatRelativeTime(now - 30_000, now)).toBe('30 seconds ago');
    expect(formatRelativeTime(now - 3 * 3_600_000, now)).toBe('3 hours ago');
    expect(formatRelativeTime(now - 86_400_000, now)).toBe('yesterday');
    expect(formatRelativeTime(now + 2 * 86_400_000, now)).toBe('in 2 days');
    expect(formatRelativeTime(new Date(now - 400 * 86_400_000), now)).toBe('last year');
  });

  it('formats in Korean too', () => {
    const { formatRelativeTime, formatDate } = createI18n('ko', ko);
    expect(formatRelativeTime(now - 86_400_000, now)).toBe('어제');
    expect(formatDate(now, { dateStyle: 'long', timeZone: 'UTC' })).toBe('2026년 1월 15일');
  });

  it('formats absolute dates with Intl.DateTimeFormat', () => {
    const { formatDate, formatDateTime } = createI18n('en-GB', en);
    expect(formatDate('2026-01-15T12:00:00Z', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(
      '15 Jan 2026',
    );
    expect(formatDateTime(now, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' })).toBe(
      '15/01/2026, 12:00',
    );
  });

  it('knows right-to-left languages', () => {
    expect(localeDirection('ar-EG')).toBe('rtl');
    expect(localeDirection('he')).toBe('rtl');
    expect(localeDirection('ko')).toBe('ltr');
    expect(createI18n('fa', en).dir).toBe('rtl');
  });
});

describe('isSilentError', () => {
  it('is true only for cancellations', () => {
    expect(isSilentError({ code: 'verification_cancelled' })).toBe(true);
    expect(isSilentError({ code: 'aborted' })).toBe(true);
    expect(isSilentError({ code: 'webauthn_cancelled' })).toBe(true);
    expect(isSilentError(new DOMException('stop', 'AbortError'))).toBe(true);
    expect(isSilentError({ code: 'network' })).toBe(false);
    expect(isSilentError(undefined)).toBe(false);
  });
});
