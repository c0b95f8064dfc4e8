'use client';
/** `@account-center/ui/sessions`: signed-in devices, with sign-out, and trusted devices; the sessions section's parts. */
export { SessionList } from './session-list.js';
export type { SessionListProps } from './session-list.js';
export {
  Sessions,
  SessionsContent,
  SessionsDescription,
  SessionsEmpty,
  SessionsHeader,
  SessionsItem,
  SessionsList,
  SessionsReadOnlyNote,
  SessionsRoot,
  SessionsSignOutOthers,
  SessionsTitle,
} from './sessions.js';
export type {
  SessionsItemDetails,
  SessionsItemProps,
  SessionsListProps,
  SessionsRootProps,
  SessionsTitleProps,
} from './sessions.js';
export { TrustedDeviceList } from '../trusted-devices/trusted-device-list.js';
export type { TrustedDeviceListProps } from '../trusted-devices/trusted-device-list.js';
