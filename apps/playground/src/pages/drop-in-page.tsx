/**
 * `/`: the drop-in `<AccountCenter/>`, inside the providers the mode set up (the hooks provider)
 * and the UI provider with the dev panel's locale, theme and branding. The social-link return comes back
 * here (the default `redirectUri` is this page); `AccountCenter` opens the Security section when
 * a link is pending, and `SocialConnections` there finishes it.
 */
import { AccountCenterUiProvider } from '@account-center/ui';
import { AccountCenter } from '@account-center/ui/account-center';
import { usePreferences } from '../preferences';

/** The drop-in page. */
export function DropInPage() {
  const { locale, theme, branding } = usePreferences();
  return (
    <AccountCenterUiProvider
      locale={locale}
      theme={theme}
      branding={branding}
      className="pg-kit-root"
    >
      <h1>Account</h1>
      <AccountCenter appName="Account Center playground" />
    </AccountCenterUiProvider>
  );
}
