'use client';
/** `@account-center/ui/profile`: name, username and avatar, their parts, and the tenant's custom profile fields. */
export {
  Profile,
  ProfileAddress,
  ProfileAvatar,
  ProfileContent,
  ProfileDescription,
  ProfileDetails,
  ProfileError,
  ProfileForm,
  ProfileFormPart,
  ProfileHeader,
  ProfileName,
  ProfileRoot,
  ProfileSave,
  ProfileTitle,
  ProfileUsername,
} from './profile-form.js';
export type { ProfileFormPartProps, ProfileFormProps, ProfileRootProps } from './profile-form.js';
export { CustomProfileFields } from './custom-fields/custom-profile-fields.js';
export type { CustomProfileFieldsProps } from './custom-fields/custom-profile-fields.js';
export { ProfileFormSwitch } from './custom-fields/profile-form-switch.js';
