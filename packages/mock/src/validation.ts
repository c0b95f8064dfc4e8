/**
 * Request-body and query schemas. Logto validates with zod 3 (koa-guard), so these use
 * `zod/v3` to reproduce its issue shapes and English wording exactly (§1.3).
 */

import { z } from 'zod/v3';
import { ApiError } from './errors.js';

/** Logto's email pattern (`emailRegEx`). */
const emailPattern = /^\S+@\S+\.\S+$/;
/** Phones are digits only in every body (§12: `+1555…` is a guard error). */
const phonePattern = /^\d+$/;
/** Username pattern of `PATCH /my-account` (§6.2). */
const usernamePattern = /^[A-Z_a-z]\w*$/;

const jsonObject = z.record(z.unknown());

/** `{ type, value }` identifier of the code routes (§4.3). */
export const identifierSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('email'), value: z.string().max(256).regex(emailPattern) }),
  z.object({ type: z.literal('phone'), value: z.string().regex(phonePattern) }),
]);

export const passwordBodySchema = z.object({ password: z.string().min(1) });

export const sendCodeBodySchema = z.object({
  identifier: identifierSchema,
  templateType: z.enum(['UserPermissionValidation', 'BindMfa']).optional(),
});

export const verifyCodeBodySchema = z.object({
  identifier: identifierSchema,
  verificationId: z.string(),
  code: z.string(),
});

export const socialBodySchema = z.object({
  connectorId: z.string(),
  state: z.string(),
  redirectUri: z.string(),
  scope: z.string().optional(),
});

export const socialVerifyBodySchema = z.object({
  verificationRecordId: z.string(),
  connectorData: jsonObject,
});

export const webAuthnVerifyBodySchema = z.object({
  verificationRecordId: z.string(),
  payload: z.object({
    type: z.literal('WebAuthn'),
    id: z.string(),
    rawId: z.string(),
    response: z.object({
      clientDataJSON: z.string(),
      attestationObject: z.string(),
      authenticatorData: z.string().optional(),
      transports: z.array(z.string()).optional(),
      publicKeyAlgorithm: z.number().optional(),
      publicKey: z.string().optional(),
    }),
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
    clientExtensionResults: z.object({}).passthrough(),
  }),
});

export const updateAccountBodySchema = z.object({
  name: z.string().nullable().optional(),
  avatar: z.string().url().nullable().optional(),
  username: z.string().regex(usernamePattern).nullable().optional(),
  customData: jsonObject.optional(),
});

const addressSchema = z.object({
  formatted: z.string().optional(),
  streetAddress: z.string().optional(),
  locality: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
});

export const profileBodySchema = z.object({
  familyName: z.string().optional(),
  givenName: z.string().optional(),
  middleName: z.string().optional(),
  nickname: z.string().optional(),
  preferredUsername: z.string().optional(),
  profile: z.string().optional(),
  website: z.string().optional(),
  gender: z.string().optional(),
  birthdate: z.string().optional(),
  zoneinfo: z.string().optional(),
  locale: z.string().optional(),
  address: addressSchema.optional(),
});

export const primaryEmailBodySchema = z.object({
  email: z.string().regex(emailPattern),
  newIdentifierVerificationRecordId: z.string(),
});

export const primaryPhoneBodySchema = z.object({
  phone: z.string().regex(phonePattern),
  newIdentifierVerificationRecordId: z.string(),
});

export const newIdentifierBodySchema = z.object({ newIdentifierVerificationRecordId: z.string() });

export const verificationRecordBodySchema = z.object({ verificationRecordId: z.string() });

export const addMfaBodySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('WebAuthn'),
    newIdentifierVerificationRecordId: z.string(),
    name: z.string().optional(),
  }),
  z.object({ type: z.literal('Totp'), secret: z.string(), code: z.string().optional() }),
  z.object({ type: z.literal('BackupCode'), codes: z.array(z.string()) }),
]);

export const replaceTotpBodySchema = z.object({ secret: z.string(), code: z.string() });

export const renameBodySchema = z.object({ name: z.string() });

export const mfaSettingsBodySchema = z.object({ skipMfaOnSignIn: z.boolean() });

export const logtoConfigsBodySchema = z.object({
  mfa: z
    .object({
      enabled: z.boolean().optional(),
      skipped: z.boolean().optional(),
      additionalBindingSuggestionSkipped: z.boolean().optional(),
      skipMfaOnSignIn: z.boolean().optional(),
    })
    .optional(),
  passkeySignIn: z.object({ skipped: z.boolean().optional() }).optional(),
});

export const deleteSessionQuerySchema = z.object({
  revokeGrantsTarget: z.enum(['all', 'firstParty']).optional(),
});

export const grantsQuerySchema = z.object({
  appType: z.enum(['firstParty', 'thirdParty']).optional(),
});

/** koa-guard words a type issue its own way in `details` (recorded: "Expected object but received string."). */
function detailOf(issue: z.ZodIssue): string {
  return issue.code === 'invalid_type'
    ? `Expected ${issue.expected} but received ${issue.received}.`
    : issue.message;
}

/**
 * Validates like koa-guard: `400 guard.invalid_input`, `data` = the serialized ZodError,
 * `details` = one `Error in key path "…": (code) message` line per issue (§1.3; a type issue says
 * "Expected X but received Y.").
 */
export function guard<TSchema extends z.ZodTypeAny>(
  schema: TSchema,
  value: unknown,
  type: 'body' | 'query' | 'params' = 'body',
): z.infer<TSchema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const { issues } = result.error;
  throw new ApiError(400, 'guard.invalid_input', {
    interpolation: { type },
    data: { issues, name: 'ZodError' },
    details: issues
      .map(
        (issue) =>
          `Error in key path "${issue.path.map(String).join('.')}": (${issue.code}) ${detailOf(issue)}`,
      )
      .join('\n'),
  });
}
