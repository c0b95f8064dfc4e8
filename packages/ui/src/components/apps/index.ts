'use client';
/** `@account-center/ui/authorized-apps`: apps granted access, with revoke. */
export { AuthorizedApps } from './authorized-apps.js';
export type { AuthorizedApp, AuthorizedAppsProps } from './authorized-apps.js';
