/** Schemas for the anonymous `/.well-known` documents, contract §2 and §3.1. */
import * as z from 'zod/mini';
import { mapOf } from './map.js';

// `literal`, not `enum`: the same parsing and issues with less zod in the bundle (see mfa.ts).
const fieldLevelSchema = z.literal(['Off', 'ReadOnly', 'Edit']);

/** Per-field levels; a missing key behaves like `Off` (§0, §3.1). */
export const accountCenterFieldsSchema = z.object({
  name: z.optional(fieldLevelSchema),
  avatar: z.optional(fieldLevelSchema),
  profile: z.optional(fieldLevelSchema),
  email: z.optional(fieldLevelSchema),
  phone: z.optional(fieldLevelSchema),
  password: z.optional(fieldLevelSchema),
  username: z.optional(fieldLevelSchema),
  social: z.optional(fieldLevelSchema),
  customData: z.optional(fieldLevelSchema),
  mfa: z.optional(fieldLevelSchema),
  passkey: z.optional(fieldLevelSchema),
  session: z.optional(fieldLevelSchema),
  trustedDevice: z.optional(fieldLevelSchema),
});

/** `GET /api/.well-known/account-center` (§3.1). */
export const accountCenterSettingsSchema = z.object({
  tenantId: z.optional(z.string()),
  id: z.string(),
  enabled: z.boolean(),
  fields: accountCenterFieldsSchema,
  // Absent from servers older than passkey related origins: unknown, not an invalid document.
  webauthnRelatedOrigins: z.optional(z.array(z.string())),
  deleteAccountUrl: z.optional(z.nullable(z.string())),
  customCss: z.optional(z.nullable(z.string())),
  // The fields the account center shows, in order (facts §3); `null`: Logto's built-in rows.
  profileFields: z.optional(z.nullable(z.array(z.looseObject({ name: z.string() })))),
});

/** The tenant's password policy inside the sign-in experience (§9). */
export const passwordPolicySchema = z.looseObject({
  length: z.optional(z.looseObject({ min: z.optional(z.number()), max: z.optional(z.number()) })),
  characterTypes: z.optional(z.looseObject({ min: z.optional(z.number()) })),
  rejects: z.optional(
    z.looseObject({
      pwned: z.optional(z.boolean()),
      repetitionAndSequence: z.optional(z.boolean()),
      userInfo: z.optional(z.boolean()),
      words: z.optional(z.array(z.string())),
    }),
  ),
});

/** The tenant's username policy inside the sign-in experience (facts §7). */
export const usernamePolicySchema = z.looseObject({
  caseSensitive: z.optional(z.boolean()),
  minLength: z.optional(z.number()),
  maxLength: z.optional(z.number()),
  allowedChars: z.optional(
    z.looseObject({
      lowercase: z.optional(z.boolean()),
      uppercase: z.optional(z.boolean()),
      numbers: z.optional(z.boolean()),
      underscore: z.optional(z.boolean()),
    }),
  ),
});

/**
 * `GET /api/.well-known/sign-in-exp` (§2): typed where the account UI needs it (MFA factors,
 * passkey sign-in, password policy, social connectors, the custom profile field catalogue,
 * branding, language); every other key is kept untyped.
 */
export const signInExperienceSchema = z.looseObject({
  mfa: z.optional(
    z.looseObject({
      factors: z.array(z.string()),
      policy: z.optional(z.string()),
      organizationRequiredMfaPolicy: z.optional(z.string()),
    }),
  ),
  adaptiveMfa: z.optional(z.looseObject({ enabled: z.optional(z.boolean()) })),
  // Kept as sent (`usernamePolicySchema` describes it): only the profile form reads it, through
  // `resolveUsernamePolicy`, which keeps Logto's default for any value of the wrong type, so the
  // settings every page loads do not carry its schema.
  usernamePolicy: z.optional(z.unknown()),
  passkeySignIn: z.optional(z.looseObject({ enabled: z.optional(z.boolean()) })),
  passwordPolicy: z.optional(passwordPolicySchema),
  // Branding and language (facts §5–§6): loose and optional, so an odd value never voids the document.
  color: z.optional(
    z.looseObject({
      primaryColor: z.optional(z.string()),
      isDarkModeEnabled: z.optional(z.boolean()),
      darkPrimaryColor: z.optional(z.string()),
    }),
  ),
  branding: z.optional(
    z.looseObject({
      logoUrl: z.optional(z.nullable(z.string())),
      darkLogoUrl: z.optional(z.nullable(z.string())),
    }),
  ),
  languageInfo: z.optional(
    z.looseObject({
      autoDetect: z.optional(z.boolean()),
      fallbackLanguage: z.optional(z.string()),
    }),
  ),
  socialConnectors: z.optional(
    z.array(
      z.looseObject({
        id: z.string(),
        target: z.string(),
        // Usually a per-locale map (`{ en: 'Google' }`); a plain string is accepted too.
        name: z.optional(z.union([z.string(), mapOf(z.string())])),
        logo: z.optional(z.string()),
        logoDark: z.optional(z.nullable(z.string())),
        // `Web` | `Native` | `Universal`; `Native` connectors are for native apps only.
        platform: z.optional(z.nullable(z.string())),
      }),
    ),
  ),
  // The whole custom profile field catalogue, ordered by `sieOrder` (facts §3). Kept as sent:
  // `resolveProfileFields` (the `profile-fields` entry, loaded with the profile section) reads
  // it with `customProfileFieldSchema` (schemas/profile-fields.ts), so the settings every page loads do not carry that schema,
  // and an unexpected row cannot make the MFA, password or social settings unreadable.
  customProfileFieldCatalog: z.optional(z.unknown()),
});

/** `GET /.well-known/webauthn` (§2): origins allowed to create credentials for the Logto rpId. */
export const webAuthnRelatedOriginsSchema = z.object({ origins: z.array(z.string()) });

/** A field level of the account center. */
export type AccountCenterFieldLevel = z.infer<typeof fieldLevelSchema>;
/** The per-field levels of the account center. */
export type AccountCenterFields = z.infer<typeof accountCenterFieldsSchema>;
/** The account-center settings object. */
export type AccountCenterSettings = z.infer<typeof accountCenterSettingsSchema>;
/** The sign-in experience, typed where the account UI reads it. */
export type SignInExperience = z.infer<typeof signInExperienceSchema>;
/** The tenant's username policy. */
export type UsernamePolicy = z.infer<typeof usernamePolicySchema>;
/** The related-origins document. */
export type WebAuthnRelatedOrigins = z.infer<typeof webAuthnRelatedOriginsSchema>;
