/** MFA verifications, MFA settings and logto-configs (§6.8). */

import type { RouteContext, RouteDefinition } from '../context.js';
import { ApiError } from '../errors.js';
import type { GateField } from '../guards.js';
import {
  requireEditable,
  requireFirstParty,
  requireIdentityVerified,
  requireReadable,
  requireScope,
} from '../guards.js';
import { jsonResponse, noContent, textResponse } from '../http.js';
import { randomHex, randomId } from '../ids.js';
import { findActiveRecord, toIsoString } from '../records.js';
import { generateTotpSecret, isValidTotpSecret, verifyTotpCode } from '../totp.js';
import type { MfaFactor, MfaVerificationState, UserState } from '../types.js';
import {
  addMfaBodySchema,
  guard,
  logtoConfigsBodySchema,
  mfaSettingsBodySchema,
  renameBodySchema,
  replaceTotpBodySchema,
} from '../validation.js';
import { touchUser } from './account.js';

/** The list item of one entry (§6.8 table): no secrets, no `updatedAt`. */
function mfaListItem(entry: MfaVerificationState): Record<string, unknown> {
  switch (entry.type) {
    case 'Totp':
      return { id: entry.id, createdAt: entry.createdAt, type: 'Totp' };
    case 'WebAuthn':
      return {
        id: entry.id,
        createdAt: entry.createdAt,
        ...(entry.lastUsedAt === undefined ? {} : { lastUsedAt: entry.lastUsedAt }),
        type: 'WebAuthn',
        agent: entry.agent,
        ...(entry.name === undefined ? {} : { name: entry.name }),
      };
    case 'BackupCode':
      return {
        id: entry.id,
        createdAt: entry.createdAt,
        type: 'BackupCode',
        remainCodes: entry.codes.filter((code) => !code.usedAt).length,
      };
  }
}

/** §6.8: the mfa field is checked before the scope, and `passkey` does not help here. */
function listMfaVerifications(context: RouteContext): Response {
  requireReadable(context, 'mfa');
  requireScope(context, 'identities', 401);
  return jsonResponse(200, context.user.mfaVerifications.map(mfaListItem));
}

function factorEnabled(context: RouteContext, factor: MfaFactor): boolean {
  const { mfa, passkeySignIn } = context.tenant.signInExperience;
  return mfa.factors.includes(factor) || (factor === 'WebAuthn' && passkeySignIn.enabled);
}

function requireFactorEnabled(context: RouteContext, factor: MfaFactor): void {
  if (!factorEnabled(context, factor))
    throw new ApiError(400, 'session.mfa.mfa_factor_not_enabled');
}

function markMfaEnabled(user: UserState): void {
  user.logtoConfig.mfa.enabled = true;
}

async function addMfaVerification(context: RouteContext): Promise<Response> {
  const body = guard(addMfaBodySchema, context.body);
  requireIdentityVerified(context);
  requireEditable(context, body.type === 'WebAuthn' ? 'passkey*' : 'mfa');
  requireScope(context, 'identities', 401);
  requireFirstParty(context);
  requireFactorEnabled(context, body.type);
  const { user } = context;
  const now = context.services.now();
  const createdAt = toIsoString(now);
  if (body.type === 'Totp') {
    if (user.mfaVerifications.some((entry) => entry.type === 'Totp'))
      throw new ApiError(422, 'user.totp_already_in_use');
    if (!isValidTotpSecret(body.secret)) throw new ApiError(400, 'user.totp_secret_invalid');
    // The code is optional here; only a sent code must validate (§6.8).
    if (body.code !== undefined && !(await verifyTotpCode(body.secret, body.code, now))) {
      throw new ApiError(400, 'session.mfa.invalid_totp_code');
    }
    user.mfaVerifications.push({ id: randomId(), type: 'Totp', createdAt, key: body.secret });
    markMfaEnabled(user);
  } else if (body.type === 'BackupCode') {
    const activeBackupCodes = user.mfaVerifications.some(
      (entry) => entry.type === 'BackupCode' && entry.codes.some((code) => !code.usedAt),
    );
    if (activeBackupCodes) throw new ApiError(422, 'user.backup_code_already_in_use');
    if (!user.mfaVerifications.some((entry) => entry.type !== 'BackupCode')) {
      throw new ApiError(422, 'session.mfa.backup_code_can_not_be_alone');
    }
    if (body.codes.length !== 10 || !body.codes.every((code) => /^[0-9a-f]{10}$/i.test(code))) {
      throw new ApiError(422, 'user.wrong_backup_code_format');
    }
    // Appended: an old, fully used entry stays (§6.8).
    user.mfaVerifications.push({
      id: randomId(),
      type: 'BackupCode',
      createdAt,
      codes: body.codes.map((code) => ({ code })),
    });
    markMfaEnabled(user);
  } else {
    const record = findActiveRecord(context.tenant, body.newIdentifierVerificationRecordId, now);
    if (!record || record.type !== 'WebAuthn' || !record.verified || !record.registrationInfo) {
      throw new ApiError(400, 'verification_record.not_found');
    }
    const info = record.registrationInfo;
    user.mfaVerifications.push({
      id: randomId(),
      type: 'WebAuthn',
      createdAt,
      rpId: record.rpId,
      credentialId: info.credentialId,
      publicKey: info.publicKey,
      counter: info.counter,
      agent: context.userAgent ?? '',
      transports: info.transports,
      // Stored as given: no server-side default name (§6.8, §11).
      ...(body.name === undefined ? {} : { name: body.name }),
    });
    if (context.tenant.signInExperience.mfa.factors.includes('WebAuthn')) markMfaEnabled(user);
  }
  touchUser(context);
  return noContent();
}

/** §6.8: the route the prebuilt UI uses; the code is required and the entry is replaced. */
async function replaceTotp(context: RouteContext): Promise<Response> {
  const body = guard(replaceTotpBodySchema, context.body);
  requireIdentityVerified(context);
  requireEditable(context, 'mfa');
  requireScope(context, 'identities', 401);
  requireFirstParty(context);
  requireFactorEnabled(context, 'Totp');
  if (!isValidTotpSecret(body.secret)) throw new ApiError(400, 'user.totp_secret_invalid');
  const now = context.services.now();
  if (!(await verifyTotpCode(body.secret, body.code, now)))
    throw new ApiError(400, 'session.mfa.invalid_totp_code');
  const { user } = context;
  user.mfaVerifications = user.mfaVerifications.filter((entry) => entry.type !== 'Totp');
  user.mfaVerifications.push({
    id: randomId(),
    type: 'Totp',
    createdAt: toIsoString(now),
    key: body.secret,
  });
  markMfaEnabled(user);
  touchUser(context);
  return noContent();
}

function generateSecret(): Response {
  return jsonResponse(200, { secret: generateTotpSecret() });
}

function generateBackupCodes(): Response {
  return jsonResponse(200, { codes: Array.from({ length: 10 }, () => randomHex(5)) });
}

/** §6.8: no field gate; no entry answers 404 (not 400). */
function getBackupCodes(context: RouteContext): Response {
  requireIdentityVerified(context);
  requireScope(context, 'identities', 401);
  const entry = context.user.mfaVerifications.find((candidate) => candidate.type === 'BackupCode');
  if (!entry || entry.type !== 'BackupCode')
    throw new ApiError(404, 'verification_record.not_found');
  return jsonResponse(200, {
    codes: entry.codes.map((code) => ({
      code: code.code,
      ...(code.usedAt ? { usedAt: code.usedAt } : {}),
    })),
  });
}

/** §1.5: a 200 with no body, which Koa answers as text `OK`. */
function renameMfaVerification(context: RouteContext): Response {
  const body = guard(renameBodySchema, context.body);
  requireIdentityVerified(context);
  requireEditable(context, 'passkey*');
  requireScope(context, 'identities', 401);
  requireFirstParty(context);
  const entry = context.user.mfaVerifications.find(
    (candidate) => candidate.id === context.params.verificationId,
  );
  if (!entry || entry.type !== 'WebAuthn') throw new ApiError(400, 'verification_record.not_found');
  entry.name = body.name;
  touchUser(context);
  return textResponse(200, 'OK');
}

/** §6.8: existence before the field gate; no backup-code-alone re-check (§10.10). */
function deleteMfaVerification(context: RouteContext): Response {
  requireIdentityVerified(context);
  requireScope(context, 'identities', 401);
  requireFirstParty(context);
  const entry = context.user.mfaVerifications.find(
    (candidate) => candidate.id === context.params.verificationId,
  );
  if (!entry) throw new ApiError(400, 'verification_record.not_found');
  const field: GateField = entry.type === 'WebAuthn' ? 'passkey*' : 'mfa';
  requireEditable(context, field);
  context.user.mfaVerifications = context.user.mfaVerifications.filter(
    (candidate) => candidate !== entry,
  );
  touchUser(context);
  return noContent();
}

function getMfaSettings(context: RouteContext): Response {
  requireScope(context, 'identities', 401);
  requireReadable(context, 'mfa');
  return jsonResponse(200, { skipMfaOnSignIn: context.user.logtoConfig.mfa.skipMfaOnSignIn });
}

function updateMfaSettings(context: RouteContext): Response {
  const body = guard(mfaSettingsBodySchema, context.body);
  requireIdentityVerified(context);
  requireScope(context, 'identities', 401);
  requireFirstParty(context);
  requireEditable(context, 'mfa');
  context.user.logtoConfig.mfa.skipMfaOnSignIn = body.skipMfaOnSignIn;
  touchUser(context);
  return jsonResponse(200, { skipMfaOnSignIn: body.skipMfaOnSignIn });
}

function logtoConfigsView(user: UserState): Record<string, unknown> {
  const { enabled, skipped, skipMfaOnSignIn } = user.logtoConfig.mfa;
  return {
    mfa: { ...(enabled === undefined ? {} : { enabled }), skipped, skipMfaOnSignIn },
    passkeySignIn: { skipped: user.logtoConfig.passkeySignIn.skipped },
  };
}

function getLogtoConfigs(context: RouteContext): Response {
  requireScope(context, 'identities', 401);
  requireReadable(context, 'passkey*');
  return jsonResponse(200, logtoConfigsView(context.user));
}

function updateLogtoConfigs(context: RouteContext): Response {
  const body = guard(logtoConfigsBodySchema, context.body);
  requireIdentityVerified(context);
  requireScope(context, 'identities', 401);
  requireFirstParty(context);
  requireEditable(context, 'passkey*');
  const { logtoConfig } = context.user;
  logtoConfig.mfa = { ...logtoConfig.mfa, ...body.mfa };
  logtoConfig.passkeySignIn = { ...logtoConfig.passkeySignIn, ...body.passkeySignIn };
  touchUser(context);
  return jsonResponse(200, logtoConfigsView(context.user));
}

/** The routes of this module. Static paths come before `:verificationId` ones. */
export const mfaRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/api/my-account/mfa-verifications', handler: listMfaVerifications },
  { method: 'POST', path: '/api/my-account/mfa-verifications', handler: addMfaVerification },
  { method: 'PUT', path: '/api/my-account/mfa-verifications/totp', handler: replaceTotp },
  {
    method: 'POST',
    path: '/api/my-account/mfa-verifications/totp-secret/generate',
    handler: generateSecret,
  },
  {
    method: 'POST',
    path: '/api/my-account/mfa-verifications/backup-codes/generate',
    handler: generateBackupCodes,
  },
  {
    method: 'GET',
    path: '/api/my-account/mfa-verifications/backup-codes',
    handler: getBackupCodes,
  },
  {
    method: 'PATCH',
    path: '/api/my-account/mfa-verifications/:verificationId/name',
    handler: renameMfaVerification,
  },
  {
    method: 'DELETE',
    path: '/api/my-account/mfa-verifications/:verificationId',
    handler: deleteMfaVerification,
  },
  { method: 'GET', path: '/api/my-account/mfa-settings', handler: getMfaSettings },
  { method: 'PATCH', path: '/api/my-account/mfa-settings', handler: updateMfaSettings },
  { method: 'GET', path: '/api/my-account/logto-configs', handler: getLogtoConfigs },
  { method: 'PATCH', path: '/api/my-account/logto-configs', handler: updateLogtoConfigs },
];
