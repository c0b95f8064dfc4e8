'use client';
/** `@account-center/ui/email`: add, change or remove the email address (with a code check). */
export { EmailChange } from './email-change.js';
export type { EmailChangeProps } from './email-change.js';
