import { setNonce } from 'get-nonce';
import { useEffect, useMemo, useState } from 'react';
import type { ComponentProps, ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { accountQueries, setUiLocale, useOptionalAccountKit } from '@account-center/react/core';
import type { AccountKit } from '@account-center/react';
import type { SignInExperience } from '@account-center/client';
import { chooseLocale, useBrowserLanguages } from '../i18n/auto-locale.js';
import { I18nProvider, useI18n } from '../i18n/i18n-provider.js';
import type { MessageOverrides } from '../i18n/types.js';
import { cx } from '../lib/cx.js';
import { LiveRegion } from '../primitives/live-region.js';
import { UiSettingsContext } from './ui-context.js';
import type { TenantBrand, Theme } from './ui-context.js';

/** Whose look the kit wears: the app's `--ac-*` tokens, or the tenant's Console branding. */
export type Branding = 'app' | 'tenant';

export interface AccountCenterUiProviderProps extends Omit<ComponentProps<'div'>, 'dir'> {
  /**
   * BCP 47 tag, or `auto` (default): the first supported match of the browser's languages
   * (unless the tenant turned language detection off), the tenant's fallback language, then
   * English. An explicit tag wins when the kit supports it. Non-English catalogues load lazily.
   * When rendering on a server, pass the tag from the request's `Accept-Language`: nothing reads
   * `navigator` there or while hydrating.
   */
  locale?: string | undefined;
  /** Per-key message overrides for the active locale (keep the object stable). */
  messages?: MessageOverrides | undefined;
  /** `light` or `dark` overrides the user's `prefers-color-scheme`; `system` (default) follows it. */
  theme?: Theme | 'system' | undefined;
  /**
   * `app` (default): your `--ac-*` tokens. `tenant`: the tenant's logo, primary colours and dark
   * mode switch from the sign-in experience (needs `AccountCenterProvider` around it).
   */
  branding?: Branding | undefined;
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
 * The kit root: locale and messages, theme, branding, direction, CSP nonce and a live region,
 * around a `<div data-slot="root">` that carries `lang`, `dir` and `data-theme`. Works without
 * the data provider from `@account-center/react`; inside one it also reads the tenant's
 * language and branding settings. The drop-in composes both.
 * @example
 * <AccountCenterUiProvider locale="ko" theme="dark" nonce={nonce}>
 *   <SecurityPage />
 * </AccountCenterUiProvider>
 */
export function AccountCenterUiProvider(props: AccountCenterUiProviderProps) {
  const kit = useOptionalAccountKit();
  return kit ? <TenantAwareRoot kit={kit} {...props} /> : <UiRoot {...props} />;
}

const isAuto = (locale: string | undefined) => !locale || locale === 'auto';

function TenantAwareRoot({ kit, ...props }: AccountCenterUiProviderProps & { kit: AccountKit }) {
  const needed = props.branding === 'tenant' || isAuto(props.locale);
  const { data } = useQuery(
    { ...accountQueries.settings(kit.client), enabled: needed },
    kit.queryClient,
  );
  return <UiRoot {...props} kit={kit} experience={needed ? data?.signInExperience : undefined} />;
}

function UiRoot({
  locale,
  messages,
  fallback,
  branding = 'app',
  kit,
  experience,
  ...props
}: AccountCenterUiProviderProps & { kit?: AccountKit; experience?: SignInExperience }) {
  const languageInfo = experience?.languageInfo;
  const preferred = useBrowserLanguages(isAuto(locale));
  const resolved = chooseLocale({ requested: locale, preferred, languageInfo });
  // During render, like the nonce: a child's first request (in its own effect) must carry it.
  if (kit) setUiLocale(kit, resolved);
  return (
    <I18nProvider locale={resolved} messages={messages} fallback={fallback}>
      <KitRoot {...props} tenant={branding === 'tenant' ? experience : undefined} />
    </I18nProvider>
  );
}

function KitRoot({
  theme = 'system',
  dir,
  nonce,
  tenant,
  className,
  children,
  ...props
}: Omit<AccountCenterUiProviderProps, 'locale' | 'messages' | 'fallback' | 'branding'> & {
  tenant: SignInExperience | undefined;
}) {
  const i18n = useI18n();
  // Set during render, not in an effect: a child dialog that starts open injects its style in
  // its own effect, which runs before any effect of this component.
  if (nonce) setNonce(nonce);
  // A tenant without dark mode keeps the kit light, unless the app pins a theme itself.
  const resolvedTheme =
    theme === 'system' ? (tenant?.color?.isDarkModeEnabled === false ? 'light' : undefined) : theme;
  const resolvedDir = dir ?? i18n.dir;
  // The tenant's colours and logo: a lazy chunk, applied once the page runs (nothing of them in
  // a server's HTML, so hydration matches and no style attribute is needed).
  const [loaded, setLoaded] = useState<{ for: SignInExperience; brand: TenantBrand }>();
  const brand = tenant && loaded?.for === tenant ? loaded.brand : undefined;
  useEffect(() => {
    if (!tenant) return undefined;
    let active = true;
    void import('./tenant-branding.js').then(({ applyTenantBrand }) => {
      if (active) setLoaded({ for: tenant, brand: applyTenantBrand(tenant) });
    });
    return () => {
      active = false;
    };
  }, [tenant]);
  const settings = useMemo(
    () => ({ theme: resolvedTheme, dir: resolvedDir, brand }),
    [resolvedTheme, resolvedDir, brand],
  );
  return (
    <UiSettingsContext.Provider value={settings}>
      <div
        data-slot="root"
        data-ac-root=""
        data-theme={resolvedTheme}
        data-branding={brand ? 'tenant' : undefined}
        lang={i18n.locale}
        dir={resolvedDir}
        className={cx('ac-root', brand?.className, className)}
        {...props}
      >
        <LiveRegion>{children}</LiveRegion>
      </div>
    </UiSettingsContext.Provider>
  );
}
