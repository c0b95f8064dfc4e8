import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { defaultLocale, loadCatalogue, loadedCatalogue, resolveLocale } from './catalogues.js';
import { createI18n } from './create-i18n.js';
import type { I18n } from './create-i18n.js';
import { enCore } from './locales/en.js';
import type { MessageOverrides, Messages, Translate } from './types.js';

// English areas beyond `enCore` come with the components that use them (`useSecurityI18n`).
const english = enCore as Messages;

const I18nContext = createContext<I18n>(createI18n(defaultLocale, english));

export interface I18nProviderProps {
  /** BCP 47 tag, e.g. `ko` or `ko-KR`; unknown locales fall back to English. Default `en`. */
  locale?: string | undefined;
  /** Per-key overrides for the active locale, merged deeply (keep the object stable: hoist or memoize it). */
  messages?: MessageOverrides | undefined;
  /** Shown while the first non-English catalogue loads (default: nothing, to avoid a flash of English). */
  fallback?: ReactNode;
  children?: ReactNode;
}

/** The language used when two tags share one (`en-GB` keeps British dates with the `en` catalogue). */
function formattingLocale(requested: string, catalogue: string): string {
  return requested.toLowerCase().split('-')[0] === catalogue.split('-')[0] ? requested : catalogue;
}

/**
 * Supplies the catalogue, overrides and `Intl` formatting to every kit component below it.
 * Independent of the data provider; `AccountCenterUiProvider` includes it.
 * @example <I18nProvider locale="ko" messages={{ common: { save: '확인' } }}>…</I18nProvider>
 */
export function I18nProvider({
  locale = defaultLocale,
  messages: overrides,
  fallback = null,
  children,
}: I18nProviderProps) {
  const catalogueLocale = resolveLocale(locale);
  const ready =
    loadedCatalogue(catalogueLocale) ?? (catalogueLocale === defaultLocale ? english : undefined);
  // Last catalogue shown, so switching locale keeps the old text until the new one arrives.
  const [shown, setShown] = useState<{ locale: string; messages: Messages } | undefined>(
    ready && { locale: catalogueLocale, messages: ready },
  );
  const [, setLoadCount] = useState(0);
  if (ready && shown?.messages !== ready) setShown({ locale: catalogueLocale, messages: ready });

  useEffect(() => {
    if (ready) return undefined;
    let active = true;
    loadCatalogue(catalogueLocale).then(
      () => {
        if (active) setLoadCount((count) => count + 1);
      },
      (error: unknown) => {
        console.error(
          `[account-center] Could not load the "${catalogueLocale}" messages; showing English.`,
          error,
        );
        if (active) setShown({ locale: defaultLocale, messages: english });
      },
    );
    return () => {
      active = false;
    };
  }, [catalogueLocale, ready]);

  const current = ready ? { locale: catalogueLocale, messages: ready } : shown;
  const currentLocale = current?.locale;
  const currentMessages = current?.messages;
  const value = useMemo(
    () =>
      currentLocale && currentMessages
        ? createI18n(formattingLocale(locale, currentLocale), currentMessages, overrides)
        : undefined,
    [locale, currentLocale, currentMessages, overrides],
  );

  if (!value) return fallback;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The active locale's helpers: `t`, `formatError`, `passwordIssueMessage`, date/number/list formatting. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/**
 * The `t` function of the active locale.
 * @example const t = useTranslate(); t('email.codeSentTo', { email });
 */
export function useTranslate(): Translate {
  return useContext(I18nContext).t;
}
