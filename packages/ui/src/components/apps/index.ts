'use client';
/**
 * `@account-center/ui/authorized-apps`: apps granted access, with revoke; the section's parts
 * (`AuthorizedApps.Root`, `.List`, … on the component itself).
 */
export { AuthorizedApps } from './authorized-apps.js';
export type { AuthorizedAppsProps } from './authorized-apps.js';
export {
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
export type {
  AuthorizedApp,
  AuthorizedAppsItemDetails,
  AuthorizedAppsItemProps,
  AuthorizedAppsListProps,
  AuthorizedAppsRootProps,
  AuthorizedAppsTitleProps,
} from './authorized-apps-parts.js';
