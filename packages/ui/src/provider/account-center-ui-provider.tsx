import { setNonce } from 'get-nonce';
import { useMemo } from 'react';
import type { ComponentProps, ReactNode } from 'react';
import { I18nProvider, useI18n } from '../i18n/i18n-provider.js';
import type { MessageOverrides } from '../i18n/types.js';
import { cx } from '../lib/cx.js';
import { LiveRegion } from '../primitives/live-region.js';
import { UiSettingsContext } from './ui-context.js';
import type { Theme } from './ui-context.js';

export interface AccountCenterUiProviderProps extends Omit<ComponentProps<'div'>, 'dir'> {
  /** BCP 47 tag; non-English catalogues load lazily. Default `en`. */
  locale?: string | undefined;
  /** Per-key message overrides for the active locale (keep the object stable). */
  messages?: MessageOverrides | undefined;
  /** `light` or `dark` overrides the user's `prefers-color-scheme`; `system` (default) follows it. */
  theme?: Theme | 'system' | undefined;
  /** Forces a direction; by default it follows the locale (Arabic, Hebrew… are `rtl`). */
  dir?: 'ltr' | 'rtl' | undefined;
  /**
   * CSP nonce for the one `<style>` the kit causes to be injected (the dialog scroll lock, through
   * react-style-singleton). The kit's own CSS is a static file and needs none.
   */
  nonce?: string | undefined;
  /** Shown while a non-English catalogue loads for the first time. */
  fallback?: ReactNode;
}

/**
 * The kit root: locale and messages, theme, direction, CSP nonce and a live region, around a
 * `<div data-slot="root">` that carries `lang`, `dir` and `data-theme`. Independent of the data
 * provider from `@account-center/react`; the drop-in composes both.
 * @example
 * <AccountCenterUiProvider locale="ko" theme="dark" nonce={nonce}>
 *   <SecurityPage />
 * </AccountCenterUiProvider>
 */
export function AccountCenterUiProvider({
  locale,
  messages,
  fallback,
  ...props
}: AccountCenterUiProviderProps) {
  return (
    <I18nProvider locale={locale} messages={messages} fallback={fallback}>
      <KitRoot {...props} />
    </I18nProvider>
  );
}

function KitRoot({
  theme = 'system',
  dir,
  nonce,
  className,
  children,
  ...props
}: Omit<AccountCenterUiProviderProps, 'locale' | 'messages' | 'fallback'>) {
  const i18n = useI18n();
  // Set during render, not in an effect: a child dialog that starts open injects its style in
  // its own effect, which runs before any effect of this component.
  if (nonce) setNonce(nonce);
  const resolvedTheme = theme === 'system' ? undefined : theme;
  const resolvedDir = dir ?? i18n.dir;
  const settings = useMemo(
    () => ({ theme: resolvedTheme, dir: resolvedDir }),
    [resolvedTheme, resolvedDir],
  );
  return (
    <UiSettingsContext.Provider value={settings}>
      <div
        data-slot="root"
        data-ac-root=""
        data-theme={resolvedTheme}
        lang={i18n.locale}
        dir={resolvedDir}
        className={cx('ac-root', className)}
        {...props}
      >
        <LiveRegion>{children}</LiveRegion>
      </div>
    </UiSettingsContext.Provider>
  );
}
