/** Schemas for the account (`/api/my-account`) resource, contract §3.3 and §6.1–§6.5. */
import * as z from 'zod/mini';
import { mapOf } from './map.js';

// Maps use `looseObject`/`mapOf` rather than `z.record`: same result here, ~0.6 kB less gzip.

/** Postal address inside `profile` (only returned with the `address` scope, §3.2). */
export const addressSchema = z.object({
  formatted: z.optional(z.string()),
  streetAddress: z.optional(z.string()),
  locality: z.optional(z.string()),
  region: z.optional(z.string()),
  postalCode: z.optional(z.string()),
  country: z.optional(z.string()),
});

/** The OIDC-standard `profile` object (§3.3); every key optional. */
export const userProfileSchema = z.object({
  familyName: z.optional(z.string()),
  givenName: z.optional(z.string()),
  middleName: z.optional(z.string()),
  nickname: z.optional(z.string()),
  preferredUsername: z.optional(z.string()),
  profile: z.optional(z.string()),
  website: z.optional(z.string()),
  gender: z.optional(z.string()),
  birthdate: z.optional(z.string()),
  zoneinfo: z.optional(z.string()),
  locale: z.optional(z.string()),
  address: z.optional(addressSchema),
});

/** One linked social identity; `details` is the connector's user info, kept as sent. */
export const socialIdentitySchema = z.object({
  userId: z.string(),
  details: z.optional(z.looseObject({})),
});

/**
 * `GET /api/my-account` (and the PATCH answer): keys appear only when the token's scopes and the
 * account-center fields allow (§3.2); `id` and `hasSecurityVerificationMethod` are always there.
 */
export const accountSchema = z.object({
  id: z.string(),
  username: z.optional(z.nullable(z.string())),
  primaryEmail: z.optional(z.nullable(z.string())),
  primaryPhone: z.optional(z.nullable(z.string())),
  name: z.optional(z.nullable(z.string())),
  avatar: z.optional(z.nullable(z.string())),
  profile: z.optional(userProfileSchema),
  customData: z.optional(z.looseObject({})),
  identities: z.optional(mapOf(socialIdentitySchema)),
  lastSignInAt: z.optional(z.nullable(z.number())),
  createdAt: z.optional(z.number()),
  updatedAt: z.optional(z.number()),
  applicationId: z.optional(z.nullable(z.string())),
  cimdClientId: z.optional(z.nullable(z.string())),
  isSuspended: z.optional(z.boolean()),
  hasPassword: z.optional(z.boolean()),
  hasSecurityVerificationMethod: z.boolean(),
});

/** `POST /api/my-account/user-assets/avatar` answer (§6.5). */
export const avatarUploadSchema = z.object({ url: z.string() });

/** The signed-in user as `GET /api/my-account` returns it. */
export type Account = z.infer<typeof accountSchema>;
/** The `profile` object of an account. */
export type UserProfile = z.infer<typeof userProfileSchema>;
/** A postal address inside the profile. */
export type Address = z.infer<typeof addressSchema>;
/** A linked social identity. */
export type SocialIdentity = z.infer<typeof socialIdentitySchema>;
/** Answer of the avatar upload. */
export type AvatarUpload = z.infer<typeof avatarUploadSchema>;

/** Body of `PATCH /api/my-account` (§6.2): `null` clears, omitted keys stay; `customData` replaces. */
export interface UpdateAccountInput {
  name?: string | null;
  avatar?: string | null;
  username?: string | null;
  customData?: Record<string, unknown>;
}

/** Body of `PATCH /api/my-account/profile` (§6.3): shallow merge, `address` replaced whole. */
export type UpdateProfileInput = UserProfile;
