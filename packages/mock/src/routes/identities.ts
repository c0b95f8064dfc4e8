/** Social identities and stored provider tokens (§6.7). */

import type { RouteContext, RouteDefinition } from '../context.js';
import { ApiError } from '../errors.js';
import {
  requireEditable,
  requireFirstParty,
  requireIdentityVerifiedIfUserHasMethod,
  requireRemainingIdentifier,
  requireScope,
} from '../guards.js';
import { jsonResponse, noContent } from '../http.js';
import { randomHex } from '../ids.js';
import { findActiveRecord } from '../records.js';
import type { ConnectorState, ProviderTokenSet, VerificationRecordState } from '../types.js';
import { guard, newIdentifierBodySchema, verificationRecordBodySchema } from '../validation.js';
import { touchUser } from './account.js';

type SocialRecord = Extract<VerificationRecordState, { type: 'Social' }>;

/** A verified Social record and its connector, or `400 verification_record.not_found` (§4.5). */
function requireVerifiedSocialRecord(
  context: RouteContext,
  recordId: string,
): { record: SocialRecord; connector: ConnectorState } {
  const record = findActiveRecord(context.tenant, recordId, context.services.now());
  if (!record || record.type !== 'Social' || !record.verified || !record.socialUserInfo) {
    throw new ApiError(400, 'verification_record.not_found');
  }
  const connector = context.tenant.connectors.find(
    (candidate) => candidate.id === record.connectorId,
  );
  if (!connector) throw new ApiError(400, 'verification_record.not_found');
  return { record, connector };
}

function linkIdentity(context: RouteContext, mode: 'add' | 'replace'): Response {
  const body = guard(newIdentifierBodySchema, context.body);
  requireEditable(context, 'social');
  requireScope(context, 'identities', 401);
  requireFirstParty(context);
  requireIdentityVerifiedIfUserHasMethod(context);
  const { record, connector } = requireVerifiedSocialRecord(
    context,
    body.newIdentifierVerificationRecordId,
  );
  const socialUser = record.socialUserInfo!;
  const { target } = connector;
  const owner = context.tenant.users.find(
    (user) => user.identities[target]?.userId === socialUser.id,
  );
  if (owner && owner.id !== context.user.id)
    throw new ApiError(422, 'user.identity_already_in_use');
  const existing = context.user.identities[target];
  if (mode === 'add' && existing) throw new ApiError(400, 'user.identity_already_in_use');
  if (existing && existing.userId !== socialUser.id) delete context.user.socialTokens[target];
  context.user.identities[target] = { userId: socialUser.id, details: { ...socialUser } };
  if (record.tokenSet) context.user.socialTokens[target] = { ...record.tokenSet };
  touchUser(context);
  return noContent();
}

function deleteIdentity(context: RouteContext): Response {
  requireEditable(context, 'social');
  requireScope(context, 'identities', 400);
  requireFirstParty(context);
  requireIdentityVerifiedIfUserHasMethod(context);
  const target = context.params.target!;
  if (!context.user.identities[target]) throw new ApiError(404, 'user.identity_not_exist');
  const { [target]: _removed, ...remaining } = context.user.identities;
  requireRemainingIdentifier(context.user, { identities: remaining });
  context.user.identities = remaining;
  delete context.user.socialTokens[target];
  touchUser(context);
  return noContent();
}

/** The `{ access_token, scope?, token_type?, expires_in? }` body. */
function tokenBody(tokenSet: ProviderTokenSet, now: number): Record<string, unknown> {
  return {
    access_token: tokenSet.access_token,
    ...(tokenSet.scope === undefined ? {} : { scope: tokenSet.scope }),
    ...(tokenSet.token_type === undefined ? {} : { token_type: tokenSet.token_type }),
    ...(tokenSet.expiresAt === undefined
      ? {}
      : { expires_in: Math.max(0, Math.floor((tokenSet.expiresAt - now) / 1000)) }),
  };
}

/** An expired token is refreshed when a refresh token exists, else deleted with `401` (§6.7). */
function readTokenSet(
  store: Record<string, ProviderTokenSet>,
  key: string,
  now: number,
): ProviderTokenSet {
  const tokenSet = store[key];
  if (!tokenSet?.access_token)
    throw new ApiError(404, 'secrets.third_party_token_set.token_not_found');
  if (tokenSet.expiresAt !== undefined && tokenSet.expiresAt <= now) {
    if (!tokenSet.refresh_token) {
      delete store[key];
      throw new ApiError(401, 'secrets.third_party_token_set.access_token_expired');
    }
    tokenSet.access_token = `mock-refreshed-${randomHex(12)}`;
    tokenSet.expiresAt = now + 3600 * 1000;
  }
  return tokenSet;
}

function getIdentityAccessToken(context: RouteContext): Response {
  requireScope(context, 'identities', 403);
  const now = context.services.now();
  return jsonResponse(
    200,
    tokenBody(readTokenSet(context.user.socialTokens, context.params.target!, now), now),
  );
}

function getSsoIdentityAccessToken(context: RouteContext): Response {
  requireScope(context, 'identities', 403);
  const now = context.services.now();
  return jsonResponse(
    200,
    tokenBody(readTokenSet(context.user.ssoTokens, context.params.connectorId!, now), now),
  );
}

function updateIdentityAccessToken(context: RouteContext): Response {
  const body = guard(verificationRecordBodySchema, context.body);
  requireScope(context, 'identities', 403);
  const { record, connector } = requireVerifiedSocialRecord(context, body.verificationRecordId);
  const target = context.params.target!;
  if (connector.target !== target) {
    throw new ApiError(422, 'verification_record.social_verification.invalid_target', {
      interpolation: { expected: target, actual: connector.target },
    });
  }
  const identity = context.user.identities[target];
  if (!identity || identity.userId !== record.socialUserInfo!.id)
    throw new ApiError(422, 'user.identity_not_exists_in_current_user');
  if (!record.tokenSet)
    throw new ApiError(422, 'verification_record.social_verification.token_response_not_found');
  context.user.socialTokens[target] = { ...record.tokenSet };
  return jsonResponse(200, tokenBody(record.tokenSet, context.services.now()));
}

/** The routes of this module. */
export const identityRoutes: RouteDefinition[] = [
  {
    method: 'POST',
    path: '/api/my-account/identities',
    handler: (context) => linkIdentity(context, 'add'),
  },
  {
    method: 'PUT',
    path: '/api/my-account/identities',
    handler: (context) => linkIdentity(context, 'replace'),
  },
  { method: 'DELETE', path: '/api/my-account/identities/:target', handler: deleteIdentity },
  {
    method: 'GET',
    path: '/api/my-account/identities/:target/access-token',
    handler: getIdentityAccessToken,
  },
  {
    method: 'PUT',
    path: '/api/my-account/identities/:target/access-token',
    handler: updateIdentityAccessToken,
  },
  {
    method: 'GET',
    path: '/api/my-account/sso-identities/:connectorId/access-token',
    handler: getSsoIdentityAccessToken,
  },
];
