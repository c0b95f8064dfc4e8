'use client';
/** `@account-center/ui/phone`: add, change or remove the phone number (with a code check). */
export { PhoneChange } from './phone-change.js';
export type { PhoneChangeProps } from './phone-change.js';
