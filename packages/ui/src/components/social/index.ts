'use client';
/** `@account-center/ui/social`: linked social accounts, and the page the provider returns to; the section's parts. */
export { SocialConnections } from './social-connections.js';
export type { SocialConnectionsProps } from './social-connections.js';
export {
  Social,
  SocialCallback,
  SocialContent,
  SocialDescription,
  SocialEmpty,
  SocialHeader,
  SocialItem,
  SocialLinkError,
  SocialList,
  SocialReadOnlyNote,
  SocialRoot,
  SocialTitle,
} from './social.js';
export type {
  SocialCallbackProps,
  SocialConnection,
  SocialItemDetails,
  SocialItemProps,
  SocialListProps,
  SocialRootProps,
  SocialTitleProps,
} from './social.js';
export { SocialLinkCallback } from './social-link-callback.js';
export type { SocialLinkCallbackProps } from './social-link-callback.js';
