/**
 * The playground's frame, shared by both modes: header with the page links, the page, and (in
 * simulator mode) the dev panel. Every page state must pass axe, so landmarks, a skip link and
 * one `<h1>` per page are part of the frame.
 */
import type { ReactNode } from 'react';
import { Link, PATHS, usePathname } from './routes';
import { CallbackPage } from './pages/callback-page';
import { CustomPage } from './pages/custom-page';
import { DropInPage } from './pages/drop-in-page';
import { NotFoundPage } from './pages/not-found-page';

/** Props of {@link AppShell}. */
export interface AppShellProps {
  /** Shown in the header: which backend answers. */
  modeLabel: string;
  /** Extra header controls (real-tenant mode: sign out). */
  headerActions?: ReactNode;
  /** The dev panel (simulator mode only). */
  devPanel?: ReactNode;
  /** Pages only one mode has, by path (the fake social provider in simulator mode). */
  extraPages?: Record<string, () => ReactNode>;
}

/** The frame and the page for the current path. */
export function AppShell({ modeLabel, headerActions, devPanel, extraPages = {} }: AppShellProps) {
  const pathname = usePathname();
  const extra = extraPages[pathname];
  // The fake provider stands for another site: no playground chrome around it.
  if (pathname === PATHS.socialProvider && extra)
    return <main className="pg-standalone">{extra()}</main>;

  let page: ReactNode;
  if (extra) page = extra();
  else if (pathname === PATHS.dropIn) page = <DropInPage />;
  else if (pathname === PATHS.custom) page = <CustomPage />;
  else if (pathname === PATHS.callback) page = <CallbackPage />;
  else page = <NotFoundPage />;

  return (
    <div className="pg-layout" data-has-dev-panel={devPanel ? '' : undefined}>
      <a className="pg-skip-link" href="#main">
        Skip to content
      </a>
      <header className="pg-header">
        <p className="pg-brand">Account Center playground</p>
        <nav aria-label="Pages" className="pg-nav">
          <Link to={PATHS.dropIn}>Drop-in</Link>
          <Link to={PATHS.custom}>Custom (headless hooks)</Link>
        </nav>
        <p className="pg-mode">
          <span className="pg-visually-hidden">Backend: </span>
          {modeLabel}
        </p>
        {headerActions}
      </header>
      <main id="main" tabIndex={-1} className="pg-main">
        {page}
      </main>
      {devPanel ? (
        <aside aria-label="Dev panel" className="pg-dev-panel">
          {devPanel}
        </aside>
      ) : null}
    </div>
  );
}
