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
export function AuthorizedApps(props: AuthorizedAppsProps) {
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
}

AuthorizedApps.Root = AuthorizedAppsRoot;
AuthorizedApps.Header = AuthorizedAppsHeader;
AuthorizedApps.Title = AuthorizedAppsTitle;
AuthorizedApps.Description = AuthorizedAppsDescription;
AuthorizedApps.Content = AuthorizedAppsContent;
AuthorizedApps.List = AuthorizedAppsList;
AuthorizedApps.Item = AuthorizedAppsItem;
AuthorizedApps.Empty = AuthorizedAppsEmpty;
AuthorizedApps.ReadOnlyNote = AuthorizedAppsReadOnlyNote;
