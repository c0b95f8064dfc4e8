'use client';
/** `@account-center/ui/sessions`: signed-in devices, with sign-out. */
export { SessionList } from './session-list.js';
export type { SessionListProps } from './session-list.js';
