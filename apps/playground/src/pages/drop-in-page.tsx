/**
 * `/`: the drop-in `<AccountCenter/>`, inside the providers the mode set up (the hooks provider)
 * and the UI provider with the dev panel's locale and theme. Until the UI components land, a
 * placeholder stands where `<AccountCenter/>` goes; what the kit sees is in the dev panel.
 */
import { AccountCenterUiProvider } from '@account-center/ui';
import { usePreferences } from '../preferences';
import { Link, PATHS } from '../routes';

/** The drop-in page. */
export function DropInPage() {
  const { locale, theme } = usePreferences();
  return (
    <AccountCenterUiProvider locale={locale} theme={theme} className="pg-kit-root">
      <h1>Account</h1>
      <DropInPlaceholder />
    </AccountCenterUiProvider>
  );
}

function DropInPlaceholder() {
  return (
    <>
      <section
        aria-labelledby="drop-in-status"
        className="pg-card"
        data-screenshot="drop-in-status"
      >
        <h2 id="drop-in-status">The drop-in account center</h2>
        <p>
          The drop-in <code>&lt;AccountCenter/&gt;</code> lands here with the UI packages. Until
          then, the <Link to={PATHS.custom}>custom page</Link> drives the headless hooks, and the
          dev panel shows what the kit reads from the API.
        </p>
      </section>
    </>
  );
}
