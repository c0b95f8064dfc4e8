'use client';
/** `@account-center/ui/profile`: name, username and avatar. */
export { ProfileForm } from './profile-form.js';
export type { ProfileFormProps } from './profile-form.js';
