'use client';
/** `@account-center/ui/social`: linked social accounts, and the page the provider returns to. */
export { SocialConnections } from './social-connections.js';
export type { SocialConnectionsProps } from './social-connections.js';
export { SocialLinkCallback } from './social-link-callback.js';
export type { SocialLinkCallbackProps } from './social-link-callback.js';
