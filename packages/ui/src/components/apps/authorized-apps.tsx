import {
  AuthorizedAppsContent,
  AuthorizedAppsDescription,
  AuthorizedAppsEmpty,
  AuthorizedAppsHeader,
  AuthorizedAppsItem,
  AuthorizedAppsList,
  AuthorizedAppsReadOnlyNote,
  AuthorizedAppsRoot,
  AuthorizedAppsTitle,
} from './authorized-apps-parts.js';
import type { AuthorizedAppsRootProps } from './authorized-apps-parts.js';

export { groupGrants } from './authorized-apps-parts.js';
export type { AuthorizedApp } from './authorized-apps-parts.js';

/** `<AuthorizedApps/>`'s props: `AuthorizedApps.Root`'s. */
export type AuthorizedAppsProps = AuthorizedAppsRootProps;

/**
 * Apps that can access the account, one row per app with when access was granted and when it
 * expires. Remove access asks first and says that tokens already issued may work until they
 * expire; every grant of the app is revoked, and a partial failure is reported. Reading needs
 * step-up, so the section first offers to verify. Hidden when the `session` field is Off.
 * The usual composition of its parts (`AuthorizedApps.Root`, `.Header`, `.Title`,
 * `.Description`, `.Content`, `.List`, `.Item`, `.Empty`, `.ReadOnlyNote`); compose them
 * yourself to rearrange it.
 * @example <AuthorizedApps />
 */
export const AuthorizedApps = /* @__PURE__ */ Object.assign(
  function AuthorizedApps(props: AuthorizedAppsProps) {
    return (
      <AuthorizedAppsRoot {...props}>
        <AuthorizedAppsHeader />
        <AuthorizedAppsContent>
          <AuthorizedAppsList />
          <AuthorizedAppsEmpty />
          <AuthorizedAppsReadOnlyNote />
        </AuthorizedAppsContent>
      </AuthorizedAppsRoot>
    );
  },
  {
    Root: AuthorizedAppsRoot,
    Header: AuthorizedAppsHeader,
    Title: AuthorizedAppsTitle,
    Description: AuthorizedAppsDescription,
    Content: AuthorizedAppsContent,
    List: AuthorizedAppsList,
    Item: AuthorizedAppsItem,
    Empty: AuthorizedAppsEmpty,
    ReadOnlyNote: AuthorizedAppsReadOnlyNote,
  },
);
