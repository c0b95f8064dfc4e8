/** The Verification API (§4.3). No route checks an OIDC scope. */

import type { RouteContext, RouteDefinition } from '../context.js';
import { assertEmailAllowed } from '../email-blocklist.js';
import { ApiError } from '../errors.js';
import { requireFirstParty } from '../guards.js';
import { jsonResponse } from '../http.js';
import { randomDigits } from '../ids.js';
import { verifyPassword } from '../password.js';
import {
  assertCanSend,
  assertNotBlocked,
  createRecord,
  findActiveRecord,
  normalizeRecipient,
  recordFailure,
  recordSend,
  sentinelTarget,
  toIsoString,
} from '../records.js';
import { exchangeSocialCode } from '../social.js';
import {
  guard,
  passwordBodySchema,
  sendCodeBodySchema,
  socialBodySchema,
  socialVerifyBodySchema,
  verifyCodeBodySchema,
  webAuthnVerifyBodySchema,
} from '../validation.js';
import { buildRegistrationOptions, verifyRegistration } from '../webauthn.js';

/** §4.3: verifies the token user's password inside the brute-force sentinel (§8.2). */
function createPasswordVerification(context: RouteContext): Response {
  const { password } = guard(passwordBodySchema, context.body);
  requireFirstParty(context);
  const { tenant, user } = context;
  const now = context.services.now();
  if (user.isSuspended) throw new ApiError(401, 'user.suspended');
  const target = sentinelTarget(user.id);
  assertNotBlocked(tenant, target, now);
  if (!verifyPassword(password, user.passwordHash)) {
    recordFailure(tenant, target, now);
    throw new ApiError(422, 'session.invalid_credentials');
  }
  const record = createRecord(tenant, now, { type: 'Password', userId: user.id, verified: true });
  return jsonResponse(201, {
    verificationRecordId: record.id,
    expiresAt: toIsoString(record.expiresAt),
  });
}

/**
 * §4.3: an identifier not exactly equal to the current one is "new" (template forced to
 * `BindNewIdentifier`, record unbound, §10.6); a current one keeps the asked template.
 */
function sendVerificationCode(context: RouteContext): Response {
  const body = guard(sendCodeBodySchema, context.body);
  requireFirstParty(context);
  const { tenant, user } = context;
  const now = context.services.now();
  const { identifier } = body;
  const current = identifier.type === 'email' ? user.primaryEmail : user.primaryPhone;
  const isNew = identifier.value !== current;
  if (isNew && identifier.type === 'email') assertEmailAllowed(tenant, identifier.value);
  const connectorType = identifier.type === 'email' ? 'Email' : 'Sms';
  if (!tenant.connectors.some((connector) => connector.type === connectorType)) {
    throw new ApiError(501, 'connector.not_found', { interpolation: { type: connectorType } });
  }
  const recipient = normalizeRecipient(identifier.type, identifier.value);
  assertCanSend(tenant, recipient, now);
  const templateType = isNew
    ? 'BindNewIdentifier'
    : (body.templateType ?? 'UserPermissionValidation');
  const code = randomDigits(6);
  const record = createRecord(tenant, now, {
    type: identifier.type === 'email' ? 'EmailVerificationCode' : 'PhoneVerificationCode',
    userId: isNew ? null : user.id,
    identifier: { ...identifier },
    templateType,
    verified: false,
    code: { code, createdAt: now, tries: 0, consumed: false },
  });
  recordSend(tenant, recipient, now);
  context.services.deliver({
    channel: identifier.type === 'email' ? 'email' : 'sms',
    recipient: identifier.value,
    code,
    templateType,
    verificationRecordId: record.id,
    sentAt: now,
  });
  return jsonResponse(201, {
    verificationRecordId: record.id,
    expiresAt: toIsoString(record.expiresAt),
  });
}

/** §4.3: the record's owner is not checked; the code is consumed on success. */
function verifyVerificationCode(context: RouteContext): Response {
  const body = guard(verifyCodeBodySchema, context.body);
  requireFirstParty(context);
  const { tenant } = context;
  const now = context.services.now();
  const expectedType =
    body.identifier.type === 'email' ? 'EmailVerificationCode' : 'PhoneVerificationCode';
  const record = findActiveRecord(tenant, body.verificationId, now);
  if (!record || record.type !== expectedType)
    throw new ApiError(400, 'verification_record.not_found');
  const target = sentinelTarget(record.identifier.value);
  assertNotBlocked(tenant, target, now);
  const fail = (code: string): never => {
    recordFailure(tenant, target, now);
    throw new ApiError(400, code);
  };
  const sent = record.code;
  if (!sent || sent.consumed) return fail('verification_code.not_found');
  if (body.identifier.value !== record.identifier.value) {
    return fail(
      body.identifier.type === 'email'
        ? 'verification_code.email_mismatch'
        : 'verification_code.phone_mismatch',
    );
  }
  const policy = tenant.signInExperience.verificationCodePolicy;
  if (now - sent.createdAt > policy.expirationDuration * 1000)
    return fail('verification_code.expired');
  if (sent.tries >= policy.maxRetryAttempts) return fail('verification_code.exceed_max_try');
  if (body.code !== sent.code) {
    sent.tries += 1;
    return fail('verification_code.code_mismatch');
  }
  sent.consumed = true;
  record.verified = true;
  return jsonResponse(200, { verificationRecordId: record.id });
}

/** §4.3: not first-party guarded; the record is not bound to a user. */
function createSocialVerification(context: RouteContext): Response {
  const body = guard(socialBodySchema, context.body);
  const { tenant } = context;
  const connector = tenant.connectors.find((candidate) => candidate.id === body.connectorId);
  if (!connector)
    throw new ApiError(422, 'session.invalid_connector_id', {
      interpolation: { connectorId: body.connectorId },
    });
  if (connector.type !== 'Social') throw new ApiError(400, 'connector.unexpected_type');
  if (!body.state || !body.redirectUri) throw new ApiError(400, 'session.insufficient_info');
  const now = context.services.now();
  const record = createRecord(tenant, now, {
    type: 'Social',
    userId: null,
    connectorId: connector.id,
    state: body.state,
    redirectUri: body.redirectUri,
    verified: false,
  });
  const authorizationUri = context.services.socialAuthorizationUri({
    connectorId: connector.id,
    state: body.state,
    redirectUri: body.redirectUri,
    ...(body.scope === undefined ? {} : { scope: body.scope }),
    verificationRecordId: record.id,
  });
  return jsonResponse(201, {
    verificationRecordId: record.id,
    authorizationUri,
    expiresAt: toIsoString(record.expiresAt),
  });
}

function verifySocialVerification(context: RouteContext): Response {
  const body = guard(socialVerifyBodySchema, context.body);
  const { tenant } = context;
  const now = context.services.now();
  const record = findActiveRecord(tenant, body.verificationRecordId, now);
  if (!record || record.type !== 'Social') throw new ApiError(400, 'verification_record.not_found');
  const socialUser = exchangeSocialCode(
    tenant,
    record.connectorId,
    record.state,
    body.connectorData,
    now,
  );
  record.socialUserInfo = { ...socialUser, rawData: { ...socialUser } };
  const connector = tenant.connectors.find((candidate) => candidate.id === record.connectorId);
  if (connector?.tokenStorage) {
    record.tokenSet = {
      access_token: `mock-${connector.target}-access-${socialUser.id}-${now}`,
      scope: 'openid profile email',
      token_type: 'Bearer',
      expiresAt: now + 3600 * 1000,
      refresh_token: `mock-${connector.target}-refresh-${socialUser.id}`,
    };
  }
  record.verified = true;
  return jsonResponse(200, { verificationRecordId: record.id });
}

/** §4.3: answers 200 (not 201); rp.id is the API request's host name (§12). */
function createWebAuthnRegistration(context: RouteContext): Response {
  requireFirstParty(context);
  const rpId = context.url.hostname;
  const registrationOptions = buildRegistrationOptions(context.user, rpId);
  const record = createRecord(context.tenant, context.services.now(), {
    type: 'WebAuthn',
    userId: context.user.id,
    challenge: registrationOptions.challenge,
    rpId,
    verified: false,
  });
  return jsonResponse(200, {
    verificationRecordId: record.id,
    registrationOptions,
    expiresAt: toIsoString(record.expiresAt),
  });
}

/** §4.3, §12: accepted origins = the request's own `Origin` plus `webauthnRelatedOrigins`. */
async function verifyWebAuthnRegistration(context: RouteContext): Promise<Response> {
  const body = guard(webAuthnVerifyBodySchema, context.body);
  requireFirstParty(context);
  const record = findActiveRecord(
    context.tenant,
    body.verificationRecordId,
    context.services.now(),
  );
  if (!record || record.type !== 'WebAuthn')
    throw new ApiError(400, 'verification_record.not_found');
  if (!record.challenge) throw new ApiError(400, 'session.mfa.pending_info_not_found');
  const { type: _type, ...response } = body.payload;
  const expectedOrigins = [
    ...new Set([
      ...(context.origin ? [context.origin] : []),
      ...context.tenant.accountCenter.webauthnRelatedOrigins,
    ]),
  ];
  const result = await verifyRegistration({
    response: { ...response, type: 'public-key' },
    challenge: record.challenge,
    expectedOrigins,
  });
  if (!result.verified)
    throw new ApiError(400, 'session.mfa.webauthn_verification_failed', {
      data: { message: result.message },
    });
  record.registrationInfo = result.credential;
  record.verified = true;
  return jsonResponse(200, { verificationRecordId: record.id });
}

/** The routes of this module. */
export const verificationRoutes: RouteDefinition[] = [
  { method: 'POST', path: '/api/verifications/password', handler: createPasswordVerification },
  { method: 'POST', path: '/api/verifications/verification-code', handler: sendVerificationCode },
  {
    method: 'POST',
    path: '/api/verifications/verification-code/verify',
    handler: verifyVerificationCode,
  },
  { method: 'POST', path: '/api/verifications/social', handler: createSocialVerification },
  { method: 'POST', path: '/api/verifications/social/verify', handler: verifySocialVerification },
  {
    method: 'POST',
    path: '/api/verifications/web-authn/registration',
    handler: createWebAuthnRegistration,
  },
  {
    method: 'POST',
    path: '/api/verifications/web-authn/registration/verify',
    handler: verifyWebAuthnRegistration,
  },
];
