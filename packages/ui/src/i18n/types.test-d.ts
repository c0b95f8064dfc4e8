import { describe, expectTypeOf, it } from 'vitest';
import { createI18n } from './create-i18n.js';
import { en } from './locales/en.js';
import type { MessageKey, Messages, PluralMessageKey } from './types.js';

describe('Messages', () => {
  it('rejects a locale with a missing key', () => {
    const { save: _save, ...commonWithoutSave } = en.common;
    // @ts-expect-error `common.save` is missing
    void ({ ...en, common: commonWithoutSave } satisfies Messages);
  });

  it('rejects a locale with an unknown key', () => {
    // @ts-expect-error `common.sav` is not in English
    void ({ ...en, common: { ...en.common, sav: 'Save' } } satisfies Messages);
  });

  it('rejects a plural message without `other`', () => {
    const remaining = { one: 'x' };
    // @ts-expect-error plural messages need `other`
    void ({ ...en, backupCodes: { ...en.backupCodes, remaining } } satisfies Messages);
  });

  it('accepts a plural message with only `other` (one-form languages)', () => {
    void ({
      ...en,
      backupCodes: { ...en.backupCodes, remaining: { other: 'x' } },
    } satisfies Messages);
  });
});

describe('t', () => {
  const { t } = createI18n('en', en);

  it('accepts known keys only', () => {
    expectTypeOf<'common.save'>().toExtend<MessageKey>();
    expectTypeOf<'errors.session.mfa.invalid_totp_code'>().toExtend<MessageKey>();
    // @ts-expect-error unknown key
    t('common.nope');
  });

  it('requires a count for plural keys', () => {
    expectTypeOf<'backupCodes.remaining'>().toExtend<PluralMessageKey>();
    t('backupCodes.remaining', { count: 2 });
    // @ts-expect-error plural keys need `{ count }`
    t('backupCodes.remaining');
    t('email.codeSentTo', { email: 'a@b.c' });
  });
});
