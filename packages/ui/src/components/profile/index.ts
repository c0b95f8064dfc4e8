'use client';
/** `@account-center/ui/profile`: name, username and avatar, and the tenant's custom profile fields. */
export { ProfileForm } from './profile-form.js';
export type { ProfileFormProps } from './profile-form.js';
export { CustomProfileFields } from './custom-fields/custom-profile-fields.js';
export type { CustomProfileFieldsProps } from './custom-fields/custom-profile-fields.js';
export { ProfileFormSwitch } from './custom-fields/profile-form-switch.js';
