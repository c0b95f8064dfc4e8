/** Schemas for the Verification API (`/api/verifications/*`), contract §4.3. */
import * as z from 'zod/mini';

/** `201 { verificationRecordId, expiresAt }` of password and code records (§4.3). */
export const verificationRecordCreatedSchema = z.object({
  verificationRecordId: z.string(),
  /** ISO-8601 UTC; records live a fixed 10 minutes (§4.1). */
  expiresAt: z.string(),
});

/** `200 { verificationRecordId }` of the `…/verify` routes (no `expiresAt`). */
export const verificationRecordVerifiedSchema = z.object({ verificationRecordId: z.string() });

/** `POST /api/verifications/social`. */
export const socialVerificationSchema = z.object({
  verificationRecordId: z.string(),
  authorizationUri: z.string(),
  expiresAt: z.string(),
});

const credentialDescriptorSchema = z.looseObject({
  id: z.string(),
  type: z.literal('public-key'),
  transports: z.optional(z.array(z.string())),
});

/** SimpleWebAuthn `PublicKeyCredentialCreationOptionsJSON` as Logto sends it (§4.3). */
export const webAuthnRegistrationOptionsSchema = z.looseObject({
  rp: z.looseObject({ name: z.string(), id: z.optional(z.string()) }),
  user: z.looseObject({ id: z.string(), name: z.string(), displayName: z.string() }),
  challenge: z.string(),
  pubKeyCredParams: z.array(z.object({ alg: z.number(), type: z.literal('public-key') })),
  timeout: z.optional(z.number()),
  excludeCredentials: z.optional(z.array(credentialDescriptorSchema)),
  authenticatorSelection: z.optional(
    z.looseObject({
      authenticatorAttachment: z.optional(z.string()),
      residentKey: z.optional(z.string()),
      requireResidentKey: z.optional(z.boolean()),
      userVerification: z.optional(z.string()),
    }),
  ),
  attestation: z.optional(z.string()),
  extensions: z.optional(z.looseObject({})),
});

/** `POST /api/verifications/web-authn/registration` (answers 200, not 201). */
export const webAuthnRegistrationSchema = z.object({
  verificationRecordId: z.string(),
  registrationOptions: webAuthnRegistrationOptionsSchema,
  expiresAt: z.string(),
});

/** A created password or verification-code record. */
export type VerificationRecordCreated = z.infer<typeof verificationRecordCreatedSchema>;
/** A verified record id. */
export type VerificationRecordVerified = z.infer<typeof verificationRecordVerifiedSchema>;
/** A started social verification. */
export type SocialVerification = z.infer<typeof socialVerificationSchema>;
/** WebAuthn registration options as Logto sends them. */
export type WebAuthnRegistrationOptions = z.infer<typeof webAuthnRegistrationOptionsSchema>;
/** A started WebAuthn registration. */
export type WebAuthnRegistration = z.infer<typeof webAuthnRegistrationSchema>;

/** Identifier a code is sent to; phones are digits only, no `+` (§12). */
export type VerificationCodeIdentifier =
  { type: 'email'; value: string } | { type: 'phone'; value: string };

/** Template the caller may ask for when the code goes to the user's current address (§4.3). */
export type VerificationCodeTemplate = 'UserPermissionValidation' | 'BindMfa';
