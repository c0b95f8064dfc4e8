/**
 * Verification API operations (`/api/verifications/*`, contract §4.3). Records that can serve as
 * the `logto-verification-id` header (§4.2, §4.4) are put into the transport's store here.
 */
import { knownIdentifiers } from '../known-identifiers.js';
import type { AccountRoute } from '../route.js';
import {
  socialVerificationSchema,
  verificationRecordCreatedSchema,
  verificationRecordVerifiedSchema,
  webAuthnRegistrationSchema,
} from '../schemas/verifications.js';
import type {
  SocialVerification,
  VerificationCodeIdentifier,
  VerificationCodeTemplate,
  VerificationRecordCreated,
  VerificationRecordVerified,
  WebAuthnRegistration,
} from '../schemas/verifications.js';
import type { AccountTransport, RequestOptions } from '../transport.js';
import { localRecordExpiry } from '../verification-store.js';
import type { VerificationStore } from '../verification-store.js';
import type { WebAuthnVerifyPayload } from '../webauthn.js';

const base = '/api/verifications';

// None of these routes checks an OIDC scope (§4.3).
export const createPasswordVerificationRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/password`,
  verification: 'never',
};
export const sendVerificationCodeRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/verification-code`,
  verification: 'never',
};
export const verifyVerificationCodeRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/verification-code/verify`,
  verification: 'never',
};
export const createSocialVerificationRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/social`,
  verification: 'never',
};
export const verifySocialVerificationRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/social/verify`,
  verification: 'never',
};
export const createWebAuthnRegistrationRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/web-authn/registration`,
  verification: 'never',
};
export const verifyWebAuthnRegistrationRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/web-authn/registration/verify`,
  verification: 'never',
};

/**
 * Why a code is sent. Only a code sent to the user's *current* primary email/phone proves identity
 * (§4.2). The client knows the current address only if it has read the account, so the caller
 * may say it explicitly.
 * - `identity`: step-up; after `verifyVerificationCode` the record becomes the header record.
 * - `new-identifier`: proves a new address for `updatePrimaryEmail`/`updatePrimaryPhone`.
 */
export type VerificationCodePurpose = 'identity' | 'new-identifier';

/** Input of {@link sendVerificationCode}. */
export interface SendVerificationCodeInput {
  identifier: VerificationCodeIdentifier;
  templateType?: VerificationCodeTemplate;
  /**
   * Not sent to Logto; decides whether the verified record becomes the header record. When
   * omitted: `identity` if the identifier equals (exactly, like Logto) the primary email/phone of
   * the last account this client read, else `new-identifier`.
   */
  purpose?: VerificationCodePurpose;
}

interface PendingCode {
  expiresAt: Date;
  identifierType: VerificationCodeIdentifier['type'];
  headerUsable: boolean;
}

// `/verify` answers without `expiresAt` (§4.3), so the send answer's expiry is remembered per id.
const pendingCodes = new WeakMap<VerificationStore, Map<string, PendingCode>>();

function inferPurpose(
  transport: AccountTransport,
  identifier: VerificationCodeIdentifier,
): VerificationCodePurpose {
  const current = knownIdentifiers(transport.verification)[identifier.type];
  return current && current === identifier.value ? 'identity' : 'new-identifier';
}

/**
 * Verify the user's password (`POST /api/verifications/password`, §4.3) and keep the record as
 * the identity-verification header.
 */
export async function createPasswordVerification(
  transport: AccountTransport,
  input: { password: string },
  options?: RequestOptions,
): Promise<VerificationRecordCreated> {
  const sentAt = transport.now();
  const record = await transport.request(
    {
      route: createPasswordVerificationRoute,
      json: input,
      schema: verificationRecordCreatedSchema,
    },
    options,
  );
  transport.verification.set({
    id: record.verificationRecordId,
    // Not `record.expiresAt`: that is on the server's clock (§4.1).
    expiresAt: localRecordExpiry(sentAt),
    method: 'password',
  });
  return record;
}

/**
 * Send a 6-digit code to an email or phone (digits only, §12). Each call creates a new record
 * (§8.1). `purpose` says whether the code proves the user's identity (see
 * {@link SendVerificationCodeInput}); it is inferred from the last account read when omitted.
 */
export async function sendVerificationCode(
  transport: AccountTransport,
  input: SendVerificationCodeInput,
  options?: RequestOptions,
): Promise<VerificationRecordCreated> {
  const { purpose = inferPurpose(transport, input.identifier), ...body } = input;
  const sentAt = transport.now();
  const record = await transport.request(
    {
      route: sendVerificationCodeRoute,
      json: body,
      schema: verificationRecordCreatedSchema,
    },
    options,
  );
  let pending = pendingCodes.get(transport.verification);
  if (!pending) {
    pending = new Map();
    pendingCodes.set(transport.verification, pending);
  }
  const now = transport.now();
  for (const [id, entry] of pending) if (entry.expiresAt.getTime() <= now) pending.delete(id);
  pending.set(record.verificationRecordId, {
    // On this device's clock, like every expiry the store compares (§4.1).
    expiresAt: localRecordExpiry(sentAt),
    identifierType: input.identifier.type,
    // Only the UserPermissionValidation template makes a header record (§4.4); BindMfa does not.
    headerUsable:
      purpose === 'identity' &&
      (input.templateType ?? 'UserPermissionValidation') === 'UserPermissionValidation',
  });
  return record;
}

/**
 * Check the code (`POST …/verification-code/verify`). When the code was sent with
 * `purpose: 'identity'`, the record becomes the identity-verification header record.
 */
export async function verifyVerificationCode(
  transport: AccountTransport,
  input: { identifier: VerificationCodeIdentifier; verificationId: string; code: string },
  options?: RequestOptions,
): Promise<VerificationRecordVerified> {
  const result = await transport.request(
    {
      route: verifyVerificationCodeRoute,
      json: input,
      schema: verificationRecordVerifiedSchema,
    },
    options,
  );
  const pending = pendingCodes.get(transport.verification)?.get(input.verificationId);
  if (pending?.headerUsable) {
    transport.verification.set({
      id: result.verificationRecordId,
      expiresAt: pending.expiresAt,
      method: pending.identifierType,
    });
  }
  return result;
}

/** Start a social verification; redirect the user to `authorizationUri` (§4.3). */
export function createSocialVerification(
  transport: AccountTransport,
  input: { connectorId: string; state: string; redirectUri: string; scope?: string },
  options?: RequestOptions,
): Promise<SocialVerification> {
  return transport.request(
    {
      route: createSocialVerificationRoute,
      json: input,
      schema: socialVerificationSchema,
    },
    options,
  );
}

/**
 * Finish a social verification with the query parameters received on `redirectUri`, as an object
 * (`connectorData` must be a JSON object, not a string, §11).
 */
export function verifySocialVerification(
  transport: AccountTransport,
  input: { verificationRecordId: string; connectorData: Record<string, unknown> },
  options?: RequestOptions,
): Promise<VerificationRecordVerified> {
  return transport.request(
    {
      route: verifySocialVerificationRoute,
      json: input,
      schema: verificationRecordVerifiedSchema,
    },
    options,
  );
}

/**
 * Get WebAuthn registration options for a new passkey (answers 200, §4.3). The returned
 * `expiresAt` is on this device's clock ({@link localRecordExpiry}), not the server's, so a
 * refresh timer built on it neither fires at once nor too late on a skewed clock.
 */
export async function createWebAuthnRegistration(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<WebAuthnRegistration> {
  const sentAt = transport.now();
  const registration = await transport.request(
    {
      route: createWebAuthnRegistrationRoute,
      schema: webAuthnRegistrationSchema,
    },
    options,
  );
  return { ...registration, expiresAt: localRecordExpiry(sentAt).toISOString() };
}

/** Verify the browser's registration response; see `toWebAuthnVerifyPayload` (§4.3). */
export function verifyWebAuthnRegistration(
  transport: AccountTransport,
  input: { verificationRecordId: string; payload: WebAuthnVerifyPayload },
  options?: RequestOptions,
): Promise<VerificationRecordVerified> {
  return transport.request(
    {
      route: verifyWebAuthnRegistrationRoute,
      json: input,
      schema: verificationRecordVerifiedSchema,
    },
    options,
  );
}
