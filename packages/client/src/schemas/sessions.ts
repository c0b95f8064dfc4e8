/** Schemas for sessions, grants and trusted devices, contract §6.9–§6.10. */
import * as z from 'zod/mini';
import { mapOf } from './map.js';

/**
 * One OIDC session (§6.9). `payload` and `lastSubmission` are the provider's own objects; only
 * the keys the UI uses are typed and the rest are kept.
 */
export const sessionSchema = z.object({
  payload: z.looseObject({
    exp: z.number(),
    iat: z.number(),
    jti: z.string(),
    /** Use this id to sign the session out. */
    uid: z.string(),
    kind: z.string(),
    loginTs: z.number(),
    accountId: z.string(),
    authorizations: z.optional(
      mapOf(
        z.looseObject({
          sid: z.optional(z.string()),
          grantId: z.optional(z.string()),
          persistsLogout: z.optional(z.boolean()),
        }),
      ),
    ),
  }),
  lastSubmission: z.nullable(
    z.looseObject({
      interactionEvent: z.optional(z.string()),
      userId: z.optional(z.string()),
      verificationRecords: z.optional(z.array(z.unknown())),
      signInContext: z.optional(
        z.looseObject({
          ip: z.optional(z.string()),
          userAgent: z.optional(z.string()),
          country: z.optional(z.string()),
          city: z.optional(z.string()),
        }),
      ),
    }),
  ),
  clientId: z.nullable(z.string()),
  accountId: z.nullable(z.string()),
  expiresAt: z.number(),
  isCurrent: z.boolean(),
});

/** `GET /api/my-account/sessions`. */
export const sessionListSchema = z.object({ sessions: z.array(sessionSchema) });

/** One application grant (§6.9). */
export const grantSchema = z.object({
  id: z.string(),
  payload: z.looseObject({
    exp: z.number(),
    iat: z.number(),
    jti: z.string(),
    kind: z.string(),
    clientId: z.string(),
    accountId: z.string(),
  }),
  expiresAt: z.number(),
  application: z.object({ id: z.string(), name: z.string() }),
});

/** `GET /api/my-account/grants`. */
export const grantListSchema = z.object({ grants: z.array(grantSchema) });

/** One trusted (MFA-remembered) device (§6.10). */
export const trustedDeviceSchema = z.object({
  id: z.string(),
  userAgent: z.nullable(z.string()),
  country: z.nullable(z.string()),
  city: z.nullable(z.string()),
  createdAt: z.number(),
  lastUsedAt: z.number(),
  expiresAt: z.number(),
  isCurrent: z.boolean(),
});

/** `GET /api/my-account/trusted-devices` body (the total comes in a header). */
export const trustedDeviceListSchema = z.array(trustedDeviceSchema);

/** One active session of the user. */
export type Session = z.infer<typeof sessionSchema>;
/** Answer of `listSessions`. */
export type SessionList = z.infer<typeof sessionListSchema>;
/** One application grant. */
export type Grant = z.infer<typeof grantSchema>;
/** Answer of `listGrants`. */
export type GrantList = z.infer<typeof grantListSchema>;
/** One trusted device. */
export type TrustedDevice = z.infer<typeof trustedDeviceSchema>;
/** Answer of `listTrustedDevices`: one page plus the `Total-Number` header. */
export interface TrustedDevicePage {
  trustedDevices: TrustedDevice[];
  /** Total across pages, from the `Total-Number` header; `undefined` when absent. */
  total: number | undefined;
}
