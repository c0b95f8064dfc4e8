import { describe, expect, it } from 'vitest';
import {
  availableLocales,
  getLoadedMessages,
  loadMessages,
  registerLocale,
  resolveLocale,
} from './catalogues.js';
import { createI18n } from './create-i18n.js';
import { en } from './locales/en.js';
import type { MessageKey, Messages, PluralMessage } from './types.js';

/** Every code of the contract's error catalogue (§7), plus the kit's client codes. */
const ERROR_CODES = [
  'auth.authorization_header_missing',
  'auth.authorization_token_type_not_supported',
  'auth.unauthorized',
  'auth.forbidden',
  'auth.third_party_application_forbidden',
  'account_center.not_enabled',
  'account_center.field_not_editable',
  'account_center.field_not_enabled',
  'verification_record.not_found',
  'verification_record.permission_denied',
  'verification_record.social_verification.invalid_target',
  'verification_record.social_verification.token_response_not_found',
  'verification_code.not_found',
  'verification_code.email_mismatch',
  'verification_code.phone_mismatch',
  'verification_code.code_mismatch',
  'verification_code.expired',
  'verification_code.exceed_max_try',
  'request.message_rate_limited',
  'session.invalid_credentials',
  'session.verification_blocked_too_many_attempts',
  'session.invalid_connector_id',
  'session.insufficient_info',
  'session.connector_validation_session_not_found',
  'session.verification_failed',
  'session.email_blocklist.email_not_allowed',
  'session.email_blocklist.email_subaddressing_not_allowed',
  'session.email_blocklist.invalid_email',
  'session.mfa.mfa_factor_not_enabled',
  'session.mfa.invalid_totp_code',
  'session.mfa.backup_code_can_not_be_alone',
  'session.mfa.pending_info_not_found',
  'session.mfa.webauthn_verification_failed',
  'user.email_already_in_use',
  'user.phone_already_in_use',
  'user.username_already_in_use',
  'user.username_too_short',
  'user.username_too_long',
  'user.username_uppercase_not_allowed',
  'user.username_lowercase_not_allowed',
  'user.username_numbers_not_allowed',
  'user.username_underscore_not_allowed',
  'user.invalid_phone',
  'user.last_sign_in_method_required',
  'user.identity_already_in_use',
  'user.identity_not_exist',
  'user.identity_not_exists_in_current_user',
  'user.same_password',
  'user.suspended',
  'user.totp_already_in_use',
  'user.totp_secret_invalid',
  'user.backup_code_already_in_use',
  'user.wrong_backup_code_format',
  'password.rejected',
  'guard.invalid_input',
  'guard.invalid_pagination',
  'guard.file_size_exceeded',
  'guard.mime_type_not_allowed',
  'storage.not_configured',
  'storage.upload_error',
  'connector.not_found',
  'connector.unexpected_type',
  'oidc.session_not_found',
  'oidc.invalid_session_account_id',
  'oidc.invalid_grant',
  'oidc.failed_to_cleanup_session_authorization',
  'secrets.third_party_token_set.token_not_found',
  'secrets.third_party_token_set.access_token_expired',
  'entity.not_found',
  'network',
  'timeout',
  'aborted',
  'invalid_response',
  'verification_cancelled',
  'webauthn_cancelled',
  'http_error',
  'not_modified',
  'no_access_token',
  'unknown',
];

/** The `password_rejected.*` issue codes (§9). */
const PASSWORD_ISSUE_CODES = [
  'password_rejected.too_short',
  'password_rejected.too_long',
  'password_rejected.character_types',
  'password_rejected.unsupported_characters',
  'password_rejected.pwned',
  'password_rejected.restricted.repetition',
  'password_rejected.restricted.sequence',
  'password_rejected.restricted.user_info',
  'password_rejected.restricted.words',
];

const SENTINEL = 'server message (should not be used)';

function leaves(node: unknown, path = ''): Array<[string, string | PluralMessage]> {
  if (typeof node === 'string') return [[path, node]];
  const record = node as Record<string, unknown>;
  if (typeof record.other === 'string') return [[path, record as unknown as PluralMessage]];
  return Object.entries(record).flatMap(([key, value]) =>
    leaves(value, path ? `${path}.${key}` : key),
  );
}

function placeholders(message: string | PluralMessage): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [
    ...new Set(
      texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1])),
    ),
  ].sort();
}

/** Buttons whose accessible name (second) adds context to their visible text (first). */
const LABEL_IN_NAME = [
  ['social.connect', 'social.connectProvider'],
  ['social.disconnect', 'social.disconnectProvider'],
  ['social.switch', 'social.switchProvider'],
  ['sessions.signOut', 'sessions.signOutDevice'],
  ['apps.revoke', 'apps.revokeApp'],
  ['passkey.rename', 'passkey.renameLabel'],
  ['common.remove', 'passkey.removeLabel'],
  ['common.copy', 'common.copyValue'],
] as const satisfies ReadonlyArray<readonly [MessageKey, MessageKey]>;

/** The shipped locales, read before any test registers its own. */
const SHIPPED = availableLocales();

describe('catalogues', () => {
  it('ships the 20 locales of Logto’s own account center', () => {
    expect([...SHIPPED].sort()).toEqual(
      [
        'ar',
        'cs',
        'de',
        'en',
        'es',
        'fa-ir',
        'fr',
        'it',
        'ja',
        'ko',
        'pl-pl',
        'pt-br',
        'pt-pt',
        'ru',
        'th',
        'tr-tr',
        'uk-ua',
        'zh-cn',
        'zh-hk',
        'zh-tw',
      ].sort(),
    );
  });

  it('resolves a bare language to its shipped regional catalogue', () => {
    expect(resolveLocale('pt')).toBe('pt-br');
    expect(resolveLocale('pt-PT')).toBe('pt-pt');
    expect(resolveLocale('pt-AO')).toBe('pt-br');
    expect(resolveLocale('pl')).toBe('pl-pl');
    expect(resolveLocale('fa')).toBe('fa-ir');
    expect(resolveLocale('tr')).toBe('tr-tr');
    expect(resolveLocale('uk')).toBe('uk-ua');
    expect(resolveLocale('de-AT')).toBe('de');
    expect(resolveLocale('ar-EG')).toBe('ar');
  });

  it('loads Korean lazily, only when asked', async () => {
    expect(getLoadedMessages('ko')).toBeUndefined();
    const ko = await loadMessages('ko-KR');
    expect(getLoadedMessages('ko')).toBe(ko);
    expect(ko.common.save).toBe('저장');
  });

  it('resolves tags to shipped catalogues', () => {
    expect(resolveLocale('ko-KR')).toBe('ko');
    expect(resolveLocale('en-GB')).toBe('en');
    expect(resolveLocale('xx')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });

  it('lets an app register its own locale', async () => {
    const esperanto = { ...en, common: { ...en.common, save: 'Konservi' } } as Messages;
    registerLocale('eo', () => Promise.resolve(esperanto));
    expect(resolveLocale('eo-001')).toBe('eo');
    expect((await loadMessages('eo')).common.save).toBe('Konservi');
  });

  it('resolves bare and script-only Chinese tags to a shipped Chinese catalogue', () => {
    expect(resolveLocale('zh')).toBe('zh-cn');
    expect(resolveLocale('zh-Hans')).toBe('zh-cn');
    expect(resolveLocale('zh-Hant')).toBe('zh-tw');
    expect(resolveLocale('zh-MO')).toBe('zh-hk');
    expect(resolveLocale('zh-SG')).toBe('zh-cn');
  });

  it('resolves Chinese tags with script and region by their region first', () => {
    expect(resolveLocale('zh-CN')).toBe('zh-cn');
    expect(resolveLocale('zh-TW')).toBe('zh-tw');
    expect(resolveLocale('zh-HK')).toBe('zh-hk');
    expect(resolveLocale('zh-Hans-CN')).toBe('zh-cn');
    expect(resolveLocale('zh-Hant-TW')).toBe('zh-tw');
    expect(resolveLocale('zh-Hant-HK')).toBe('zh-hk');
    expect(resolveLocale('zh-Hant-MO')).toBe('zh-hk');
    expect(resolveLocale('zh-Hans-SG')).toBe('zh-cn');
    expect(resolveLocale('ja-JP')).toBe('ja');
  });

  it('loads the Chinese catalogue a bare zh tag resolves to', async () => {
    const messages = await loadMessages('zh');
    expect(getLoadedMessages('zh-CN')).toBe(messages);
    expect(messages.common.save).toBe('保存');
  });

  it('prefers a registered catalogue over a Chinese alias', () => {
    registerLocale('zh-Hans', en);
    expect(resolveLocale('zh-Hans')).toBe('zh-hans');
    expect(resolveLocale('zh-Hans-SG')).toBe('zh-hans');
    expect(resolveLocale('zh')).toBe('zh-cn');
  });

  for (const locale of SHIPPED) {
    describe(locale, () => {
      it('has every key of English and no other', async () => {
        const keys = (messages: Messages) => leaves(messages).map(([path]) => path);
        expect(keys(await loadMessages(locale)).sort()).toEqual(keys(en).sort());
      });

      it('keeps each button’s visible text inside its accessible name (WCAG 2.5.3)', async () => {
        const { t } = createI18n(locale, await loadMessages(locale));
        const normalize = (text: string) =>
          text
            .toLocaleLowerCase(locale)
            .replace(/[\p{P}\p{S}]/gu, ' ')
            .replace(/\s+/g, ' ')
            .trim();
        const values = {
          provider: 'Google',
          device: 'Chrome',
          app: 'Acme',
          name: 'Key',
          label: 'X',
        };
        const mismatched = LABEL_IN_NAME.filter(
          ([visible, label]) => !normalize(t(label, values)).includes(normalize(t(visible))),
        ).map(([visible, label]) => `${visible} ⊄ ${label}`);
        expect(mismatched).toEqual([]);
      });

      it('has a message for every error code', async () => {
        const { formatError } = createI18n(locale, await loadMessages(locale));
        const missing = ERROR_CODES.filter((code) => {
          const text = formatError({ code, message: SENTINEL });
          return text === SENTINEL || !text.trim();
        });
        expect(missing).toEqual([]);
      });

      it('has a rule for every password issue code', async () => {
        const { passwordIssueMessage, t } = createI18n(locale, await loadMessages(locale));
        const generic = t('passwordIssues.unknown');
        const missing = PASSWORD_ISSUE_CODES.filter(
          (code) => passwordIssueMessage({ code, interpolation: { min: 8, max: 64 } }) === generic,
        );
        expect(missing).toEqual([]);
      });

      it('uses the same placeholders as English in every message', async () => {
        const messages = await loadMessages(locale);
        const english = new Map(leaves(en));
        const mismatched = leaves(messages)
          .filter(([path, message]) => {
            const source = english.get(path);
            return !source || placeholders(source).join() !== placeholders(message).join();
          })
          .map(([path]) => path);
        expect(mismatched).toEqual([]);
      });

      it('only uses plural categories the language has', async () => {
        const messages = await loadMessages(locale);
        const categories = new Intl.PluralRules(locale).resolvedOptions()
          .pluralCategories as string[];
        const wrong = leaves(messages)
          .filter(([, message]) => typeof message !== 'string')
          .filter(([, message]) =>
            Object.keys(message).some((category) => !categories.includes(category)),
          )
          .map(([path]) => path);
        expect(wrong).toEqual([]);
      });
    });
  }
});
