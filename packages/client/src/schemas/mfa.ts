/** Schemas for MFA factors, MFA settings and Logto configs, contract §6.8. */
import * as z from 'zod/mini';

/**
 * One entry of `GET /api/my-account/mfa-verifications` (§6.8); `createdAt` is an ISO string.
 * A plain union types the same as `discriminatedUnion` and keeps it (~0.5 kB gzip) out of the
 * bundle. `type` uses `literal`, not a one-value `enum`: the same `invalid_value` issue, and no
 * schema of the kit needs `enum` (~0.2 kB) any more.
 */
export const mfaVerificationSchema = z.union([
  z.object({ id: z.string(), createdAt: z.string(), type: z.literal('Totp') }),
  z.object({
    id: z.string(),
    createdAt: z.string(),
    type: z.literal('WebAuthn'),
    lastUsedAt: z.optional(z.nullable(z.string())),
    agent: z.optional(z.nullable(z.string())),
    name: z.optional(z.nullable(z.string())),
  }),
  z.object({
    id: z.string(),
    createdAt: z.string(),
    type: z.literal('BackupCode'),
    remainCodes: z.number(),
  }),
  // Never listed per the contract (§6.8), but the server's OpenAPI enum allows them: accept
  // rather than fail the whole list.
  z.object({
    id: z.string(),
    createdAt: z.string(),
    type: z.literal(['EmailVerificationCode', 'PhoneVerificationCode']),
  }),
]);

/** The list answer. */
export const mfaVerificationListSchema = z.array(mfaVerificationSchema);

/** `POST …/totp-secret/generate` (§6.8): a base32 secret, not yet stored. */
export const totpSecretSchema = z.object({ secret: z.string() });

/** `POST …/backup-codes/generate` (§6.8): ten fresh codes, not yet stored. */
export const generatedBackupCodesSchema = z.object({ codes: z.array(z.string()) });

/** `GET …/backup-codes` (§6.8): stored codes and when each was used. */
export const backupCodesSchema = z.object({
  codes: z.array(z.object({ code: z.string(), usedAt: z.optional(z.nullable(z.string())) })),
});

/** `GET`/`PATCH /api/my-account/mfa-settings`. */
export const mfaSettingsSchema = z.object({ skipMfaOnSignIn: z.boolean() });

/** `GET`/`PATCH /api/my-account/logto-configs` (`mfa.enabled` absent = unknown/legacy). */
export const logtoConfigsSchema = z.object({
  mfa: z.object({
    enabled: z.optional(z.boolean()),
    skipped: z.boolean(),
    skipMfaOnSignIn: z.boolean(),
  }),
  passkeySignIn: z.object({ skipped: z.boolean() }),
});

/** One MFA factor of the user. */
export type MfaVerification = z.infer<typeof mfaVerificationSchema>;
/** MFA factor kinds the Account API can bind. */
export type MfaFactorType = MfaVerification['type'];
/** A generated TOTP secret. */
export type TotpSecret = z.infer<typeof totpSecretSchema>;
/** Freshly generated backup codes. */
export type GeneratedBackupCodes = z.infer<typeof generatedBackupCodesSchema>;
/** Stored backup codes with their use time. */
export type BackupCodes = z.infer<typeof backupCodesSchema>;
/** The user's MFA settings. */
export type MfaSettings = z.infer<typeof mfaSettingsSchema>;
/** The user's exposed Logto configs. */
export type LogtoConfigs = z.infer<typeof logtoConfigsSchema>;

/** Body of `POST /api/my-account/mfa-verifications` (§6.8), a union on `type`. */
export type AddMfaVerificationInput =
  | { type: 'WebAuthn'; newIdentifierVerificationRecordId: string; name?: string }
  | { type: 'Totp'; secret: string; code?: string }
  | { type: 'BackupCode'; codes: string[] };

/** Body of `PATCH /api/my-account/logto-configs`: each flag optional, merged server-side. */
export interface UpdateLogtoConfigsInput {
  mfa?: {
    enabled?: boolean;
    skipped?: boolean;
    additionalBindingSuggestionSkipped?: boolean;
    skipMfaOnSignIn?: boolean;
  };
  passkeySignIn?: { skipped?: boolean };
}
