'use client';
/** `@account-center/ui/sessions`: signed-in devices, with sign-out, and trusted devices. */
export { SessionList } from './session-list.js';
export type { SessionListProps } from './session-list.js';
export { TrustedDeviceList } from '../trusted-devices/trusted-device-list.js';
export type { TrustedDeviceListProps } from '../trusted-devices/trusted-device-list.js';
