import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { useVerificationI18n } from './area-i18n.js';
import { I18nProvider, useI18n } from './i18n-provider.js';
import { useTranslate as usePublicTranslate } from '../index.js';
import { en } from './locales/en.js';

/** The code step's area over the provider's core: English fills in, a loaded catalogue wins. */
function Greeting() {
  const { t } = useVerificationI18n();
  const { locale } = useI18n();
  return (
    <p data-locale={locale}>
      {t('common.save')} · {t('verification.resendIn', { count: 2 })}
    </p>
  );
}

describe('I18nProvider', () => {
  it('uses English without any provider', async () => {
    const screen = await render(<Greeting />);
    await expect.element(screen.getByText('Save · Resend code in 2 seconds')).toBeVisible();
  });

  it('shows the fallback, then Korean once its catalogue has loaded', async () => {
    const screen = await render(
      <I18nProvider locale="ko-KR" fallback={<span>…</span>}>
        <Greeting />
      </I18nProvider>,
    );
    await expect
      .element(screen.getByText('저장 · 2초 후에 코드를 다시 보낼 수 있어요'))
      .toBeVisible();
    await expect
      .element(screen.getByText('저장 · 2초 후에 코드를 다시 보낼 수 있어요'))
      .toHaveAttribute('data-locale', 'ko-KR');
  });

  it('applies per-key overrides', async () => {
    const screen = await render(
      <I18nProvider
        messages={{
          common: { save: 'Keep' },
          verification: { resendIn: { one: 'one', other: '{count} places' } },
        }}
      >
        <Greeting />
      </I18nProvider>,
    );
    await expect.element(screen.getByText('Keep · 2 places')).toBeVisible();
  });

  it('keeps British formatting with the English catalogue', async () => {
    function Today() {
      const { formatDate } = useI18n();
      return <p>{formatDate('2026-03-04T00:00:00Z', { dateStyle: 'short', timeZone: 'UTC' })}</p>;
    }
    const screen = await render(
      <I18nProvider locale="en-GB">
        <Today />
      </I18nProvider>,
    );
    await expect.element(screen.getByText('04/03/2026')).toBeVisible();
  });

  it('switches locale at run time', async () => {
    const screen = await render(
      <I18nProvider locale="en">
        <Greeting />
      </I18nProvider>,
    );
    await expect.element(screen.getByText('Save · Resend code in 2 seconds')).toBeVisible();
    await screen.rerender(
      <I18nProvider locale="ko">
        <Greeting />
      </I18nProvider>,
    );
    await expect
      .element(screen.getByText('저장 · 2초 후에 코드를 다시 보낼 수 있어요'))
      .toBeVisible();
  });
});

describe('the public useTranslate', () => {
  it('has every English message, each area included', async () => {
    function Device() {
      const t = usePublicTranslate();
      return (
        <ul>
          <li>{t('sessions.thisDevice')}</li>
          <li>{t('profile.title')}</li>
          <li>{t('deleteAccount.title')}</li>
          <li>{t('profileFields.fullname')}</li>
        </ul>
      );
    }
    const screen = await render(<Device />);
    await expect.element(screen.getByText(en.sessions.thisDevice)).toBeVisible();
    await expect.element(screen.getByText(en.profile.title)).toBeVisible();
    await expect.element(screen.getByText(en.deleteAccount.title)).toBeVisible();
    await expect.element(screen.getByText(en.profileFields.fullname)).toBeVisible();
  });
});
