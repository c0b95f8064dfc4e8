/** Primary email and phone (§6.6). */

import type { RouteContext, RouteDefinition } from '../context.js';
import { assertEmailAllowed } from '../email-blocklist.js';
import { ApiError } from '../errors.js';
import {
  requireEditable,
  requireFirstParty,
  requireIdentityVerified,
  requireRemainingIdentifier,
  requireScope,
} from '../guards.js';
import { noContent } from '../http.js';
import { findActiveRecord } from '../records.js';
import { guard, primaryEmailBodySchema, primaryPhoneBodySchema } from '../validation.js';
import { touchUser } from './account.js';

/**
 * §4.5: the body record is loaded without a user check; missing, expired, wrong type,
 * unverified or a different value all answer `400 verification_record.not_found`.
 */
function requireNewIdentifierRecord(
  context: RouteContext,
  recordId: string,
  type: 'email' | 'phone',
  value: string,
): void {
  const record = findActiveRecord(context.tenant, recordId, context.services.now());
  const expectedType = type === 'email' ? 'EmailVerificationCode' : 'PhoneVerificationCode';
  if (
    !record ||
    record.type !== expectedType ||
    !record.verified ||
    record.identifier.value !== value
  ) {
    throw new ApiError(400, 'verification_record.not_found');
  }
}

async function updatePrimaryEmail(context: RouteContext): Promise<Response> {
  const body = guard(primaryEmailBodySchema, context.body);
  requireIdentityVerified(context);
  requireEditable(context, 'email');
  requireScope(context, 'email', 400);
  requireFirstParty(context);
  assertEmailAllowed(context.tenant, body.email);
  requireNewIdentifierRecord(context, body.newIdentifierVerificationRecordId, 'email', body.email);
  const taken = context.tenant.users.some(
    (other) =>
      other.id !== context.user.id &&
      other.primaryEmail?.toLowerCase() === body.email.toLowerCase(),
  );
  if (taken) throw new ApiError(422, 'user.email_already_in_use');
  context.user.primaryEmail = body.email;
  touchUser(context);
  return noContent();
}

/** Without libphonenumber: E.164 allows at most 15 digits and no leading zero. */
function isPlausiblePhone(phone: string): boolean {
  return /^[1-9]\d{6,14}$/.test(phone);
}

async function updatePrimaryPhone(context: RouteContext): Promise<Response> {
  const body = guard(primaryPhoneBodySchema, context.body);
  requireIdentityVerified(context);
  requireEditable(context, 'phone');
  requireScope(context, 'phone', 400);
  requireFirstParty(context);
  requireNewIdentifierRecord(context, body.newIdentifierVerificationRecordId, 'phone', body.phone);
  if (!isPlausiblePhone(body.phone)) throw new ApiError(422, 'user.invalid_phone');
  const taken = context.tenant.users.some(
    (other) => other.id !== context.user.id && other.primaryPhone === body.phone,
  );
  if (taken) throw new ApiError(422, 'user.phone_already_in_use');
  context.user.primaryPhone = body.phone;
  touchUser(context);
  return noContent();
}

function deletePrimaryEmail(context: RouteContext): Response {
  requireIdentityVerified(context);
  requireEditable(context, 'email');
  requireScope(context, 'email', 400);
  requireFirstParty(context);
  requireRemainingIdentifier(context.user, { primaryEmail: null });
  context.user.primaryEmail = null;
  touchUser(context);
  return noContent();
}

function deletePrimaryPhone(context: RouteContext): Response {
  requireIdentityVerified(context);
  requireEditable(context, 'phone');
  requireScope(context, 'phone', 400);
  requireFirstParty(context);
  requireRemainingIdentifier(context.user, { primaryPhone: null });
  context.user.primaryPhone = null;
  touchUser(context);
  return noContent();
}

/** The routes of this module. */
export const identifierRoutes: RouteDefinition[] = [
  { method: 'POST', path: '/api/my-account/primary-email', handler: updatePrimaryEmail },
  { method: 'DELETE', path: '/api/my-account/primary-email', handler: deletePrimaryEmail },
  { method: 'POST', path: '/api/my-account/primary-phone', handler: updatePrimaryPhone },
  { method: 'DELETE', path: '/api/my-account/primary-phone', handler: deletePrimaryPhone },
];
